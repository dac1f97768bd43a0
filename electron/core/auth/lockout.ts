/**
 * Sign-in lockout, as pure functions over the counters stored with each
 * profile: after 5 failures the profile is locked for 30 s, the lock doubles
 * with each further failure up to 15 min, and after 10 failures a PIN must be
 * reset by a facilitator.
 */
export const LOCK_AFTER_FAILURES = 5;
export const RESET_AFTER_FAILURES = 10;
export const FIRST_LOCK_MS = 30_000;
export const MAX_LOCK_MS = 15 * 60_000;

export interface LockoutState {
  failedAttempts: number;
  lockedUntil: Date | null;
  resetRequired: boolean;
}

export type AttemptGate = { allowed: true } | { allowed: false; reason: 'locked'; until: Date } | { allowed: false; reason: 'resetRequired' };

export function gateAttempt(state: LockoutState, now: Date): AttemptGate {
  if (state.resetRequired) return { allowed: false, reason: 'resetRequired' };
  if (state.lockedUntil && state.lockedUntil.getTime() > now.getTime()) {
    return { allowed: false, reason: 'locked', until: state.lockedUntil };
  }
  return { allowed: true };
}

export function lockDurationMs(failedAttempts: number): number {
  if (failedAttempts < LOCK_AFTER_FAILURES) return 0;
  const doublings = failedAttempts - LOCK_AFTER_FAILURES;
  return Math.min(FIRST_LOCK_MS * 2 ** doublings, MAX_LOCK_MS);
}

/** The state after a wrong secret. `canRequireReset` is false for staff, who have no one above to reset them. */
export function afterFailure(state: LockoutState, now: Date, canRequireReset: boolean): LockoutState {
  const failedAttempts = state.failedAttempts + 1;
  if (canRequireReset && failedAttempts >= RESET_AFTER_FAILURES) {
    return { failedAttempts, lockedUntil: null, resetRequired: true };
  }
  const duration = lockDurationMs(failedAttempts);
  return {
    failedAttempts,
    lockedUntil: duration > 0 ? new Date(now.getTime() + duration) : null,
    resetRequired: false,
  };
}

export function attemptsLeftBeforeLock(failedAttempts: number): number {
  return Math.max(LOCK_AFTER_FAILURES - failedAttempts, 0);
}

export const CLEARED: LockoutState = { failedAttempts: 0, lockedUntil: null, resetRequired: false };
