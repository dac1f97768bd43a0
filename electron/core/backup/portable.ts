import { copyFileSync, constants, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openConnection, rekeyConnection, type Database } from '../db/database';
import { BackupCheckError, checkCandidate, newTempFile, removeWithJournal, vacuumIntoTemp } from './backups';

/*
 * Backups that leave the laptop (a USB stick) or come back to it. The file is
 * a whole SQLite database encrypted SQLCipher-style under a passphrase
 * (SQLCipher's own key derivation), so it opens on another laptop with the
 * passphrase alone. Work files live only in the backups folder, are encrypted
 * from the first byte to the last, and are removed once read.
 */

/** The bytes of a consistent copy of `db`, re-keyed from the laptop's key to `passphrase`, checked to open with it. */
export function exportWithPassphrase(db: Database, options: { dir: string; key: Buffer | null; passphrase: string; nativeBinding?: string }): { bytes: Buffer; schemaVersion: number } {
  const temp = vacuumIntoTemp(db, options.dir);
  try {
    const copy = openConnection({ file: temp, key: options.key, nativeBinding: options.nativeBinding });
    try {
      rekeyConnection(copy, options.passphrase);
    } finally {
      copy.close();
    }
    // One full check, after the rekey: what is handed over must be whole and open with the passphrase and nothing else.
    const version = checkCandidate(temp, options.passphrase, options.nativeBinding);
    return { bytes: readFileSync(temp), schemaVersion: version };
  } finally {
    removeWithJournal(temp);
  }
}

/**
 * A backup file brought back (bytes, passphrase): written to a work file,
 * checked (opens with the passphrase, whole, not newer than this app), then
 * re-keyed to the laptop's key and checked again. Returns the work file, ready
 * to be swapped in; throws BackupCheckError and leaves nothing behind.
 */
export function candidateFromBytes(bytes: Buffer, options: { dir: string; key: Buffer | null; passphrase: string; nativeBinding?: string }): { file: string; schemaVersion: number } {
  const temp = newTempFile(options.dir);
  try {
    writeFileSync(temp, bytes);
    checkCandidate(temp, options.passphrase, options.nativeBinding);
    const copy = openConnection({ file: temp, key: options.passphrase, nativeBinding: options.nativeBinding });
    try {
      // A file written in WAL mode cannot be re-keyed; the restored copy gets WAL again when it is opened live.
      copy.pragma('journal_mode = DELETE');
      if (options.key) rekeyConnection(copy, options.key);
      else copy.pragma("rekey = ''"); // an unkeyed laptop (tests only): the copy is decrypted to match it
    } finally {
      copy.close();
    }
    return { file: temp, schemaVersion: checkCandidate(temp, options.key, options.nativeBinding) };
  } catch (error) {
    removeWithJournal(temp);
    throw error;
  }
}

/**
 * A local backup to restore, copied first to a work file (the backup itself
 * stays in the list) and checked under the laptop's key. The backup is a
 * closed file, so a plain copy of it is consistent.
 */
export function candidateFromBackup(dir: string, fileName: string, options: { key: Buffer | null; nativeBinding?: string }): { file: string; schemaVersion: number } {
  const temp = newTempFile(dir);
  try {
    copyFileSync(join(dir, fileName), temp, constants.COPYFILE_FICLONE);
    return { file: temp, schemaVersion: checkCandidate(temp, options.key, options.nativeBinding) };
  } catch (error) {
    removeWithJournal(temp);
    if (error instanceof BackupCheckError) throw error;
    throw new BackupCheckError('unreadable', error instanceof Error ? error.message : String(error));
  }
}
