import { describe, expect, it } from 'vitest';
import { isRetentionDue, normaliseRetention, retentionDueOn } from './retention';

describe('retention', () => {
  it('adds calendar months, keeping the day or the last day of a shorter month', () => {
    expect(retentionDueOn('2026-05-30', 6)).toBe('2026-11-30');
    expect(retentionDueOn('2026-01-31', 1)).toBe('2026-02-28');
    expect(retentionDueOn('2028-01-31', 1)).toBe('2028-02-29');
    expect(retentionDueOn('2026-08-31', 6)).toBe('2027-02-28');
    expect(retentionDueOn('2026-12-15', 12)).toBe('2027-12-15');
    expect(retentionDueOn('2026-11-10', 14)).toBe('2028-01-10');
  });

  it('lists from the due day on, never before, and never when retention is off', () => {
    expect(isRetentionDue('2026-11-29', '2026-05-30', 6)).toBe(false);
    expect(isRetentionDue('2026-11-30', '2026-05-30', 6)).toBe(true);
    expect(isRetentionDue('2030-01-01', '2026-05-30', null)).toBe(false);
    expect(isRetentionDue('2030-01-01', '2026-05-30', 0)).toBe(false);
  });

  it('reads 0, empty and nonsense as never', () => {
    expect(normaliseRetention(0)).toBeNull();
    expect(normaliseRetention(null)).toBeNull();
    expect(normaliseRetention(undefined)).toBeNull();
    expect(normaliseRetention(-3)).toBeNull();
    expect(normaliseRetention(2.5)).toBeNull();
    expect(normaliseRetention(6)).toBe(6);
    expect(normaliseRetention(1000)).toBe(120);
  });
});
