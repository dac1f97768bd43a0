import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ForasBridge } from '../../shared/api/bridge';
import { API_CHANNEL } from '../../shared/api/ipc-channel';

const electron = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn<(key: string, api: unknown) => void>(),
  invoke: vi.fn<(channel: string, ...args: unknown[]) => Promise<unknown>>(),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: { invoke: electron.invoke },
}));

async function loadBridge(): Promise<Record<string, unknown>> {
  vi.resetModules();
  electron.exposeInMainWorld.mockClear();
  await import('./index');
  expect(electron.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [key, api] = electron.exposeInMainWorld.mock.calls[0] ?? [];
  expect(key).toBe('forasBridge');
  return api as Record<string, unknown>;
}

describe('preload', () => {
  beforeEach(() => {
    electron.invoke.mockReset();
  });

  it('exposes exactly one function, invoke, under forasBridge', async () => {
    const api = await loadBridge();
    expect(Object.keys(api)).toEqual(['invoke']);
    expect(typeof api.invoke).toBe('function');
  });

  it('refuses an unknown method without sending anything', async () => {
    const bridge = (await loadBridge()) as unknown as ForasBridge;
    for (const method of ['nope', '__proto__', 'constructor', 'toString']) {
      const result = await bridge.invoke(method as never, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
    expect(electron.invoke).not.toHaveBeenCalled();
  });

  it('sends a known method on the API channel and returns main’s answer', async () => {
    electron.invoke.mockResolvedValue({ ok: true, value: { ready: true } });
    const bridge = (await loadBridge()) as unknown as ForasBridge;
    const result = await bridge.invoke('app.status', {});
    expect(electron.invoke).toHaveBeenCalledWith(API_CHANNEL, 'app.status', {});
    expect(result).toEqual({ ok: true, value: { ready: true } });
  });

  it('turns a rejected IPC call into a TRANSPORT result', async () => {
    electron.invoke.mockRejectedValue(new Error('No handler registered'));
    const bridge = (await loadBridge()) as unknown as ForasBridge;
    const result = await bridge.invoke('auth.current', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'TRANSPORT', message: 'No handler registered' } });
  });
});
