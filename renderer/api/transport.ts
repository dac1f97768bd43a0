import type { Transport } from '../../shared/api/client';
import type { Result } from '../../shared/api/result';
import '../../shared/api/bridge';

/**
 * In Electron the preload exposes `forasBridge` (one IPC channel); in the
 * browser host the page carries a per-launch token and calls POST /api/<method>.
 */
export function pickTransport(): Transport {
  const bridge = window.forasBridge;
  if (bridge) return (method, input) => bridge.invoke(method, input ?? {});
  const token = document.querySelector<HTMLMetaElement>('meta[name="foras-token"]')?.content ?? '';
  return async (method, input) => {
    try {
      const response = await fetch(`api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-foras-token': token },
        body: JSON.stringify(input ?? {}),
      });
      return (await response.json()) as Result<unknown>;
    } catch (error) {
      return { ok: false, error: { code: 'TRANSPORT', message: String(error) } };
    }
  };
}
