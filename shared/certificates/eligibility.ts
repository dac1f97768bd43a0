import { MODULE_IDS, type ModuleId } from '../content/schema';

/**
 * Who has earned a certificate: hours attended per module, from the
 * workshop sessions and the attendance marks, and a module's rule
 * (a share of the scheduled hours, and perhaps every lesson done).
 *
 * Everything is counted in whole minutes, so sums and comparisons are exact.
 */

export interface WorkshopSession {
  id: string;
  cohortId: string;
  moduleId: ModuleId;
  /** 'YYYY-MM-DD' */
  date: string;
  /** 'HH:MM', 24-hour clock, local time. */
  start: string;
  /** 'HH:MM'; a session ending at or before its start has no scheduled time (sessions never run past midnight). */
  end: string;
}

export type AttendanceStatus = 'present' | 'absent' | 'late';

export interface AttendanceMark {
  sessionId: string;
  participantId: string;
  status: AttendanceStatus;
  /**
   * For 'late': the minutes missed (arrived late or left early). When the
   * facilitator did not note them, the session counts in full: a late mark
   * alone should not cost anyone a certificate, and when it matters the
   * minutes can be entered. Null or absent: not noted.
   */
  minutesMissed?: number | null;
}

/** Minutes per module (every module present, 0 when none). */
export type MinutesByModule = Record<ModuleId, number>;

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

function minuteOfDay(time: string): number | null {
  const match = TIME.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** A session's scheduled length in minutes (0 when its times are missing, malformed or out of order). */
export function sessionMinutes(session: Pick<WorkshopSession, 'start' | 'end'>): number {
  const start = minuteOfDay(session.start);
  const end = minuteOfDay(session.end);
  if (start === null || end === null || end <= start) return 0;
  return end - start;
}

/** The minutes of `session` a mark counts for (see AttendanceMark.minutesMissed). */
export function minutesCounted(session: Pick<WorkshopSession, 'start' | 'end'>, mark: Pick<AttendanceMark, 'status' | 'minutesMissed'>): number {
  const length = sessionMinutes(session);
  switch (mark.status) {
    case 'present':
      return length;
    case 'absent':
      return 0;
    case 'late': {
      const missed = mark.minutesMissed;
      if (missed === undefined || missed === null || !Number.isFinite(missed)) return length;
      return Math.min(length, Math.max(0, length - Math.round(missed)));
    }
  }
}

function zeroByModule(): MinutesByModule {
  return Object.fromEntries(MODULE_IDS.map((id) => [id, 0])) as MinutesByModule;
}

/** Sessions once each (the first of any repeated id), so a session listed twice is not counted twice. */
function uniqueSessions(sessions: readonly WorkshopSession[]): WorkshopSession[] {
  const seen = new Set<string>();
  return sessions.filter((session) => (seen.has(session.id) ? false : (seen.add(session.id), true)));
}

/** Scheduled minutes per module: the sum of the sessions' lengths. */
export function moduleHours(sessions: readonly WorkshopSession[]): MinutesByModule {
  const minutes = zeroByModule();
  for (const session of uniqueSessions(sessions)) minutes[session.moduleId] += sessionMinutes(session);
  return minutes;
}

/**
 * Minutes one participant attended per module. A session without a mark
 * counts as absent; when a session was marked more than once, the last
 * mark wins (a correction is a new mark). Marks for other sessions are ignored.
 */
export function hoursAttended(sessions: readonly WorkshopSession[], marks: readonly AttendanceMark[], participantId: string): MinutesByModule {
  const latest = new Map<string, AttendanceMark>();
  for (const mark of marks) if (mark.participantId === participantId) latest.set(mark.sessionId, mark);
  const minutes = zeroByModule();
  for (const session of uniqueSessions(sessions)) {
    const mark = latest.get(session.id);
    if (mark) minutes[session.moduleId] += minutesCounted(session, mark);
  }
  return minutes;
}

/** Minutes as hours for a certificate, rounded down to the half hour so a certificate never claims more (1,470 → 24.5; 1,499 → 24.5). */
export function minutesToHours(minutes: number): number {
  return Math.floor(nonNegative(minutes) / 30) / 2;
}

// ——— Eligibility ———

export interface EligibilityRule {
  /** Share of the module's scheduled minutes to attend, 0–100 (values outside are clamped). */
  minAttendancePercent: number;
  /** Whether every lesson of the module must be completed in the app. */
  requireAllLessons: boolean;
}

export interface ModuleProgress {
  minutesAttended: number;
  minutesScheduled: number;
  lessonsCompleted: number;
  lessonsInModule: number;
}

export type IneligibilityReason =
  /** Attended `percent`% (rounded down to a tenth, never above 100) where `required`% is needed. */
  | { kind: 'attendance'; percent: number; required: number }
  | { kind: 'lessons'; missing: number }
  /** The module has no scheduled time yet: there are no hours to certify. */
  | { kind: 'noSessions' };

export interface Eligibility {
  eligible: boolean;
  /** Why not, one entry per unmet condition; empty when eligible. */
  reasons: IneligibilityReason[];
}

const nonNegative = (value: number) => (Number.isFinite(value) ? Math.max(0, value) : 0);

/** The attended share in percent, rounded down to a tenth (never shows 80 for 79.96), between 0 and 100. */
export function attendancePercent(minutesAttended: number, minutesScheduled: number): number {
  const scheduled = nonNegative(minutesScheduled);
  if (scheduled === 0) return 0;
  const attended = Math.min(nonNegative(minutesAttended), scheduled);
  return Math.floor((attended * 1000) / scheduled) / 10;
}

export function evaluateEligibility(rule: EligibilityRule, progress: ModuleProgress): Eligibility {
  const reasons: IneligibilityReason[] = [];
  const required = Math.min(100, nonNegative(rule.minAttendancePercent));
  const scheduled = nonNegative(progress.minutesScheduled);
  const attended = Math.min(nonNegative(progress.minutesAttended), scheduled);
  if (scheduled === 0) {
    reasons.push({ kind: 'noSessions' });
  } else if (attended * 100 < required * scheduled) {
    // Compared exactly (no rounding), reported rounded down.
    reasons.push({ kind: 'attendance', percent: attendancePercent(attended, scheduled), required });
  }
  if (rule.requireAllLessons) {
    const missing = Math.max(0, Math.ceil(nonNegative(progress.lessonsInModule)) - Math.floor(nonNegative(progress.lessonsCompleted)));
    if (missing > 0) reasons.push({ kind: 'lessons', missing });
  }
  return { eligible: reasons.length === 0, reasons };
}

export interface ParticipantEligibility extends Eligibility {
  moduleId: ModuleId;
  minutesAttended: number;
  minutesScheduled: number;
}

/**
 * One participant's eligibility for each module that has a rule, from the
 * cohort's sessions and marks and the lessons done per module.
 */
export function eligibilityByModule(
  sessions: readonly WorkshopSession[],
  marks: readonly AttendanceMark[],
  participantId: string,
  rules: Partial<Record<ModuleId, EligibilityRule>>,
  lessons: Partial<Record<ModuleId, { completed: number; total: number }>>,
): ParticipantEligibility[] {
  const scheduled = moduleHours(sessions);
  const attended = hoursAttended(sessions, marks, participantId);
  return MODULE_IDS.flatMap((moduleId) => {
    const rule = rules[moduleId];
    if (!rule) return [];
    const progress: ModuleProgress = {
      minutesAttended: attended[moduleId],
      minutesScheduled: scheduled[moduleId],
      lessonsCompleted: lessons[moduleId]?.completed ?? 0,
      lessonsInModule: lessons[moduleId]?.total ?? 0,
    };
    return [{ moduleId, minutesAttended: progress.minutesAttended, minutesScheduled: progress.minutesScheduled, ...evaluateEligibility(rule, progress) }];
  });
}
