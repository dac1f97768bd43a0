import BetterSqlite3, { type Database } from 'better-sqlite3-multiple-ciphers';
import { MIGRATIONS } from './migrations/index';
import type { Migration } from './migrations/types';

export type { Database };

export class DatabaseFromFutureError extends Error {
  constructor(
    readonly fileVersion: number,
    readonly appVersion: number,
  ) {
    super(
      `This data was written by a newer Foras Atelier (schema ${fileVersion}; this app knows ${appVersion}). ` +
        'Install the newer version; the file was left untouched.',
    );
    this.name = 'DatabaseFromFutureError';
  }
}

/**
 * A raw 32-byte key (the laptop's database key, random, never typed) or a
 * passphrase (a backup or transfer file a person opens elsewhere, stretched
 * by SQLCipher's own KDF). null: no encryption (unit tests of plain SQL only).
 */
export type DatabaseKey = Buffer | string | null;

export interface ConnectionOptions {
  /** Path of the SQLite file, or ':memory:' in tests. */
  file: string;
  key: DatabaseKey;
  readonly?: boolean;
  /** Where the native addon lives when it differs from the default (Electron ABI build). */
  nativeBinding?: string;
}

export interface OpenOptions extends ConnectionOptions {
  migrations?: readonly Migration[];
}

export const RAW_KEY_BYTES = 32;

/**
 * Opens a connection and applies the key, without touching the schema.
 * SQLCipher 4 compatible pages (SQLite3MultipleCiphers' 'sqlcipher' scheme):
 * every page of the file, the WAL and the journal is encrypted and
 * authenticated. A wrong key or a damaged first page fails here, as
 * SQLITE_NOTADB, before anything is written.
 */
export function openConnection({ file, key, readonly = false, nativeBinding }: ConnectionOptions): Database {
  const db = new BetterSqlite3(file, { readonly, fileMustExist: readonly, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    if (key !== null) {
      db.pragma("cipher = 'sqlcipher'");
      db.pragma('legacy = 4');
      db.pragma(`key = ${keyLiteral(key)}`);
    }
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Re-encrypts every page under another key. SQLite3MultipleCiphers cannot rekey a database in WAL mode. */
export function rekeyConnection(db: Database, key: Buffer | string): void {
  db.pragma("cipher = 'sqlcipher'");
  db.pragma('legacy = 4');
  db.pragma(`rekey = ${keyLiteral(key)}`);
}

export function openDatabase({ migrations = MIGRATIONS, ...connection }: OpenOptions): Database {
  const db = openConnection(connection);
  try {
    // Before any pragma that writes (WAL changes the header): a newer app's file is never touched.
    const latest = migrations[migrations.length - 1]?.version ?? 0;
    if (schemaVersion(db) > latest) throw new DatabaseFromFutureError(schemaVersion(db), latest);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // Sorts and temporary indexes stay in memory: SQLite's temporary files are not covered by the key.
    db.pragma('temp_store = MEMORY');
    // 32 MiB of decrypted pages kept (SQLite's default is 2 MiB): a page read again is not decrypted again (bench: encryption).
    db.pragma('cache_size = -32768');
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** The SQL literal for PRAGMA key/rekey: x'…' makes SQLCipher use the bytes as the key itself, with no KDF. */
function keyLiteral(key: Buffer | string): string {
  if (typeof key === 'string') {
    if (key.length === 0 || key.includes('\u0000')) throw new Error('A passphrase must be a non-empty string without NUL');
    return `'${key.replaceAll("'", "''")}'`;
  }
  if (key.length !== RAW_KEY_BYTES) throw new Error(`A raw database key has ${RAW_KEY_BYTES} bytes`);
  return `"x'${key.toString('hex')}'"`;
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies the pending migrations in one transaction, up to `target` (default: all). */
export function migrate(db: Database, migrations: readonly Migration[], target?: number): void {
  assertIncreasing(migrations);
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  const current = schemaVersion(db);
  if (current > latest) throw new DatabaseFromFutureError(current, latest);
  const goal = target ?? latest;
  const pending = migrations.filter((m) => m.version > current && m.version <= goal);
  if (pending.length === 0) return;
  db.transaction(() => {
    for (const migration of pending) {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
  }).immediate();
}

function assertIncreasing(migrations: readonly Migration[]): void {
  migrations.reduce((previous, migration) => {
    if (!Number.isInteger(migration.version) || migration.version <= previous) {
      throw new Error(`Migration versions must increase: ${migration.name} has ${migration.version}`);
    }
    return migration.version;
  }, 0);
}
