import { describe, expect, it } from 'vitest';
import { localIsoDate, modulesWithTime, parseMinutes, splitMinutes, summarise, toggledStatus } from './attendance';

describe('attendance helpers', () => {
  it('counts present, late, absent and not marked, ignoring marks of people not in the list and counting each person once', () => {
    const marks = { a: { status: 'present' as const }, b: { status: 'late' as const }, c: { status: 'absent' as const }, stranger: { status: 'present' as const } };
    expect(summarise(['a', 'b', 'c', 'd', 'a'], marks)).toEqual({ present: 1, late: 1, absent: 1, unmarked: 1 });
    expect(summarise([], marks)).toEqual({ present: 0, late: 0, absent: 0, unmarked: 0 });
  });

  it('clears a state tapped twice and switches to another one', () => {
    expect(toggledStatus(null, 'present')).toBe('present');
    expect(toggledStatus('present', 'present')).toBeNull();
    expect(toggledStatus('present', 'late')).toBe('late');
  });

  it('splits minutes into hours and minutes, never negative', () => {
    expect(splitMinutes(0)).toEqual({ hours: 0, minutes: 0 });
    expect(splitMinutes(185)).toEqual({ hours: 3, minutes: 5 });
    expect(splitMinutes(-10)).toEqual({ hours: 0, minutes: 0 });
    expect(splitMinutes(Number.NaN)).toEqual({ hours: 0, minutes: 0 });
  });

  it('reads a minutes field: empty is "not noted", a whole number is kept, anything else is refused', () => {
    expect(parseMinutes('')).toBeNull();
    expect(parseMinutes(15)).toBe(15);
    expect(parseMinutes('20')).toBe(20);
    expect(parseMinutes(2.5)).toBeUndefined();
    expect(parseMinutes(-1)).toBeUndefined();
    expect(parseMinutes(24 * 60 + 1)).toBeUndefined();
  });

  it('writes the local calendar day and lists only modules with scheduled time, in order', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
    expect(modulesWithTime({ 'life-skills': 0, entrepreneurship: 180, orientation: 60 })).toEqual(['entrepreneurship', 'orientation']);
  });
});
