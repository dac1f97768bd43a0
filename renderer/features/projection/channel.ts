import type { Lesson } from '../../../shared/content/schema';
import type { Language } from '../../../shared/domain/roles';

/**
 * The presenter and audience windows talk over a BroadcastChannel (same
 * origin, same machine): in the browser host two browser windows, in Electron
 * two BrowserWindows — the same code. Only lesson content crosses it, never
 * anyone's personal data.
 */
export const PROJECTION_CHANNEL = 'foras-projection';

export type PresenterMessage =
  | { kind: 'show'; lesson: Lesson; index: number; blackout: boolean; revealed: boolean; language: Language }
  | { kind: 'end' };

export type AudienceMessage = { kind: 'hello' } | { kind: 'key'; key: string };

export const AUDIENCE_URL = '#/audience';
export const AUDIENCE_WINDOW_NAME = 'foras-audience';

export function isAudienceRoute(hash: string): boolean {
  return hash.startsWith(AUDIENCE_URL);
}
