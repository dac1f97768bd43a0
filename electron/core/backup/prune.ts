import { KEEP_DAYS, KEEP_PER_DAY, SAFETY_REASONS, type BackupReason } from '../../../shared/backup/reasons';
import { localDay } from './names';

export interface PrunableBackup {
  fileName: string;
  createdAt: Date;
  reason: BackupReason;
}

/**
 * Which backups to remove, as a pure choice (the caller deletes the files).
 *
 * The rule, with days as calendar days in the laptop's time zone:
 * 1. A backup made before the start of the day 13 days before today (so
 *    outside the last 14 days, today included) is removed.
 * 2. Within each of those 14 days, the 10 newest of that day's daily, exit
 *    and manual backups are kept; older ones of the same day are removed.
 * 3. Safety copies ('before-restore', 'before-import') of the last 14 days
 *    are all kept and do not count towards the 10: a coordinator who tries
 *    several restores in one day must still find the data they had before
 *    the first one.
 * 4. A backup dated after `now` (the laptop's clock was changed) counts as
 *    recent, for its own day: a wrong clock never makes us delete a backup.
 * Set-aside files (replaced-*, damaged-*) are not backups and never reach this.
 */
export function selectBackupsToRemove<T extends PrunableBackup>(backups: readonly T[], now: Date): T[] {
  const windowStart = new Date(now.getFullYear(), now.getMonth(), now.getDate() - (KEEP_DAYS - 1)).getTime();
  const remove: T[] = [];
  const regularByDay = new Map<string, T[]>();
  for (const backup of backups) {
    if (backup.createdAt.getTime() < windowStart) remove.push(backup);
    else if (!SAFETY_REASONS.includes(backup.reason)) {
      const day = localDay(backup.createdAt);
      regularByDay.set(day, [...(regularByDay.get(day) ?? []), backup]);
    }
  }
  for (const sameDay of regularByDay.values()) {
    const newestFirst = [...sameDay].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.fileName.localeCompare(a.fileName));
    remove.push(...newestFirst.slice(KEEP_PER_DAY));
  }
  return remove;
}
