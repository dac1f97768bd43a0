import { contextBridge, ipcRenderer } from 'electron';
import type { ForasBridge } from '../../shared/api/bridge';
import { isMethodName } from '../../shared/api/methods';
import { API_CHANNEL } from '../../shared/api/ipc-channel';
import type { Result } from '../../shared/api/result';

/**
 * Sandboxed preload: the page gets one function and nothing else from
 * Electron (no ipcRenderer, no event object, no process). Main checks the
 * sender and the dispatcher checks method and input again; this check only
 * avoids sending calls that can never succeed.
 */
async function invoke(method: string, input: unknown): Promise<Result<unknown>> {
  if (!isMethodName(method)) return { ok: false, error: { code: 'UNKNOWN_METHOD', message: 'Unknown method' } };
  try {
    return (await ipcRenderer.invoke(API_CHANNEL, method, input)) as Result<unknown>;
  } catch (error) {
    // The renderer relies on never seeing a rejected promise.
    return { ok: false, error: { code: 'TRANSPORT', message: error instanceof Error ? error.message : String(error) } };
  }
}

const bridge: ForasBridge = { invoke };

contextBridge.exposeInMainWorld('forasBridge', bridge);
