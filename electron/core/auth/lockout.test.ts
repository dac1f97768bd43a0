import { describe, expect, it } from 'vitest';
import { afterFailure, CLEARED, gateAttempt, lockDurationMs } from './lockout';

describe('lockout policy', () => {
  it('gives 4 free failures, then 30 s doubling up to 15 min', () => {
    expect([1, 2, 3, 4].map(lockDurationMs)).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9, 10, 11].map((n) => lockDurationMs(n) / 1000)).toEqual([30, 60, 120, 240, 480, 900, 900]);
  });

  it('requires a reset at the 10th failure only where someone can reset', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    const nine = { failedAttempts: 9, lockedUntil: null, resetRequired: false };
    expect(afterFailure(nine, now, true)).toEqual({ failedAttempts: 10, lockedUntil: null, resetRequired: true });
    expect(afterFailure(nine, now, false).lockedUntil?.toISOString()).toBe('2026-01-01T00:15:00.000Z');
  });

  it('lets an attempt through once the lock has passed', () => {
    const until = new Date('2026-01-01T00:00:30Z');
    const state = { failedAttempts: 5, lockedUntil: until, resetRequired: false };
    expect(gateAttempt(state, new Date('2026-01-01T00:00:29Z'))).toEqual({ allowed: false, reason: 'locked', until });
    expect(gateAttempt(state, new Date('2026-01-01T00:00:30Z'))).toEqual({ allowed: true });
    expect(gateAttempt({ ...CLEARED, resetRequired: true }, until)).toEqual({ allowed: false, reason: 'resetRequired' });
  });
});
