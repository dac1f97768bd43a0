import type { TFunction } from 'i18next';
import { attendancePercent } from '../../../shared/certificates/eligibility';
import type { ModuleId } from '../../../shared/content/schema';
import { splitMinutes } from './attendance';

/** Minutes as "3 h" or "3 h 05", in the interface language. */
export function formatDuration(t: TFunction, minutes: number): string {
  const split = splitMinutes(minutes);
  return split.minutes === 0
    ? t('attendance.hours', { hours: split.hours })
    : t('attendance.hoursMinutes', { hours: split.hours, minutes: String(split.minutes).padStart(2, '0') });
}

/** The attended share, rounded down to a tenth, as "87,5 %" or "87.5 %". */
export function formatPercent(t: TFunction, language: string, attended: number, scheduled: number): string {
  return t('sessions.percent', { percent: new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(attendancePercent(attended, scheduled)) });
}

/** One colour per module for its badge; the module's name is always written on it. */
export const MODULE_COLOUR: Record<ModuleId, string> = { 'life-skills': 'grape', entrepreneurship: 'indigo', orientation: 'blue' };

/** "mardi 12 mai 2026" → "Mardi 12 mai 2026" for a heading. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
