import BetterSqlite3, { type Database } from 'better-sqlite3';
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

export interface OpenOptions {
  /** Path of the SQLite file, or ':memory:' in tests. */
  file: string;
  migrations?: readonly Migration[];
  /** Where the native addon lives when it differs from the default (Electron ABI build). */
  nativeBinding?: string;
}

export function openDatabase({ file, migrations = MIGRATIONS, nativeBinding }: OpenOptions): Database {
  const db = new BetterSqlite3(file, nativeBinding ? { nativeBinding } : {});
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
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
