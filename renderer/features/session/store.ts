import { create } from 'zustand';
import type { AppStatus, SessionUser } from '../../../shared/api/dto';
import type { Language } from '../../../shared/domain/roles';
import { api, onSessionExpired } from '../../api/api';
import { setLanguage } from '../../i18n';
import { flushAll } from './flush-registry';

export type LockReason = 'manual' | 'idle' | 'expired' | 'restored';

interface SessionState {
  status: AppStatus | null;
  user: SessionUser | null;
  lockReason: LockReason | null;
  /** Device language, shown when nobody is signed in. */
  deviceLanguage: Language;
}

export const useSession = create<SessionState>()(() => ({
  status: null,
  user: null,
  lockReason: null,
  deviceLanguage: 'fr',
}));

/** Asks for the app's state and the signed-in person; `loadSession` applies the answers. */
export function fetchSession() {
  return Promise.all([api()['app.status']({}), api()['auth.current']({})]);
}

export async function loadSession(answers: ReturnType<typeof fetchSession> = fetchSession()): Promise<void> {
  const [status, current] = await answers;
  if (!status.ok) throw new Error(status.error.message);
  const user = current.ok ? current.value : null;
  useSession.setState({ status: status.value, user, deviceLanguage: status.value.language });
  await setLanguage(user?.language ?? status.value.language);
}

export async function refreshStatus(): Promise<void> {
  const status = await api()['app.status']({});
  if (status.ok) useSession.setState({ status: status.value });
}

export async function signedIn(user: SessionUser): Promise<void> {
  useSession.setState({ user, lockReason: null });
  await setLanguage(user.language);
}

/** Saves what is being typed, ends the session on the Node side, and returns to the sign-in language. */
export async function lockSession(reason: LockReason): Promise<void> {
  await flushAll();
  await api()['auth.lock']({});
  endSession(reason);
  await setLanguage(useSession.getState().deviceLanguage);
}

export async function switchDeviceLanguage(language: Language): Promise<void> {
  const result = await api()['app.setLanguage']({ language });
  if (result.ok) useSession.setState({ deviceLanguage: language });
  await setLanguage(language);
}

/** After a restore the Node side has signed everyone out: back to sign-in (or the recovery screen's end), saying why. */
export async function signedOutByRestore(): Promise<void> {
  endSession('restored');
  await loadSession();
}

/** The next person starts from the home screen, never on the previous person's page. */
function endSession(reason: LockReason): void {
  window.history.replaceState(null, '', '#/');
  useSession.setState({ user: null, lockReason: reason });
}

onSessionExpired(() => {
  if (useSession.getState().user) {
    endSession('expired');
    void setLanguage(useSession.getState().deviceLanguage);
  }
});
