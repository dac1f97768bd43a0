import type { BackupReason } from './reasons';

/** One backup in the data folder's backups list. */
export interface BackupDto {
  fileName: string;
  /** ISO instant it was made. */
  createdAt: string;
  reason: BackupReason;
  sizeBytes: number;
  /** The schema version of the data it holds; newer than the app's means it cannot be restored here. */
  schemaVersion: number;
}

/** Why the database could not be opened at start. */
export type RecoveryProblemDto =
  | { kind: 'corrupt'; detail: string }
  | { kind: 'unreadable'; detail: string }
  | { kind: 'newer-version'; fileVersion: number; appVersion: number };

export interface RecoveryStatusDto {
  /** null once the database opens again. */
  problem: RecoveryProblemDto | null;
  /** Newest first. Each is checked when it is restored. */
  backups: BackupDto[];
  /** False for a database from a newer app (never touched) and when there is no backup. */
  canRestore: boolean;
  /** A text to copy for whoever helps: the problem, the app version and the date, nothing personal. */
  errorText: string;
}

/** What a restore put in place. */
export interface RestoreResultDto {
  restored: BackupDto | { fileName: null; schemaVersion: number };
  /** The copy of the data as it was just before (null in recovery: the damaged file was set aside instead). */
  savedBefore: BackupDto | null;
  /** The file set aside in the backups folder: the replaced or damaged database, never deleted. */
  setAside: string | null;
}
