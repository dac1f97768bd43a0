import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MODULE_IDS } from '../content/schema';
import {
  attendancePercent,
  eligibilityByModule,
  evaluateEligibility,
  hoursAttended,
  minutesCounted,
  minutesToHours,
  moduleHours,
  sessionMinutes,
  type AttendanceMark,
  type AttendanceStatus,
  type WorkshopSession,
} from './eligibility';

const session = (id: string, moduleId: WorkshopSession['moduleId'], start: string, end: string): WorkshopSession => ({ id, cohortId: 'c1', moduleId, date: '2026-03-02', start, end });
const mark = (sessionId: string, status: AttendanceStatus, participantId = 'p1', minutesMissed?: number): AttendanceMark => ({
  sessionId,
  participantId,
  status,
  ...(minutesMissed !== undefined ? { minutesMissed } : {}),
});

const SESSIONS = [session('s1', 'life-skills', '09:00', '12:00'), session('s2', 'life-skills', '14:00', '16:30'), session('s3', 'entrepreneurship', '09:30', '11:00')];

describe('session lengths', () => {
  it('counts whole minutes between start and end', () => {
    expect(sessionMinutes({ start: '09:00', end: '12:00' })).toBe(180);
    expect(sessionMinutes({ start: '14:00', end: '16:30' })).toBe(150);
  });

  it('gives no time to malformed or reversed sessions', () => {
    expect(sessionMinutes({ start: '12:00', end: '09:00' })).toBe(0);
    expect(sessionMinutes({ start: '10:00', end: '10:00' })).toBe(0);
    expect(sessionMinutes({ start: '9:00', end: '12:00' })).toBe(0);
    expect(sessionMinutes({ start: '24:00', end: '25:00' })).toBe(0);
    expect(sessionMinutes({ start: '', end: '12:00' })).toBe(0);
  });

  it('counts a late mark as the session minus the minutes missed, or in full when they were not noted', () => {
    const s = { start: '09:00', end: '12:00' };
    expect(minutesCounted(s, { status: 'late', minutesMissed: 20 })).toBe(160);
    expect(minutesCounted(s, { status: 'late' })).toBe(180);
    expect(minutesCounted(s, { status: 'late', minutesMissed: null })).toBe(180);
    expect(minutesCounted(s, { status: 'late', minutesMissed: 500 })).toBe(0);
    expect(minutesCounted(s, { status: 'late', minutesMissed: -5 })).toBe(180);
    expect(minutesCounted(s, { status: 'absent' })).toBe(0);
    expect(minutesCounted(s, { status: 'present' })).toBe(180);
  });
});

describe('moduleHours and hoursAttended', () => {
  it('sums scheduled minutes per module, every module present', () => {
    expect(moduleHours(SESSIONS)).toEqual({ 'life-skills': 330, entrepreneurship: 90, orientation: 0 });
    expect(moduleHours([...SESSIONS, SESSIONS[0] as WorkshopSession])).toEqual(moduleHours(SESSIONS));
  });

  it('sums one participant’s attended minutes, unmarked sessions counting as absent', () => {
    const marks = [mark('s1', 'present'), mark('s2', 'late', 'p1', 30), mark('s3', 'present', 'p2'), mark('elsewhere', 'present')];
    expect(hoursAttended(SESSIONS, marks, 'p1')).toEqual({ 'life-skills': 300, entrepreneurship: 0, orientation: 0 });
    expect(hoursAttended(SESSIONS, marks, 'p2')).toEqual({ 'life-skills': 0, entrepreneurship: 90, orientation: 0 });
  });

  it('takes the last mark when a session was marked twice (a correction)', () => {
    expect(hoursAttended(SESSIONS, [mark('s1', 'absent'), mark('s1', 'present')], 'p1')['life-skills']).toBe(180);
    expect(hoursAttended(SESSIONS, [mark('s1', 'present'), mark('s1', 'absent')], 'p1')['life-skills']).toBe(0);
  });

  it('prints hours rounded down to the half hour', () => {
    expect(minutesToHours(1470)).toBe(24.5);
    expect(minutesToHours(1499)).toBe(24.5);
    expect(minutesToHours(1500)).toBe(25);
    expect(minutesToHours(-10)).toBe(0);
  });
});

describe('evaluateEligibility', () => {
  const rule = { minAttendancePercent: 80, requireAllLessons: true };

  it('accepts someone who attended enough and completed every lesson', () => {
    expect(evaluateEligibility(rule, { minutesAttended: 264, minutesScheduled: 330, lessonsCompleted: 6, lessonsInModule: 6 })).toEqual({ eligible: true, reasons: [] });
  });

  it('gives every unmet condition, with the percent rounded down', () => {
    const result = evaluateEligibility(rule, { minutesAttended: 263, minutesScheduled: 330, lessonsCompleted: 4, lessonsInModule: 6 });
    expect(result.eligible).toBe(false);
    expect(result.reasons).toEqual([
      { kind: 'attendance', percent: 79.6, required: 80 },
      { kind: 'lessons', missing: 2 },
    ]);
  });

  it('ignores lessons when the rule does not require them', () => {
    expect(evaluateEligibility({ minAttendancePercent: 50, requireAllLessons: false }, { minutesAttended: 200, minutesScheduled: 330, lessonsCompleted: 0, lessonsInModule: 6 }).eligible).toBe(true);
  });

  it('makes nobody eligible for a module without scheduled time', () => {
    for (const minAttendancePercent of [0, 80]) {
      expect(evaluateEligibility({ minAttendancePercent, requireAllLessons: false }, { minutesAttended: 0, minutesScheduled: 0, lessonsCompleted: 0, lessonsInModule: 0 })).toEqual({
        eligible: false,
        reasons: [{ kind: 'noSessions' }],
      });
    }
  });

  it('clamps rules outside 0–100', () => {
    expect(evaluateEligibility({ minAttendancePercent: 150, requireAllLessons: false }, { minutesAttended: 330, minutesScheduled: 330, lessonsCompleted: 0, lessonsInModule: 0 }).eligible).toBe(true);
    expect(evaluateEligibility({ minAttendancePercent: -5, requireAllLessons: false }, { minutesAttended: 0, minutesScheduled: 330, lessonsCompleted: 0, lessonsInModule: 0 }).eligible).toBe(true);
  });

  it('evaluates each module with a rule for one participant', () => {
    const marks = [mark('s1', 'present'), mark('s2', 'present'), mark('s3', 'absent')];
    const result = eligibilityByModule(SESSIONS, marks, 'p1', { 'life-skills': rule, entrepreneurship: rule }, { 'life-skills': { completed: 6, total: 6 }, entrepreneurship: { completed: 5, total: 5 } });
    expect(result).toEqual([
      { moduleId: 'life-skills', minutesAttended: 330, minutesScheduled: 330, eligible: true, reasons: [] },
      { moduleId: 'entrepreneurship', minutesAttended: 0, minutesScheduled: 90, eligible: false, reasons: [{ kind: 'attendance', percent: 0, required: 80 }] },
    ]);
  });
});

describe('eligibility properties', () => {
  const minutes = fc.integer({ min: 0, max: 100_000 });
  const rules = fc.record({ minAttendancePercent: fc.double({ min: 0, max: 100, noNaN: true }), requireAllLessons: fc.boolean() });
  const progress = fc.record({ minutesAttended: minutes, minutesScheduled: minutes, lessonsCompleted: fc.integer({ min: 0, max: 40 }), lessonsInModule: fc.integer({ min: 0, max: 40 }) });

  it('never reports a percent above 100 or below 0', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1_000_000 }), minutes, (attended, scheduled) => {
        const percent = attendancePercent(attended, scheduled);
        return percent >= 0 && percent <= 100;
      }),
    );
    fc.assert(
      fc.property(rules, progress, (rule, p) =>
        evaluateEligibility(rule, p).reasons.every((reason) => reason.kind !== 'attendance' || (reason.percent <= 100 && reason.percent < reason.required)),
      ),
    );
  });

  it('never makes someone less eligible for attending more or completing more lessons', () => {
    fc.assert(
      fc.property(rules, progress, minutes, fc.integer({ min: 0, max: 40 }), (rule, p, extraMinutes, extraLessons) => {
        const before = evaluateEligibility(rule, p);
        const after = evaluateEligibility(rule, { ...p, minutesAttended: p.minutesAttended + extraMinutes, lessonsCompleted: p.lessonsCompleted + extraLessons });
        return !before.eligible || after.eligible;
      }),
    );
  });

  it('is eligible exactly when there is no reason', () => {
    fc.assert(fc.property(rules, progress, (rule, p) => evaluateEligibility(rule, p).eligible === (evaluateEligibility(rule, p).reasons.length === 0)));
  });

  const statuses = fc.constantFrom<AttendanceStatus>('present', 'absent', 'late');
  const times = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
  const sessions = fc.uniqueArray(
    fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), cohortId: fc.constant('c'), moduleId: fc.constantFrom(...MODULE_IDS), date: fc.constant('2026-01-05'), start: times, end: times }),
    { selector: (s) => s.id, maxLength: 12 },
  );

  it('never counts more attended than scheduled, and marking present never lowers the hours', () => {
    fc.assert(
      fc.property(sessions, fc.array(fc.tuple(statuses, fc.option(fc.integer({ min: -30, max: 400 }), { nil: undefined })), { maxLength: 12 }), (list, picks) => {
        const marks = list.flatMap((s, i) => {
          const pick = picks[i];
          return pick ? [mark(s.id, pick[0], 'p1', pick[1])] : [];
        });
        const scheduled = moduleHours(list);
        const attended = hoursAttended(list, marks, 'p1');
        const allPresent = hoursAttended(list, list.map((s) => mark(s.id, 'present')), 'p1');
        return MODULE_IDS.every((id) => attended[id] >= 0 && attended[id] <= allPresent[id] && allPresent[id] === scheduled[id] && Number.isInteger(attended[id]));
      }),
    );
  });
});
