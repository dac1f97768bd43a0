import { join } from 'node:path';
import { createContentStore } from './content/content-store';
import { loadQuestionBank } from './interview/question-bank';
import { backupAtStart, backupOnExit } from './backup/schedule';
import { createDatabaseHost, type DatabaseKeyState } from './db/database-host';
import { createDispatcher, type Dispatch, type DispatcherOptions } from './dispatcher';
import { createHandlers } from './handlers';
import type { CoreDeps } from './context';
import type { SettingsStore } from './settings/settings-store';

export interface Core {
  deps: CoreDeps;
  dispatch: Dispatch;
  close(): void;
}

export interface CoreOptions extends DispatcherOptions {
  dataDir: string;
  settings: SettingsStore;
  /** The app's shipped resources: content/, fonts/, interview/. */
  resourcesDir: string;
  /** Another lesson folder than resources/content (tests use a small fixed one). */
  contentDir?: string;
  appVersion: string;
  /** The laptop's database key (see electron/core/keys/), or why it could not be had. */
  databaseKey: DatabaseKeyState;
  /** Ends the app (the recovery screen's "Quit"); each host knows how. */
  requestQuit?: () => void;
  now?: () => Date;
  nativeBinding?: string;
}

export { DATABASE_FILE } from './db/database-host';
export const CONTENT_PACKS_DIR = 'content-packs';

/** Opens (or creates) the data folder's database and wires the dispatcher; shared by both hosts. */
export function createCore(options: CoreOptions): Core {
  // The host makes the data folder if needed.
  const database = createDatabaseHost({ dataDir: options.dataDir, keyState: options.databaseKey, nativeBinding: options.nativeBinding });
  const deps: CoreDeps = {
    database,
    // Read at each call: a restore swaps the connection under the services.
    get db() {
      return database.db;
    },
    requestQuit: options.requestQuit ?? (() => undefined),
    settings: options.settings,
    content: createContentStore({ shipped: options.contentDir ?? join(options.resourcesDir, 'content'), packs: join(options.dataDir, CONTENT_PACKS_DIR) }),
    contentPacksDir: join(options.dataDir, CONTENT_PACKS_DIR),
    dataDir: options.dataDir,
    fontsDir: join(options.resourcesDir, 'fonts'),
    interviewBank: loadQuestionBank(join(options.resourcesDir, 'interview', 'questions.json')),
    now: options.now ?? (() => new Date()),
    appVersion: options.appVersion,
  };
  // The day's first start leaves a copy behind before anyone changes anything (skipped in recovery).
  backupAtStart(database, deps.now(), options.log);
  return {
    deps,
    dispatch: createDispatcher(deps, createHandlers(), options),
    close: () => {
      backupOnExit(database, deps.now(), options.log);
      database.close();
    },
  };
}
