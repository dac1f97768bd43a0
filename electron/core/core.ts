import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createContentStore } from './content/content-store';
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
  /** The shipped lessons (resources/content). */
  contentDir: string;
  /** TTF fonts for PDFs (resources/fonts). */
  fontsDir: string;
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
    content: createContentStore({ shipped: options.contentDir, packs: join(options.dataDir, CONTENT_PACKS_DIR) }),
    contentPacksDir: join(options.dataDir, CONTENT_PACKS_DIR),
    fontsDir: options.fontsDir,
    now: options.now ?? (() => new Date()),
    appVersion: options.appVersion,
  };
  return {
    deps,
    dispatch: createDispatcher(deps, createHandlers(), options),
    close: () => db.close(),
  };
}
