/** Every call answers with a value or an error, never a thrown exception across the boundary. */
export const ERROR_CODES = [
  'UNKNOWN_METHOD',
  'INVALID_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'SETUP_ALREADY_DONE',
  'WRONG_CREDENTIALS',
  'PROFILE_LOCKED',
  'PIN_RESET_REQUIRED',
  /** The participant has not agreed that the workshop keeps their data: nothing was saved. */
  'CONSENT_REQUIRED',
  'TRANSPORT',
  'RECOVERY_REQUIRED',
  /** A file (backup, transfer) that does not open with the passphrase given. */
  'WRONG_PASSPHRASE',
  /** A file that opens but is damaged, cut short, or not one of ours. */
  'DAMAGED_FILE',
  /** Data written by a newer Foras Atelier: refused, nothing changed. */
  'NEWER_VERSION',
  /** A file given to an import that is not a Foras Atelier transfer file at all. */
  'NOT_A_TRANSFER_FILE',
  /** The database is held by another program (SQLite busy or locked): try again later, nothing changed. */
  'BUSY',
  /** The disk (or the database's page limit) is full: nothing changed. */
  'DISK_FULL',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiErrorBody {
  code: ErrorCode;
  /** For developers and logs; the interface shows a translated text chosen by `code`. */
  message: string;
  /** Field path → i18n key, for INVALID_INPUT. */
  fields?: Record<string, { key: string; params?: Record<string, number> }>;
  /** For PROFILE_LOCKED and WRONG_CREDENTIALS. */
  lockedUntil?: string;
  attemptsLeftBeforeLock?: number;
  /** What is wrong in an imported file, one line per problem (file, step, field). */
  problems?: string[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
