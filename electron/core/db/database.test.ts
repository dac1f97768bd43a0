import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseFromFutureError, migrate, openDatabase, schemaVersion } from './database';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations/index';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const tempFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'foras-db-'));
  dirs.push(dir);
  return join(dir, 'test.sqlite');
};

describe('database', () => {
  it('migrates a new file from zero, with WAL, FULL sync and foreign keys', () => {
    const db = openDatabase({ file: tempFile(), key: null });
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('refuses a database written by a newer app and leaves it untouched', () => {
    const file = tempFile();
    const future = new BetterSqlite3(file);
    future.exec('CREATE TABLE from_the_future (x)');
    future.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    future.close();
    expect(() => openDatabase({ file, key: null })).toThrow(DatabaseFromFutureError);
    const check = new BetterSqlite3(file);
    expect(schemaVersion(check)).toBe(LATEST_SCHEMA_VERSION + 1);
    check.close();
  });

  it('rolls back every migration of a run when one fails', () => {
    const db = new BetterSqlite3(':memory:');
    const broken = [...MIGRATIONS, { version: 99, name: 'broken', up: () => { throw new Error('boom'); } }];
    expect(() => migrate(db, broken)).toThrow('boom');
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'").pluck().get()).toBe(0);
  });

  it('refuses migration lists whose versions do not increase', () => {
    const db = new BetterSqlite3(':memory:');
    expect(() => migrate(db, [MIGRATIONS[1]!, MIGRATIONS[0]!])).toThrow(/must increase/);
  });
});
