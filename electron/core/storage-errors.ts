import type { ApiErrorBody } from '../../shared/api/result';

/**
 * SQLite failures a person can act on, as typed errors: the file held by
 * another program (SQLITE_BUSY, SQLITE_LOCKED and their extended codes, after
 * the busy timeout) and a full disk or page limit (SQLITE_FULL). The failed
 * statement or transaction was rolled back. Anything else stays INTERNAL.
 */
export function storageErrorOf(error: unknown): ApiErrorBody | null {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof code !== 'string') return null;
  if (/^SQLITE_(BUSY|LOCKED)(_|$)/.test(code)) return { code: 'BUSY', message: `The data is in use by another program (${code}); nothing was changed` };
  if (code === 'SQLITE_FULL') return { code: 'DISK_FULL', message: 'The disk is full; nothing was changed' };
  return null;
}
