import { create } from 'zustand';
import type { ApiErrorBody } from '../../../shared/api/result';
import type { RecoveryStatusDto } from '../../../shared/backup/types';
import { api } from '../../api/api';
import { signedOutByRestore } from '../session/store';

interface RecoveryState {
  status: RecoveryStatusDto | null;
  busy: 'restore' | 'quit' | 'retry' | null;
  error: ApiErrorBody | null;
  /** The app was asked to end: the window stays until the host closes it (the browser host leaves the tab). */
  quit: boolean;
  /** « Réessayer » opened the file again and it still failed. */
  stillBroken: boolean;
}

export const useRecovery = create<RecoveryState>()(() => ({ status: null, busy: null, error: null, quit: false, stillBroken: false }));

export async function loadRecovery(): Promise<void> {
  const result = await api()['recovery.status']({});
  useRecovery.setState(result.ok ? { status: result.value } : { error: result.error });
}

/** Puts back the newest backup that passes its checks; the app then shows the sign-in screen. */
export async function restoreNewest(): Promise<boolean> {
  if (useRecovery.getState().busy) return false;
  useRecovery.setState({ busy: 'restore', error: null });
  const result = await api()['recovery.restore']({ fileName: null, confirm: true });
  if (!result.ok) {
    useRecovery.setState({ busy: null, error: result.error });
    await loadRecovery();
    return false;
  }
  useRecovery.setState({ busy: null, status: null });
  await signedOutByRestore();
  return true;
}

/** Opens the same file again (after closing the other program that held it); back to sign-in when it opens. */
export async function retryOpening(): Promise<void> {
  if (useRecovery.getState().busy) return;
  useRecovery.setState({ busy: 'retry', error: null, stillBroken: false });
  const result = await api()['recovery.retry']({});
  if (result.ok && result.value.recovered) {
    useRecovery.setState({ busy: null, status: null });
    await signedOutByRestore();
    return;
  }
  useRecovery.setState({ busy: null, ...(result.ok ? { stillBroken: true } : { error: result.error }) });
}

export async function quitApp(): Promise<void> {
  if (useRecovery.getState().busy) return;
  useRecovery.setState({ busy: 'quit', error: null });
  const result = await api()['recovery.quit']({});
  // The host may end before its answer arrives: a lost connection after « Quitter » means it did quit.
  const quit = result.ok || result.error.code === 'TRANSPORT';
  useRecovery.setState(quit ? { busy: null, quit: true } : { busy: null, error: result.error });
}

/** Copies the error text; false when the clipboard is refused or missing (the screen then shows the text to select). */
export async function copyErrorText(text: string, clipboard: Pick<Clipboard, 'writeText'> | null = navigator.clipboard ?? null): Promise<boolean> {
  if (!clipboard) return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
