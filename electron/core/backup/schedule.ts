import type { DatabaseHost } from '../db/database-host';
import { createBackup, listBackups, pruneBackups, type BackupInfo } from './backups';
import { localDay } from './names';

export type BackupLog = (message: string, error?: unknown) => void;
const defaultLog: BackupLog = (message, error) => console.error(message, error ?? '');

/**
 * At start: the day's first backup if none was made today (any reason counts:
 * the data then was already saved), then the keeping rule. Never throws: a
 * failed backup is logged and the app starts anyway. Nothing is done while the
 * database is in recovery: a damaged file is not copied over good backups'
 * places, and no backup is pruned while one may be needed.
 */
export function backupAtStart(host: DatabaseHost, now: Date, log: BackupLog = defaultLog): BackupInfo | null {
  return guarded(log, 'daily backup', () => {
    if (host.problem()) return null;
    const today = localDay(now);
    const made = listBackups(host.backupsDir).some((backup) => localDay(new Date(backup.createdAt)) === today)
      ? null
      : createBackup(host.db, { dir: host.backupsDir, key: host.key, reason: 'daily', now, nativeBinding: host.nativeBinding });
    pruneBackups(host.backupsDir, now);
    return made;
  });
}

/** On exit, before the host closes the database: always a backup, then the keeping rule. Never throws. */
export function backupOnExit(host: DatabaseHost, now: Date, log: BackupLog = defaultLog): BackupInfo | null {
  return guarded(log, 'exit backup', () => {
    if (host.problem()) return null;
    const made = createBackup(host.db, { dir: host.backupsDir, key: host.key, reason: 'exit', now, nativeBinding: host.nativeBinding });
    pruneBackups(host.backupsDir, now);
    return made;
  });
}

function guarded(log: BackupLog, what: string, run: () => BackupInfo | null): BackupInfo | null {
  try {
    return run();
  } catch (error) {
    log(`The ${what} failed; the app goes on`, error);
    return null;
  }
}
