// The method list comes from the zod-free module, so the renderer's first screen does not load every schema.
import type { InputOf, MethodName, OutputOf } from './contract';
import { METHOD_NAMES } from './methods';
import type { Result } from './result';

/** Moves one call to the Node side: ipcRenderer.invoke in Electron, fetch in the browser host. */
export type Transport = (method: MethodName, input: unknown) => Promise<Result<unknown>>;

export type ApiClient = {
  [M in MethodName]: (input: InputOf<M>) => Promise<Result<OutputOf<M>>>;
};

/** Builds one function per contract method (an explicit list, not a Proxy). */
export function createClient(transport: Transport): ApiClient {
  const client: Partial<Record<MethodName, (input: unknown) => Promise<Result<unknown>>>> = {};
  for (const method of METHOD_NAMES) {
    client[method] = (input: unknown) => transport(method, input);
  }
  return client as ApiClient;
}
