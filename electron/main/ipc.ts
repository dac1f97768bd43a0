import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { API_CHANNEL } from '../../shared/api/ipc-channel';
import type { Result } from '../../shared/api/result';
import { createSessionSlot, type SessionSlot } from '../core/context';
import type { Dispatch } from '../core/dispatcher';
import { isAppUrl } from './app-protocol';

export { API_CHANNEL };

/** Who is signed in, per window: the key is the webContents id, never something the page sends. */
export type SessionMap = Map<number, SessionSlot>;

const UNTRUSTED: Result<never> = { ok: false, error: { code: 'FORBIDDEN', message: 'Untrusted sender' } };

/**
 * Only the top frame of a page served from app://foras may call the API; an
 * iframe or a page that navigated elsewhere may not.
 */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>): boolean {
  try {
    const frame = event.senderFrame;
    if (!frame || frame !== event.sender.mainFrame) return false;
    return isAppUrl(frame.url);
  } catch {
    // Electron throws when the frame is already gone: treat as untrusted.
    return false;
  }
}

function slotFor(event: IpcMainInvokeEvent, sessions: SessionMap): SessionSlot {
  const id = event.sender.id;
  let slot = sessions.get(id);
  if (!slot) {
    slot = createSessionSlot();
    sessions.set(id, slot);
    event.sender.once('destroyed', () => sessions.delete(id));
  }
  return slot;
}

export function registerApiHandler(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch, sessions: SessionMap): void {
  ipcMain.handle(API_CHANNEL, (event, method: unknown, input: unknown): Promise<Result<unknown>> => {
    if (!isTrustedSender(event)) return Promise.resolve(UNTRUSTED);
    // The dispatcher checks the method name and the input; nothing to repeat here.
    return dispatch(slotFor(event, sessions), method, input);
  });
}
