import type { SessionUser } from '../../shared/api/dto';
import type { QuestionBank } from '../../shared/interview/schema';
import type { ContentStore } from './content/content-store';
import type { Database } from './db/database';
import type { DatabaseHost } from './db/database-host';
import type { SettingsStore } from './settings/settings-store';

/** What the core needs from its host; Electron main and the browser host each build one. */
export interface CoreDeps {
  /** The live connection: `database.db`, unavailable while the app is in recovery. */
  readonly db: Database;
  database: DatabaseHost;
  requestQuit: () => void;
  settings: SettingsStore;
  content: ContentStore;
  /** Where imported lesson packs are kept. */
  contentPacksDir: string;
  /** The app's data folder: the certificate signing key lives there, beside the database. */
  dataDir: string;
  /** TTF fonts embedded in the PDFs (resources/fonts). */
  fontsDir: string;
  /** The shipped interview questions. */
  interviewBank: QuestionBank;
  now: () => Date;
  appVersion: string;
}

/**
 * Who is signed in on one window (Electron) or one launch token (browser
 * host). Kept on the Node side only: the renderer cannot claim a user.
 */
export interface SessionSlot {
  user: SessionUser | null;
  lastActivityMs: number;
  /** The sign-out epoch it was last checked in (see session-epoch.ts); absent until a first call. */
  epoch?: number;
}

export function createSessionSlot(): SessionSlot {
  return { user: null, lastActivityMs: 0 };
}

export interface CallContext {
  deps: CoreDeps;
  session: SessionSlot;
  /** The signed-in user; handlers with a non-public access always get one. */
  user: SessionUser | null;
}

export function requireUser(ctx: CallContext): SessionUser {
  if (!ctx.user) throw new Error('A handler behind an access rule ran without a user');
  return ctx.user;
}

export const nowIso = (deps: CoreDeps): string => deps.now().toISOString();
