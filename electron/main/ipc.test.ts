import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { API_CHANNEL } from '../../shared/api/ipc-channel';
import type { Result } from '../../shared/api/result';
import type { SessionSlot } from '../core/context';
import type { Dispatch } from '../core/dispatcher';
import { FakeFrame, FakeWebContents } from './__fakes__/electron';
import { isTrustedSender, registerApiHandler, type SessionMap } from './ipc';

// ipc.ts only needs Electron's types; the mock guards against a runtime import slipping in.
vi.mock('electron', async () => (await import('./__fakes__/electron')).fakeElectron);

type Handler = (event: IpcMainInvokeEvent, method: unknown, input: unknown) => Promise<Result<unknown>>;

function eventFrom(sender: FakeWebContents, senderFrame: FakeFrame | null = sender.mainFrame): IpcMainInvokeEvent {
  return { sender, senderFrame } as unknown as IpcMainInvokeEvent;
}

describe('API IPC handler', () => {
  let handler: Handler;
  let sessions: SessionMap;
  const dispatch = vi.fn<Dispatch>();

  beforeEach(() => {
    dispatch.mockReset();
    dispatch.mockResolvedValue({ ok: true, value: 'dispatched' });
    sessions = new Map();
    const handle = vi.fn<IpcMain['handle']>();
    registerApiHandler({ handle }, dispatch, sessions);
    expect(handle).toHaveBeenCalledTimes(1);
    expect(handle.mock.calls[0]?.[0]).toBe(API_CHANNEL);
    handler = handle.mock.calls[0]?.[1] as Handler;
  });

  it('uses the shared channel name', () => {
    expect(API_CHANNEL).toBe('foras:api');
  });

  it('forwards a call from the app page to the dispatcher with that window’s slot', async () => {
    const contents = new FakeWebContents();
    const result = await handler(eventFrom(contents), 'app.status', { a: 1 });
    expect(result).toEqual({ ok: true, value: 'dispatched' });
    expect(dispatch).toHaveBeenCalledTimes(1);
    const [slot, method, input] = dispatch.mock.calls[0] ?? [];
    expect(slot).toEqual({ user: null, lastActivityMs: 0 });
    expect(slot).toBe(sessions.get(contents.id));
    expect([method, input]).toEqual(['app.status', { a: 1 }]);
  });

  it('keeps one slot per webContents and different slots for different ones', async () => {
    const first = new FakeWebContents();
    const second = new FakeWebContents();
    await handler(eventFrom(first), 'auth.current', {});
    await handler(eventFrom(first), 'auth.current', {});
    await handler(eventFrom(second), 'auth.current', {});
    const slots = dispatch.mock.calls.map((call) => call[0]);
    expect(slots[0]).toBe(slots[1]);
    expect(slots[2]).not.toBe(slots[0]);
    expect(sessions.size).toBe(2);
  });

  it('forgets the slot when its webContents is destroyed', async () => {
    const contents = new FakeWebContents();
    await handler(eventFrom(contents), 'auth.current', {});
    const before = dispatch.mock.calls[0]?.[0] as SessionSlot;
    before.user = { role: 'coordinator' } as SessionSlot['user'];
    contents.emit('destroyed');
    expect(sessions.has(contents.id)).toBe(false);
    await handler(eventFrom(contents), 'auth.current', {});
    expect(dispatch.mock.calls[1]?.[0]).not.toBe(before);
    expect(contents.listenerCount('destroyed')).toBe(1);
  });

  it.each([
    ['a subframe', (c: FakeWebContents) => eventFrom(c, new FakeFrame('app://foras/index.html'))],
    ['a page at https://evil.example', () => eventFrom(new FakeWebContents('https://evil.example/'))],
    ['a null senderFrame', (c: FakeWebContents) => eventFrom(c, null)],
    ['another app host', () => eventFrom(new FakeWebContents('app://evil/index.html'))],
    ['a file:// page', () => eventFrom(new FakeWebContents('file:///tmp/index.html'))],
  ])('refuses %s without calling dispatch', async (_name, makeEvent) => {
    const result = await handler(makeEvent(new FakeWebContents()), 'app.status', {});
    expect(result).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'Untrusted sender' } });
    expect(dispatch).not.toHaveBeenCalled();
    expect(sessions.size).toBe(0);
  });

  it('treats a frame that throws on access as untrusted', () => {
    const contents = new FakeWebContents();
    const event = {
      sender: contents,
      get senderFrame(): never {
        throw new Error('Render frame was disposed');
      },
    } as unknown as IpcMainInvokeEvent;
    expect(isTrustedSender(event)).toBe(false);
  });
});
