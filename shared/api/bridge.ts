import type { MethodName } from './methods';
import type { Result } from './result';

/** What the Electron preload puts on `window`: one function, nothing else from Node. */
export interface ForasBridge {
  invoke(method: MethodName, input: unknown): Promise<Result<unknown>>;
}

declare global {
  interface Window {
    forasBridge?: ForasBridge;
  }
}
