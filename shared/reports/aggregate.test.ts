import { describe, expect, it } from 'vitest';
import { averageOfRatings, certificateCounts, hoursOf, moduleAttendance, moduleCompletion, peopleBreakdown, percentOf, selfAssessmentSummary } from './aggregate';
import { reportExportSchema, reportFilterSchema } from './filter';

describe('report filter', () => {
  it('takes open bounds and a cohort, and refuses an end before the start', () => {
    expect(reportFilterSchema.safeParse({ from: null, to: null, cohortId: null }).success).toBe(true);
    expect(reportFilterSchema.safeParse({ from: '2026-01-01', to: '2026-01-01', cohortId: null }).success).toBe(true);
    const backwards = reportFilterSchema.safeParse({ from: '2026-02-01', to: '2026-01-31', cohortId: null });
    expect(backwards.success).toBe(false);
    expect(backwards.error?.issues[0]).toMatchObject({ path: ['to'], message: 'validation.endBeforeStart' });
    expect(reportFilterSchema.safeParse({ from: '2026-13-01', to: null, cohortId: null }).success).toBe(false);
    expect(reportFilterSchema.safeParse({ from: null, to: null, cohortId: 'x' }).success).toBe(false);
    expect(reportExportSchema.safeParse({ from: null, to: null, cohortId: null, language: 'ar' }).success).toBe(false);
  });
});

describe('report aggregations', () => {
  it('rounds shares to a tenth and has none of nothing', () => {
    expect(percentOf(1, 3)).toBe(33.3);
    expect(percentOf(2, 3)).toBe(66.7);
    expect(percentOf(0, 0)).toBeNull();
    expect(hoursOf(1470)).toBe(24.5);
    expect(hoursOf(100)).toBe(1.7);
  });

  it('counts people by country (every country of return, largest first) and by sex', () => {
    const result = peopleBreakdown([
      { country: 'SN', sex: 'F', count: 3 },
      { country: 'SN', sex: 'M', count: 1 },
      { country: 'CI', sex: null, count: 2 },
      { country: 'ML', sex: 'F', count: 2 },
      { country: 'XX', sex: 'M', count: 1 },
    ]);
    expect(result.participants).toBe(9);
    expect(result.bySex).toEqual({ F: 5, M: 2, notGiven: 2 });
    expect(result.byCountry.slice(0, 3)).toEqual([{ country: 'SN', participants: 4 }, { country: 'CI', participants: 2 }, { country: 'ML', participants: 2 }]);
    expect(result.byCountry).toHaveLength(9);
    // Ties keep the list's order (CI before ML, BF before CM…); a code outside the list follows the list's.
    expect(result.byCountry.map((row) => row.country)).toEqual(['SN', 'CI', 'ML', 'XX', 'BF', 'CM', 'GN', 'CD', 'TG']);
    expect(peopleBreakdown([])).toMatchObject({ participants: 0, bySex: { F: 0, M: 0, notGiven: 0 } });
  });

  it('counts who completed all of a module’s lessons among everyone in the report, and the average', () => {
    // 10 participants, 4 lessons: 3 did all, 2 did 2, 1 did 1; 4 never started (no bucket).
    const completion = moduleCompletion([{ completed: 4, people: 3 }, { completed: 2, people: 2 }, { completed: 1, people: 1 }], 10, 4);
    expect(completion).toEqual({ lessons: 4, completedAll: 3, percent: 30, averageLessons: 1.7 });
    // A lesson removed from the content: more done than exist counts as all.
    expect(moduleCompletion([{ completed: 5, people: 1 }], 1, 4)).toMatchObject({ completedAll: 1, averageLessons: 4 });
    // A module without lessons has nobody "completing" it.
    expect(moduleCompletion([{ completed: 0, people: 5 }], 5, 0)).toEqual({ lessons: 0, completedAll: 0, percent: 0, averageLessons: 0 });
    expect(moduleCompletion([], 0, 4)).toEqual({ lessons: 4, completedAll: 0, percent: null, averageLessons: null });
  });

  it('rates attendance over each cohort’s participants', () => {
    const participants = new Map([['a', 10], ['b', 5]]);
    const result = moduleAttendance(
      [
        { cohortId: 'a', moduleId: 'life-skills', minutes: 180 },
        { cohortId: 'b', moduleId: 'life-skills', minutes: 360 },
        { cohortId: 'a', moduleId: 'orientation', minutes: 60 },
        { cohortId: 'gone', moduleId: 'entrepreneurship', minutes: 60 },
      ],
      participants,
      { 'life-skills': 2_700, orientation: 60 },
    );
    // 180 × 10 + 360 × 5 = 3 600 scheduled; 2 700 attended: 75 %.
    expect(result['life-skills']).toEqual({ minutesScheduled: 3_600, minutesAttended: 2_700, percent: 75 });
    expect(result.entrepreneurship).toEqual({ minutesScheduled: 0, minutesAttended: 0, percent: null });
    expect(Object.keys(result)).toEqual(['life-skills', 'entrepreneurship']);
    // Rounded down, never above 100.
    expect(moduleAttendance([{ cohortId: 'a', moduleId: 'life-skills', minutes: 3 }], new Map([['a', 1]]), { 'life-skills': 2 })['life-skills'].percent).toBe(66.6);
    expect(moduleAttendance([{ cohortId: 'a', moduleId: 'life-skills', minutes: 3 }], new Map([['a', 1]]), { 'life-skills': 9 })['life-skills']).toMatchObject({ minutesAttended: 3, percent: 100 });
  });

  it('averages self-assessments before and after over the people who answered both', () => {
    const rows = [
      { participantId: 'p1', moduleId: 'life-skills', phase: 'before' as const, ratingsJson: '{"a":2,"b":3}' },
      { participantId: 'p1', moduleId: 'life-skills', phase: 'after' as const, ratingsJson: '{"a":4,"b":5}' },
      { participantId: 'p2', moduleId: 'life-skills', phase: 'before' as const, ratingsJson: '{"a":1}' },
      { participantId: 'p2', moduleId: 'life-skills', phase: 'after' as const, ratingsJson: '{"a":3}' },
      // Only before: counted as an answer, not in the averages.
      { participantId: 'p3', moduleId: 'life-skills', phase: 'before' as const, ratingsJson: '{"a":5}' },
      { participantId: 'p1', moduleId: 'orientation', phase: 'before' as const, ratingsJson: '{"a":5}' },
      { participantId: 'p4', moduleId: 'entrepreneurship', phase: 'after' as const, ratingsJson: 'not json' },
    ];
    const result = selfAssessmentSummary(rows);
    // p1: 2.5 → 4.5; p2: 1 → 3; averages 1.75 → 3.75.
    expect(result['life-skills']).toEqual({ answeredBefore: 3, answeredAfter: 2, pairs: 2, averageBefore: 1.75, averageAfter: 3.75 });
    expect(result.entrepreneurship).toEqual({ answeredBefore: 0, answeredAfter: 0, pairs: 0, averageBefore: null, averageAfter: null });
    expect(averageOfRatings('{"a":1,"b":"x","c":4}')).toBe(2.5);
    expect(averageOfRatings('{}')).toBeNull();
    expect(averageOfRatings('[1,2]')).toBeNull();
  });

  it('counts certificates by kind, revoked ones apart', () => {
    expect(certificateCounts([
      { kind: 'participation', revoked: 0, count: 7 },
      { kind: 'completion', revoked: 0, count: 2 },
      { kind: 'participation', revoked: 1, count: 1 },
      { kind: 'completion', revoked: 1, count: 1 },
    ])).toEqual({ participation: 7, completion: 2, issued: 9, revoked: 2 });
  });
});
