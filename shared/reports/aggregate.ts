import { attendancePercent } from '../certificates/eligibility';
import { RETURN_COUNTRIES } from '../domain/countries';
import { REPORT_MODULES, type ReportModuleId } from './filter';
import type { CertificateCounts, CountryCount, ModuleAttendance, ModuleCompletion, ModuleSelfAssessment, SexCounts } from './types';

/**
 * The report's figures from grouped rows (the SQL groups, these count):
 * pure, so every rule is tested without a database. Rows may come in any
 * order; a missing row counts as zero.
 */

const round = (value: number, decimals: number): number => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};

/** `part` of `whole` in percent, one decimal; null when `whole` is 0. */
export function percentOf(part: number, whole: number): number | null {
  if (!(whole > 0)) return null;
  return round((Math.max(0, part) * 100) / whole, 1);
}

export interface PeopleRow {
  country: string;
  sex: string | null;
  count: number;
}

/** Participants in total, by country of return (largest first; ties in the list's order) and by sex. */
export function peopleBreakdown(rows: readonly PeopleRow[]): { participants: number; byCountry: CountryCount[]; bySex: SexCounts } {
  const countries = new Map<string, number>();
  const bySex: SexCounts = { F: 0, M: 0, notGiven: 0 };
  let participants = 0;
  for (const row of rows) {
    participants += row.count;
    countries.set(row.country, (countries.get(row.country) ?? 0) + row.count);
    if (row.sex === 'F' || row.sex === 'M') bySex[row.sex] += row.count;
    else bySex.notGiven += row.count;
  }
  // Every country of return appears (a zero says something to a funder); other codes only when present.
  const order = [...RETURN_COUNTRIES, ...[...countries.keys()].filter((code) => !(RETURN_COUNTRIES as readonly string[]).includes(code)).sort()];
  const byCountry = order
    .map((country) => ({ country, participants: countries.get(country) ?? 0 }))
    .sort((a, b) => b.participants - a.participants || order.indexOf(a.country) - order.indexOf(b.country));
  return { participants, byCountry, bySex };
}

/** How many participants completed `completed` lessons of one module. */
export interface CompletionBucket {
  completed: number;
  people: number;
}

/**
 * Completion of one module: participants who completed all its lessons (of
 * `participants`, everyone counted in the report: someone who never opened
 * the module counts as 0 lessons), and lessons completed on average.
 */
export function moduleCompletion(buckets: readonly CompletionBucket[], participants: number, lessons: number): ModuleCompletion {
  let completedAll = 0;
  let lessonsCompleted = 0;
  for (const bucket of buckets) {
    const completed = Math.min(Math.max(0, bucket.completed), lessons);
    lessonsCompleted += completed * bucket.people;
    if (lessons > 0 && completed >= lessons) completedAll += bucket.people;
  }
  return {
    lessons,
    completedAll,
    percent: percentOf(completedAll, participants),
    averageLessons: participants > 0 ? round(lessonsCompleted / participants, 2) : null,
  };
}

/** Scheduled minutes of one module in one cohort (its sessions' lengths added up). */
export interface ScheduledRow {
  cohortId: string;
  moduleId: string;
  minutes: number;
}

/**
 * Attendance per module over the cohorts' participants: every participant
 * of a cohort is expected at each of its sessions, so the scheduled minutes
 * are the sessions' minutes times the cohort's participants.
 */
export function moduleAttendance(
  scheduled: readonly ScheduledRow[],
  participantsByCohort: ReadonlyMap<string, number>,
  attendedByModule: Readonly<Partial<Record<string, number>>>,
): Record<ReportModuleId, ModuleAttendance> {
  const result = Object.fromEntries(REPORT_MODULES.map((id) => [id, { minutesScheduled: 0, minutesAttended: 0, percent: null }])) as Record<ReportModuleId, ModuleAttendance>;
  for (const row of scheduled) {
    const target = result[row.moduleId as ReportModuleId];
    if (target) target.minutesScheduled += Math.max(0, row.minutes) * (participantsByCohort.get(row.cohortId) ?? 0);
  }
  for (const id of REPORT_MODULES) {
    const target = result[id];
    target.minutesAttended = Math.min(Math.max(0, attendedByModule[id] ?? 0), target.minutesScheduled);
    target.percent = target.minutesScheduled > 0 ? attendancePercent(target.minutesAttended, target.minutesScheduled) : null;
  }
  return result;
}

/** The average of one self-assessment's ratings (1–5), or null when it holds none (or is not JSON). */
export function averageOfRatings(json: string): number | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return null;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
  const values = Object.values(parsed).filter((value): value is number => typeof value === 'number' && Number.isFinite(value));
  if (values.length === 0) return null;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

export interface SelfAssessmentRow {
  participantId: string;
  moduleId: string;
  phase: 'before' | 'after';
  ratingsJson: string;
}

/**
 * Before and after per module. A person's answer is the average of their
 * ratings; the module's averages are taken over the people who answered
 * both, so a change is not an artefact of who answered.
 */
export function selfAssessmentSummary(rows: readonly SelfAssessmentRow[]): Record<ReportModuleId, ModuleSelfAssessment> {
  const modules = new Map<string, Map<string, { before: number | null; after: number | null }>>();
  for (const row of rows) {
    if (!(REPORT_MODULES as readonly string[]).includes(row.moduleId)) continue;
    let byPerson = modules.get(row.moduleId);
    if (!byPerson) modules.set(row.moduleId, (byPerson = new Map()));
    let entry = byPerson.get(row.participantId);
    if (!entry) byPerson.set(row.participantId, (entry = { before: null, after: null }));
    entry[row.phase] = averageOfRatings(row.ratingsJson);
  }
  return Object.fromEntries(
    REPORT_MODULES.map((id) => {
      let answeredBefore = 0;
      let answeredAfter = 0;
      let pairs = 0;
      let beforeSum = 0;
      let afterSum = 0;
      for (const { before, after } of modules.get(id)?.values() ?? []) {
        if (before !== null) answeredBefore++;
        if (after !== null) answeredAfter++;
        if (before !== null && after !== null) {
          pairs++;
          beforeSum += before;
          afterSum += after;
        }
      }
      const summary: ModuleSelfAssessment = {
        answeredBefore,
        answeredAfter,
        pairs,
        averageBefore: pairs > 0 ? round(beforeSum / pairs, 2) : null,
        averageAfter: pairs > 0 ? round(afterSum / pairs, 2) : null,
      };
      return [id, summary];
    }),
  ) as Record<ReportModuleId, ModuleSelfAssessment>;
}

export interface CertificateRow {
  kind: string;
  revoked: boolean | number;
  count: number;
}

export function certificateCounts(rows: readonly CertificateRow[]): CertificateCounts {
  const counts: CertificateCounts = { participation: 0, completion: 0, issued: 0, revoked: 0 };
  for (const row of rows) {
    if (row.revoked) counts.revoked += row.count;
    else if (row.kind === 'participation' || row.kind === 'completion') counts[row.kind] += row.count;
  }
  counts.issued = counts.participation + counts.completion;
  return counts;
}

/** Minutes as hours with one decimal, for a table (not a certificate: see minutesToHours). */
export function hoursOf(minutes: number): number {
  return Math.round(Math.max(0, minutes) / 6) / 10;
}
