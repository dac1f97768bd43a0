import { BACKUP_REASONS, type BackupReason } from '../../../shared/backup/reasons';

/**
 * Backup file names carry everything the list needs without opening the file
 * (the files are encrypted, so even the schema version in the header cannot be
 * read without the key): the UTC time, sortable as text; why it was made; and
 * the schema version it holds. Example: foras-2026-11-29T07-05-12-123Z-daily-s12.sqlite
 */
const BACKUP_NAME = /^foras-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z-]+)-s(\d{1,6})\.sqlite$/;

export interface BackupName {
  fileName: string;
  createdAt: Date;
  reason: BackupReason;
  schemaVersion: number;
}

export function backupFileName(createdAt: Date, reason: BackupReason, schemaVersion: number): string {
  return `foras-${fileStamp(createdAt)}-${reason}-s${schemaVersion}.sqlite`;
}

/** The parts of a backup's name, or null for anything else in the folder (temporary files, set-aside databases). */
export function parseBackupFileName(fileName: string): BackupName | null {
  const match = BACKUP_NAME.exec(fileName);
  if (!match) return null;
  const [, day, hours, minutes, seconds, millis, reason, version] = match as unknown as [string, string, string, string, string, string, string, string];
  if (!(BACKUP_REASONS as readonly string[]).includes(reason)) return null;
  const createdAt = new Date(`${day}T${hours}:${minutes}:${seconds}.${millis}Z`);
  if (Number.isNaN(createdAt.getTime()) || fileStamp(createdAt) !== fileName.slice(6, 30)) return null;
  return { fileName, createdAt, reason: reason as BackupReason, schemaVersion: Number(version) };
}

/** An ISO instant with the colons and dot that some file systems refuse replaced by dashes. */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/** The calendar day in the laptop's time zone: "the first start of the day" is the user's day, not UTC's. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Where a replaced or damaged database is set aside (never deleted). */
export function setAsideFileName(kind: 'replaced' | 'damaged', at: Date): string {
  return `${kind}-${fileStamp(at)}.sqlite`;
}

/** Work files: a copy being written or checked. Only ever encrypted copies; removed when done. */
export const TEMP_PREFIX = '.tmp-';
