import BetterSqlite3, { type Database } from 'better-sqlite3-multiple-ciphers';
import { migrate } from '../database';
import { MIGRATIONS } from './index';

/** An in-memory database brought up to `version` (Signal's updateToVersion). */
export function databaseAtVersion(version: number): Database {
  const db = new BetterSqlite3(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS, version);
  return db;
}

export function columnsOf(db: Database, table: string): string[] {
  return (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);
}
