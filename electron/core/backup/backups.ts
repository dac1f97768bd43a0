import { randomUUID } from 'node:crypto';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupReason } from '../../../shared/backup/reasons';
import { isPlaintextDatabase } from '../db/database-host';
import { openConnection, schemaVersion, type Database } from '../db/database';
import { LATEST_SCHEMA_VERSION } from '../db/migrations/index';
import { backupFileName, parseBackupFileName, TEMP_PREFIX } from './names';
import { selectBackupsToRemove } from './prune';

/*
 * Why VACUUM INTO and not a file copy or SQLite's backup API:
 * - A file copy of a live WAL database can catch it half-written (the file
 *   and its -wal disagree) and gives a copy that may not open; VACUUM INTO
 *   reads inside one read transaction, so the copy is one consistent moment
 *   while the app keeps saving.
 * - SQLite's online backup API (better-sqlite3's db.backup) is refused by
 *   SQLite3MultipleCiphers from an encrypted source to a target it opens
 *   without a key, and better-sqlite3 gives no way to key that target.
 * - VACUUM INTO from an encrypted connection writes every page under the same
 *   key: the copy is encrypted as it is written, never in clear on disk.
 * Each copy is then opened on its own and must pass integrity_check before it
 * gets its final name, so a listed backup is one that was whole when made.
 */

export interface BackupInfo {
  fileName: string;
  createdAt: string;
  reason: BackupReason;
  sizeBytes: number;
  schemaVersion: number;
}

export interface CreateBackupOptions {
  dir: string;
  /** The live database's key: local backups are encrypted under it. */
  key: Buffer | null;
  reason: BackupReason;
  now: Date;
  nativeBinding?: string;
}

/** A copy being made or checked did not pass, and was removed. */
export class BackupCheckError extends Error {
  constructor(
    readonly kind: 'unreadable' | 'damaged' | 'not-foras' | 'newer-version',
    message: string,
    readonly fileVersion?: number,
  ) {
    super(message);
    this.name = 'BackupCheckError';
  }
}

export function createBackup(db: Database, options: CreateBackupOptions): BackupInfo {
  const temp = vacuumIntoTemp(db, options.dir);
  try {
    const version = checkCandidate(temp, options.key, options.nativeBinding);
    // A keyed laptop must never leave a clear copy behind, even if SQLite changed its behaviour.
    if (options.key && isPlaintextDatabase(temp)) throw new Error('The backup copy came out unencrypted');
    const fileName = freeName(options.dir, options.now, options.reason, version);
    renameSync(temp, join(options.dir, fileName));
    return infoOf(options.dir, parseBackupFileName(fileName)!);
  } catch (error) {
    removeWithJournal(temp);
    throw error;
  }
}

/** The backups in `dir`, newest first. Anything that is not a backup's name is left out. */
export function listBackups(dir: string): BackupInfo[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map(parseBackupFileName)
    .filter((name) => name !== null)
    .map((name) => infoOf(dir, name))
    .sort((a, b) => b.fileName.localeCompare(a.fileName));
}

/** Applies the keeping rule (see selectBackupsToRemove) and clears work files left by a crash; returns what was removed. */
export function pruneBackups(dir: string, now: Date): string[] {
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir);
  const named = names.map(parseBackupFileName).filter((name) => name !== null);
  const removed = selectBackupsToRemove(named, now).map((backup) => backup.fileName);
  for (const fileName of removed) rmSync(join(dir, fileName), { force: true });
  // A work file older than an hour is one a crash left behind (copies take seconds); it is always an encrypted partial copy.
  for (const name of names) {
    if (!name.startsWith(TEMP_PREFIX)) continue;
    const path = join(dir, name);
    if (now.getTime() - statSync(path).mtimeMs > 3_600_000) rmSync(path, { force: true });
  }
  return removed;
}

/**
 * Opens a candidate on its own (read-only) with `key` and checks it is a whole
 * Foras Atelier database this app can open: integrity_check 'ok', a schema
 * no newer than this app's. Returns its schema version; throws BackupCheckError.
 */
export function checkCandidate(file: string, key: Buffer | string | null, nativeBinding?: string): number {
  let db: Database;
  try {
    db = openConnection({ file, key, readonly: true, nativeBinding });
  } catch (error) {
    throw new BackupCheckError('unreadable', `The file does not open with this key: ${messageOf(error)}`);
  }
  try {
    const rows = db.pragma('integrity_check', { simple: false }) as Record<string, string>[];
    const messages = rows.map((row) => Object.values(row)[0] ?? '');
    if (messages.length !== 1 || messages[0] !== 'ok') throw new BackupCheckError('damaged', `integrity_check: ${messages.slice(0, 3).join('; ')}`);
    const version = schemaVersion(db);
    if (version > LATEST_SCHEMA_VERSION) throw new BackupCheckError('newer-version', `Schema ${version} is newer than ${LATEST_SCHEMA_VERSION}`, version);
    const hasStaff = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'staff'").pluck().get() !== undefined;
    if (version < 1 || !hasStaff) throw new BackupCheckError('not-foras', 'Not a Foras Atelier database');
    return version;
  } catch (error) {
    if (error instanceof BackupCheckError) throw error;
    // SQLITE_CORRUPT and friends while reading: the file is damaged.
    throw new BackupCheckError('damaged', messageOf(error));
  } finally {
    db.close();
  }
}

/**
 * A consistent copy of `db` in a new work file of `dir` (mode 0600, in a 0700
 * folder), encrypted under the connection's own key. The caller renames or
 * removes it.
 */
export function vacuumIntoTemp(db: Database, dir: string): string {
  const temp = newTempFile(dir);
  try {
    db.exec(`VACUUM INTO ${sqlString(temp)}`);
    chmodSync(temp, 0o600);
    return temp;
  } catch (error) {
    removeWithJournal(temp);
    throw error;
  }
}

/** An empty work file created with owner-only rights (VACUUM INTO accepts an empty target), so no copy is ever readable by others. */
export function newTempFile(dir: string): string {
  ensurePrivateDir(dir);
  const temp = join(dir, `${TEMP_PREFIX}${randomUUID()}.sqlite`);
  closeSync(openSync(temp, 'wx', 0o600));
  return temp;
}

export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}

/** Removes a work file and the rollback journal a rekey may have left beside it. */
export function removeWithJournal(file: string): void {
  rmSync(file, { force: true });
  rmSync(`${file}-journal`, { force: true });
}

function infoOf(dir: string, name: NonNullable<ReturnType<typeof parseBackupFileName>>): BackupInfo {
  return {
    fileName: name.fileName,
    createdAt: name.createdAt.toISOString(),
    reason: name.reason,
    sizeBytes: statSync(join(dir, name.fileName)).size,
    schemaVersion: name.schemaVersion,
  };
}

/** Two backups in the same millisecond (an exit right after a manual one) get distinct names, a millisecond apart. */
function freeName(dir: string, now: Date, reason: BackupReason, version: number): string {
  for (let ms = now.getTime(); ; ms++) {
    const name = backupFileName(new Date(ms), reason, version);
    if (!existsSync(join(dir, name))) return name;
  }
}

function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
