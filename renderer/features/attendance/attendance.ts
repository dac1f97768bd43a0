import type { AttendanceMarkDto } from '../../../shared/api/dto';
import { MODULE_IDS, type ModuleId } from '../../../shared/content/schema';

/** Pure helpers of the sessions and attendance screens (no React, no API). */

export type MarkStatus = AttendanceMarkDto['status'];
export const MARK_STATUSES: readonly MarkStatus[] = ['present', 'late', 'absent'];

export interface AttendanceSummary {
  present: number;
  late: number;
  absent: number;
  unmarked: number;
}

/** How many of `participantIds` are present, late, absent or not marked yet (marks of anyone else are ignored). */
export function summarise(participantIds: readonly string[], marks: Readonly<Record<string, Pick<AttendanceMarkDto, 'status'> | undefined>>): AttendanceSummary {
  const summary: AttendanceSummary = { present: 0, late: 0, absent: 0, unmarked: 0 };
  for (const id of new Set(participantIds)) {
    const status = marks[id]?.status;
    if (status) summary[status] += 1;
    else summary.unmarked += 1;
  }
  return summary;
}

/** Tapping the state a person already has clears it; tapping another state sets that one. */
export function toggledStatus(current: MarkStatus | null, tapped: MarkStatus): MarkStatus | null {
  return current === tapped ? null : tapped;
}

/** Whole minutes as hours and minutes (negative or not finite → 0). */
export function splitMinutes(total: number): { hours: number; minutes: number } {
  const whole = Number.isFinite(total) ? Math.max(0, Math.round(total)) : 0;
  return { hours: Math.floor(whole / 60), minutes: whole % 60 };
}

/** A calendar day 'YYYY-MM-DD' in the laptop's own time zone. */
export function localIsoDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A session's day written out ("mardi 12 mai 2026"); noon avoids any time-zone shift of the day. */
export function longDate(isoDate: string, language: string): string {
  const date = new Date(`${isoDate}T12:00:00`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return date.toLocaleDateString(language, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}

/** The modules that have scheduled time, in the catalogue's order. */
export function modulesWithTime(minutesScheduled: Readonly<Record<ModuleId, number>>): ModuleId[] {
  return MODULE_IDS.filter((id) => (minutesScheduled[id] ?? 0) > 0);
}

/** Turns a minutes field's text into what the API takes: empty → null (not noted), else a whole number of minutes, or undefined when unusable. */
export function parseMinutes(value: string | number): number | null | undefined {
  if (value === '') return null;
  const number = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(number) || number < 0 || number > 24 * 60) return undefined;
  return number;
}
