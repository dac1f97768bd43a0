import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { openConnection } from './database';
import { createDatabaseHost, DATABASE_FILE, isPlaintextDatabase, OPEN_MARKER_FILE, type DatabaseHost } from './database-host';
import { LATEST_SCHEMA_VERSION } from './migrations/index';

const dirs: string[] = [];
const hosts: DatabaseHost[] = [];
afterEach(() => {
  hosts.splice(0).forEach((host) => host.close());
  dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'foras-host-'));
  dirs.push(dir);
  return dir;
};
const hostOn = (dataDir: string, key: Buffer | null) => {
  const host = createDatabaseHost({ dataDir, keyState: { key } });
  hosts.push(host);
  return host;
};
const PLAINTEXT = 'SQLite format 3';

/** A data folder with a few pages of data, closed cleanly. */
function filledFolder(key: Buffer): string {
  const dataDir = tempDir();
  const host = createDatabaseHost({ dataDir, keyState: { key } });
  host.db.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)");
  const insert = host.db.prepare('INSERT INTO notes (body) VALUES (?)');
  for (let i = 0; i < 400; i++) insert.run(`note ${i} ${'x'.repeat(200)}`);
  host.close();
  return dataDir;
}

describe('database host', () => {
  it('keeps the file encrypted: no clear header, unreadable without the key, readable with it', () => {
    const key = randomBytes(32);
    const dataDir = filledFolder(key);
    const file = join(dataDir, DATABASE_FILE);
    expect(readFileSync(file).subarray(0, 15).toString('latin1')).not.toBe(PLAINTEXT);
    expect(readFileSync(file).includes('note 12')).toBe(false);
    expect(() => openConnection({ file, key: null })).toThrow(/not a database/);
    expect(() => openConnection({ file, key: randomBytes(32) })).toThrow(/not a database/);
    const host = hostOn(dataDir, key);
    expect(host.problem()).toBeNull();
    expect(host.db.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(400);
  });

  it('encrypts a clear-text database left by an earlier version, keeping its data', () => {
    const dataDir = tempDir();
    const file = join(dataDir, DATABASE_FILE);
    const old = new BetterSqlite3(file);
    old.pragma('journal_mode = WAL');
    old.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('Aminata Traoré, Bamako')");
    old.close();
    expect(isPlaintextDatabase(file)).toBe(true);

    const key = randomBytes(32);
    const host = hostOn(dataDir, key);
    expect(host.problem()).toBeNull();
    expect(host.db.prepare('SELECT body FROM notes').pluck().get()).toBe('Aminata Traoré, Bamako');
    host.close();
    expect(isPlaintextDatabase(file)).toBe(false);
    expect(readFileSync(file).includes(Buffer.from('Aminata'))).toBe(false);
  });

  it('marks the database open while it is, and a clean close removes the mark', () => {
    const dataDir = tempDir();
    const host = hostOn(dataDir, randomBytes(32));
    expect(existsSync(join(dataDir, OPEN_MARKER_FILE))).toBe(true);
    host.close();
    expect(existsSync(join(dataDir, OPEN_MARKER_FILE))).toBe(false);
  });

  it('reports a damaged header as corrupt and leaves the file as it was', () => {
    const key = randomBytes(32);
    const dataDir = filledFolder(key);
    const file = join(dataDir, DATABASE_FILE);
    const bytes = readFileSync(file);
    bytes.fill(0x41, 0, 100);
    writeFileSync(file, bytes);
    const host = hostOn(dataDir, key);
    expect(host.problem()).toMatchObject({ kind: 'corrupt' });
    expect(() => host.db).toThrow(/unavailable/);
    expect(readFileSync(file)).toEqual(bytes);
  });

  it('finds a damaged page in the middle after an unclean shutdown', () => {
    const key = randomBytes(32);
    const dataDir = filledFolder(key);
    const file = join(dataDir, DATABASE_FILE);
    const bytes = readFileSync(file);
    const pageSize = 4096;
    bytes.fill(0x00, pageSize * 5 + 100, pageSize * 5 + 400);
    writeFileSync(file, bytes);
    writeFileSync(join(dataDir, OPEN_MARKER_FILE), '1\n');
    const host = hostOn(dataDir, key);
    expect(host.problem()).toMatchObject({ kind: 'corrupt' });
    expect(readFileSync(file)).toEqual(bytes);
  });

  it('never touches a database from a newer version', () => {
    const key = randomBytes(32);
    const dataDir = tempDir();
    const file = join(dataDir, DATABASE_FILE);
    const newer = openConnection({ file, key });
    newer.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    newer.close();
    const before = readFileSync(file);
    const host = hostOn(dataDir, key);
    expect(host.problem()).toEqual({ kind: 'newer-version', fileVersion: LATEST_SCHEMA_VERSION + 1, appVersion: LATEST_SCHEMA_VERSION });
    expect(readFileSync(file)).toEqual(before);
  });

  it('says the data is unreadable when the key is missing', () => {
    const host = createDatabaseHost({ dataDir: tempDir(), keyState: { unavailable: 'key file missing' } });
    hosts.push(host);
    expect(host.problem()).toEqual({ kind: 'unreadable', detail: 'key file missing' });
  });

  it('reopens after a swap with the checks again', () => {
    const key = randomBytes(32);
    const good = filledFolder(key);
    const dataDir = tempDir();
    const host = hostOn(dataDir, key);
    expect(host.db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'notes'").pluck().get()).toBe(0);
    const problem = host.reopen(() => writeFileSync(host.file, readFileSync(join(good, DATABASE_FILE))));
    expect(problem).toBeNull();
    expect(host.db.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(400);
  });
});
