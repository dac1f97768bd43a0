/** Why a backup was made; shown in words on the backups screen and kept in its file name. */
export const BACKUP_REASONS = ['daily', 'exit', 'manual', 'before-restore', 'before-import'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** Safety copies taken right before the data is replaced: kept for the full 14 days, whatever the daily cap. */
export const SAFETY_REASONS: readonly BackupReason[] = ['before-restore', 'before-import'];

/** Backups of the last 14 calendar days are kept, at most 10 per day (safety copies aside). */
export const KEEP_DAYS = 14;
export const KEEP_PER_DAY = 10;

/** The smallest passphrase accepted for a backup file taken away from the laptop. */
export const BACKUP_PASSPHRASE_MIN = 8;
