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
  'TRANSPORT',
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
