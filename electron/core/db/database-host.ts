import { closeSync, existsSync, mkdirSync, openSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseFromFutureError, openConnection, openDatabase, rekeyConnection, type Database } from './database';
import { MIGRATIONS } from './migrations/index';
import type { Migration } from './migrations/types';

export const DATABASE_FILE = 'foras-atelier.sqlite';
export const BACKUPS_DIR = 'backups';
/** Present while the database is open: found at start, it means the last run did not close cleanly. */
export const OPEN_MARKER_FILE = 'database-open.marker';

export type DatabaseProblem =
  /** A check failed, or SQLite says the file is damaged (or not a database under this key). */
  | { kind: 'corrupt'; detail: string }
  /** The file cannot be opened at all: key missing, permissions, another program holding it… */
  | { kind: 'unreadable'; detail: string }
  /** Written by a newer Foras Atelier: never touched, never offered for restore. */
  | { kind: 'newer-version'; fileVersion: number; appVersion: number };

export class DatabaseUnavailableError extends Error {
  constructor(readonly problem: DatabaseProblem) {
    super(`The database is unavailable (${problem.kind})`);
    this.name = 'DatabaseUnavailableError';
  }
}

/** The laptop's key, or why there is none (then the database cannot be opened, and the app says so). */
export type DatabaseKeyState = { key: Buffer | null } | { unavailable: string };

/**
 * Owns the live database: opens it with the start checks, knows what is
 * wrong when it cannot, and can close, swap and reopen it (restores).
 * Services keep using `deps.db`, which reads `host.db` at each call.
 */
export interface DatabaseHost {
  readonly file: string;
  readonly dataDir: string;
  readonly backupsDir: string;
  /** The live database's raw key; local backups are written under the same key. */
  readonly key: Buffer | null;
  readonly nativeBinding: string | undefined;
  readonly db: Database;
  problem(): DatabaseProblem | null;
  /** Closes the live database (if open), runs `swap` (which may move files), then opens again with the start checks. */
  reopen(swap?: () => void): DatabaseProblem | null;
  /** A clean close: the next start runs the quick check only. */
  close(): void;
}

export interface DatabaseHostOptions {
  dataDir: string;
  keyState: DatabaseKeyState;
  nativeBinding?: string;
  migrations?: readonly Migration[];
}

export function createDatabaseHost(options: DatabaseHostOptions): DatabaseHost {
  const file = join(options.dataDir, DATABASE_FILE);
  const marker = join(options.dataDir, OPEN_MARKER_FILE);
  const key = 'key' in options.keyState ? options.keyState.key : null;
  let db: Database | null = null;
  let problem: DatabaseProblem | null = null;

  const open = (): void => {
    mkdirSync(options.dataDir, { recursive: true });
    if ('unavailable' in options.keyState) {
      problem = { kind: 'unreadable', detail: options.keyState.unavailable };
      return;
    }
    const outcome = openChecked({ file, key, marker, nativeBinding: options.nativeBinding, migrations: options.migrations ?? MIGRATIONS });
    db = outcome.db;
    problem = outcome.problem;
    if (db) writeFileSync(marker, `${process.pid}\n`);
  };

  const closeLive = (): void => {
    if (!db) return;
    const live = db;
    db = null;
    try {
      // Folds the WAL back into the file, so a copied or restored folder never depends on a -wal beside it.
      live.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      live.close();
      rmSync(marker, { force: true });
    }
  };

  open();
  return {
    file,
    dataDir: options.dataDir,
    backupsDir: join(options.dataDir, BACKUPS_DIR),
    key,
    nativeBinding: options.nativeBinding,
    get db(): Database {
      if (!db) throw new DatabaseUnavailableError(problem ?? { kind: 'unreadable', detail: 'closed' });
      return db;
    },
    problem: () => problem,
    reopen(swap) {
      closeLive();
      swap?.();
      open();
      return problem;
    },
    close: closeLive,
  };
}

interface CheckedOpen {
  file: string;
  key: Buffer | null;
  marker: string;
  nativeBinding: string | undefined;
  migrations: readonly Migration[];
}

/** Opens the file (encrypting a plaintext one from an older version first) and runs quick_check, or integrity_check after an unclean shutdown. */
function openChecked({ file, key, marker, nativeBinding, migrations }: CheckedOpen): { db: Database | null; problem: DatabaseProblem | null } {
  const uncleanShutdown = existsSync(marker);
  let db: Database;
  try {
    if (key && isPlaintextDatabase(file)) encryptInPlace(file, key, nativeBinding);
    db = openDatabase({ file, key, migrations, nativeBinding });
  } catch (error) {
    return { db: null, problem: problemOf(error) };
  }
  const check = uncleanShutdown ? 'integrity_check' : 'quick_check';
  try {
    const rows = db.pragma(check, { simple: false }) as Record<string, string>[];
    const messages = rows.map((row) => Object.values(row)[0] ?? '');
    if (messages.length !== 1 || messages[0] !== 'ok') {
      db.close();
      return { db: null, problem: { kind: 'corrupt', detail: `${check}: ${messages.slice(0, 5).join('; ')}` } };
    }
  } catch (error) {
    db.close();
    return { db: null, problem: problemOf(error) };
  }
  return { db, problem: null };
}

function problemOf(error: unknown): DatabaseProblem {
  if (error instanceof DatabaseFromFutureError) return { kind: 'newer-version', fileVersion: error.fileVersion, appVersion: error.appVersion };
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (typeof code === 'string' && /^SQLITE_(CORRUPT|NOTADB)/.test(code)) return { kind: 'corrupt', detail: `${code}: ${message}` };
  return { kind: 'unreadable', detail: typeof code === 'string' ? `${code}: ${message}` : message };
}

const PLAINTEXT_HEADER = Buffer.from('SQLite format 3\u0000', 'latin1');

/** The first bytes of `file`, fewer if it is shorter; null when there is no file. */
function headerOf(file: string): Buffer | null {
  if (!existsSync(file)) return null;
  const header = Buffer.alloc(PLAINTEXT_HEADER.length);
  const fd = openSync(file, 'r');
  try {
    return header.subarray(0, readSync(fd, header, 0, header.length, 0));
  } finally {
    closeSync(fd);
  }
}

/** True when the file starts with SQLite's clear-text header: a database from before encryption, or never keyed. */
export function isPlaintextDatabase(file: string): boolean {
  return headerOf(file)?.equals(PLAINTEXT_HEADER) ?? false;
}

/** True when the file holds something that is not a clear-text SQLite database: opening it needs the existing key. */
export function holdsEncryptedData(file: string): boolean {
  const header = headerOf(file);
  return header !== null && header.length > 0 && !header.equals(PLAINTEXT_HEADER);
}

/**
 * Encrypts a clear-text database from an earlier version where it lies.
 * Its WAL is folded in first; rekey rewrites every page under the key.
 */
export function encryptInPlace(file: string, key: Buffer, nativeBinding?: string): void {
  const db = openConnection({ file, key: null, nativeBinding });
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode = DELETE');
    rekeyConnection(db, key);
  } finally {
    db.close();
  }
}
