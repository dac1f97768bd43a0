import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabaseHost, isPlaintextDatabase, type DatabaseHost } from '../db/database-host';
import { openConnection, rekeyConnection } from '../db/database';
import { LATEST_SCHEMA_VERSION } from '../db/migrations/index';
import { BackupCheckError, checkCandidate, createBackup, listBackups, pruneBackups } from './backups';
import { backupFileName } from './names';
import { candidateFromBackup, candidateFromBytes, exportWithPassphrase } from './portable';
import { swapInCandidate } from './restore';
import { backupAtStart, backupOnExit } from './schedule';

const CANARY = 'CANARY-Zerbo-7f3a91';
const dirs: string[] = [];
const hosts: DatabaseHost[] = [];
afterEach(() => {
  hosts.splice(0).forEach((host) => host.close());
  dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

function keyedHost(key: Buffer | null = randomBytes(32)): DatabaseHost {
  const dataDir = mkdtempSync(join(tmpdir(), 'foras-backup-'));
  dirs.push(dataDir);
  const host = createDatabaseHost({ dataDir, keyState: { key } });
  hosts.push(host);
  addStaff(host, CANARY);
  return host;
}

function addStaff(host: DatabaseHost, name: string): void {
  host.db
    .prepare("INSERT INTO staff (id, name, role, password_hash, created_at, updated_at) VALUES (?, ?, 'facilitator', 'x', '2026-01-01', '2026-01-01')")
    .run(randomBytes(8).toString('hex'), name);
}

const staffNames = (host: DatabaseHost) => host.db.prepare('SELECT name FROM staff ORDER BY name').pluck().all();
const workFiles = (dir: string) => readdirSync(dir).filter((name) => name.startsWith('.tmp-'));
const NOW = new Date('2026-11-29T07:05:12.123Z');

/** Overwrites bytes in the middle of a page past the first one: the page no longer authenticates. */
function damagePage(file: string, page = 3): void {
  const bytes = readFileSync(file);
  bytes.fill(0x5a, page * 4096 + 100, page * 4096 + 400);
  writeFileSync(file, bytes);
}

describe('createBackup', () => {
  it('writes a checked copy, encrypted under the live key, that opens with the key and not without it', () => {
    const host = keyedHost();
    const info = createBackup(host.db, { dir: host.backupsDir, key: host.key, reason: 'manual', now: NOW });
    expect(info).toMatchObject({ fileName: backupFileName(NOW, 'manual', LATEST_SCHEMA_VERSION), createdAt: NOW.toISOString(), reason: 'manual', schemaVersion: LATEST_SCHEMA_VERSION });
    const file = join(host.backupsDir, info.fileName);
    expect(info.sizeBytes).toBe(statSync(file).size);
    expect(isPlaintextDatabase(file)).toBe(false);
    expect(readFileSync(file).includes(CANARY)).toBe(false);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(host.backupsDir).mode & 0o777).toBe(0o700);
    const copy = openConnection({ file, key: host.key, readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT name FROM staff').pluck().get()).toBe(CANARY);
    copy.close();
    expect(() => openConnection({ file, key: null, readonly: true })).toThrow(/not a database/);
    expect(() => openConnection({ file, key: randomBytes(32), readonly: true })).toThrow(/not a database/);
    expect(workFiles(host.backupsDir)).toEqual([]);
  });

  it('gives two backups of the same millisecond different names', () => {
    const host = keyedHost();
    const a = createBackup(host.db, { dir: host.backupsDir, key: host.key, reason: 'manual', now: NOW });
    const b = createBackup(host.db, { dir: host.backupsDir, key: host.key, reason: 'manual', now: NOW });
    expect(a.fileName).not.toBe(b.fileName);
    expect(listBackups(host.backupsDir).map((x) => x.fileName)).toEqual([b.fileName, a.fileName]);
  });

  it('lists backups newest first and leaves out every other file', () => {
    const host = keyedHost();
    const older = createBackup(host.db, { dir: host.backupsDir, key: host.key, reason: 'daily', now: new Date('2026-11-28T08:00:00Z') });
    const newer = createBackup(host.db, { dir: host.backupsDir, key: host.key, reason: 'exit', now: NOW });
    writeFileSync(join(host.backupsDir, 'damaged-2026-11-29T07-00-00-000Z.sqlite'), 'x');
    writeFileSync(join(host.backupsDir, 'notes.txt'), 'x');
    expect(listBackups(host.backupsDir).map((b) => b.fileName)).toEqual([newer.fileName, older.fileName]);
  });
});

describe('checking a candidate', () => {
  it('refuses a backup with a damaged page, and leaves no work file', () => {
    const host = keyedHost();
    for (let i = 0; i < 300; i++) addStaff(host, `person ${i} ${'x'.repeat(200)}`);
    const info = createBackup(host.db, { dir: host.backupsDir, key: host.key, reason: 'manual', now: NOW });
    damagePage(join(host.backupsDir, info.fileName));
    expect(() => candidateFromBackup(host.backupsDir, info.fileName, { key: host.key })).toThrow(BackupCheckError);
    expect(workFiles(host.backupsDir)).toEqual([]);
  });

  it('refuses a backup whose first page is damaged as unreadable', () => {
    const host = keyedHost();
    const info = createBackup(host.db, { dir: host.backupsDir, key: host.key, reason: 'manual', now: NOW });
    damagePage(join(host.backupsDir, info.fileName), 0);
    expect(() => checkCandidate(join(host.backupsDir, info.fileName), host.key)).toThrow(expect.objectContaining({ kind: 'unreadable' }));
  });
});

describe('a backup file taken away with a passphrase', () => {
  it('opens with the passphrase only, and no work file stays behind', () => {
    const host = keyedHost();
    const { bytes } = exportWithPassphrase(host.db, { dir: host.backupsDir, key: host.key, passphrase: 'clé USB du centre' });
    expect(workFiles(host.backupsDir)).toEqual([]);
    const file = join(host.dataDir, 'exported.foras-backup');
    writeFileSync(file, bytes);
    expect(isPlaintextDatabase(file)).toBe(false);
    expect(bytes.includes(CANARY)).toBe(false);
    expect(checkCandidate(file, 'clé USB du centre')).toBe(LATEST_SCHEMA_VERSION);
    for (const key of [host.key, null, 'clé USB du centrE']) {
      expect(() => checkCandidate(file, key)).toThrow(expect.objectContaining({ kind: 'unreadable' }));
    }
  });

  it('comes back as a candidate under the laptop key; a wrong passphrase, a damaged or a newer file is refused and leaves nothing', () => {
    const host = keyedHost();
    const { bytes } = exportWithPassphrase(host.db, { dir: host.backupsDir, key: host.key, passphrase: 'phrase-secrete' });
    const candidate = candidateFromBytes(bytes, { dir: host.backupsDir, key: host.key, passphrase: 'phrase-secrete' });
    expect(checkCandidate(candidate.file, host.key)).toBe(LATEST_SCHEMA_VERSION);
    rmSync(candidate.file);

    const refused = (file: Buffer, passphrase = 'phrase-secrete') => {
      try {
        candidateFromBytes(file, { dir: host.backupsDir, key: host.key, passphrase });
      } catch (error) {
        expect(workFiles(host.backupsDir)).toEqual([]);
        return (error as BackupCheckError).kind;
      }
      throw new Error('accepted');
    };
    expect(refused(bytes, 'wrong-phrase')).toBe('unreadable');
    expect(refused(bytes.subarray(0, 3000))).toBe('unreadable');
    const damaged = Buffer.from(bytes);
    damaged.fill(1, 4096 * 2 + 50, 4096 * 2 + 300);
    expect(['damaged', 'unreadable']).toContain(refused(damaged));

    // A database from a newer app, as that app would export it.
    const future = join(host.dataDir, 'future.sqlite');
    const db = openConnection({ file: future, key: null });
    db.exec('CREATE TABLE staff (id TEXT)');
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    rekeyConnection(db, 'phrase-secrete');
    db.close();
    expect(refused(readFileSync(future))).toBe('newer-version');
  });
});

describe('swapping a candidate in', () => {
  it('puts the backup in place, sets the replaced file aside in the backups folder, and reopens', () => {
    const host = keyedHost();
    const info = createBackup(host.db, { dir: host.backupsDir, key: host.key, reason: 'manual', now: NOW });
    addStaff(host, 'Added after the backup');
    const candidate = candidateFromBackup(host.backupsDir, info.fileName, { key: host.key });
    const outcome = swapInCandidate(host, candidate.file, 'replaced', NOW);
    expect(outcome.problem).toBeNull();
    expect(staffNames(host)).toEqual([CANARY]);
    expect(host.db.pragma('journal_mode', { simple: true })).toBe('wal');
    const replaced = openConnection({ file: join(host.backupsDir, outcome.setAside!), key: host.key, readonly: true });
    expect(replaced.prepare('SELECT count(*) FROM staff').pluck().get()).toBe(2);
    replaced.close();
    expect(listBackups(host.backupsDir).map((b) => b.fileName)).toEqual([info.fileName]);
    expect(workFiles(host.backupsDir)).toEqual([]);
  });
});

describe('scheduled backups', () => {
  it('makes the first backup of the day at start, only once a day, and one at every exit', () => {
    const host = keyedHost();
    expect(backupAtStart(host, new Date(2026, 10, 29, 8))?.reason).toBe('daily');
    expect(backupAtStart(host, new Date(2026, 10, 29, 14))).toBeNull();
    expect(backupOnExit(host, new Date(2026, 10, 29, 18))?.reason).toBe('exit');
    expect(backupOnExit(host, new Date(2026, 10, 29, 19))?.reason).toBe('exit');
    expect(backupAtStart(host, new Date(2026, 10, 30, 8))?.reason).toBe('daily');
    expect(listBackups(host.backupsDir).map((b) => b.reason)).toEqual(['daily', 'exit', 'exit', 'daily']);
  });

  it('prunes at each run: 15 days later only the new backup is left', () => {
    const host = keyedHost();
    backupAtStart(host, new Date(2026, 10, 1, 8));
    backupOnExit(host, new Date(2026, 10, 1, 18));
    backupAtStart(host, new Date(2026, 10, 16, 8));
    expect(listBackups(host.backupsDir).map((b) => b.createdAt)).toEqual([new Date(2026, 10, 16, 8).toISOString()]);
  });

  it('never throws: a failed backup is logged and the app goes on', () => {
    const host = keyedHost();
    rmSync(host.backupsDir, { recursive: true, force: true });
    writeFileSync(host.backupsDir, 'a file where the folder should be');
    const logged: string[] = [];
    expect(backupAtStart(host, NOW, (message) => logged.push(message))).toBeNull();
    expect(backupOnExit(host, NOW, (message) => logged.push(message))).toBeNull();
    expect(logged).toHaveLength(2);
  });

  it('does nothing while the database is in recovery', () => {
    const host = keyedHost();
    backupAtStart(host, new Date(2026, 10, 1, 8));
    const problem = host.reopen(() => damagePage(host.file, 0));
    expect(problem?.kind).toBe('corrupt');
    expect(backupAtStart(host, new Date(2026, 10, 20, 8))).toBeNull();
    expect(backupOnExit(host, new Date(2026, 10, 20, 9))).toBeNull();
    expect(listBackups(host.backupsDir)).toHaveLength(1);
  });
});

describe('pruneBackups on disk', () => {
  it('removes what the rule removes and leaves set-aside files alone', () => {
    const host = keyedHost();
    const old = createBackup(host.db, { dir: host.backupsDir, key: host.key, reason: 'daily', now: new Date(2026, 9, 1, 8) });
    const recent = createBackup(host.db, { dir: host.backupsDir, key: host.key, reason: 'daily', now: new Date(2026, 10, 28, 8) });
    writeFileSync(join(host.backupsDir, 'damaged-2026-10-01T07-00-00-000Z.sqlite'), 'x');
    expect(pruneBackups(host.backupsDir, new Date(2026, 10, 29, 8))).toEqual([old.fileName]);
    expect(readdirSync(host.backupsDir).sort()).toEqual(['damaged-2026-10-01T07-00-00-000Z.sqlite', recent.fileName].sort());
  });
});
