import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createContentStore } from './content/content-store';
import { loadQuestionBank } from './interview/question-bank';
import { openDatabase, type Database } from './db/database';
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
  now?: () => Date;
  nativeBinding?: string;
}

export const DATABASE_FILE = 'foras-atelier.sqlite';
export const CONTENT_PACKS_DIR = 'content-packs';

/** Opens (or creates) the data folder's database and wires the dispatcher; shared by both hosts. */
export function createCore(options: CoreOptions): Core {
  mkdirSync(options.dataDir, { recursive: true });
  const db: Database = openDatabase({ file: join(options.dataDir, DATABASE_FILE), nativeBinding: options.nativeBinding });
  const deps: CoreDeps = {
    db,
    settings: options.settings,
    content: createContentStore({ shipped: options.contentDir ?? join(options.resourcesDir, 'content'), packs: join(options.dataDir, CONTENT_PACKS_DIR) }),
    contentPacksDir: join(options.dataDir, CONTENT_PACKS_DIR),
    dataDir: options.dataDir,
    fontsDir: join(options.resourcesDir, 'fonts'),
    interviewBank: loadQuestionBank(join(options.resourcesDir, 'interview', 'questions.json')),
    now: options.now ?? (() => new Date()),
    appVersion: options.appVersion,
  };
  return {
    deps,
    dispatch: createDispatcher(deps, createHandlers(), options),
    close: () => db.close(),
  };
}
