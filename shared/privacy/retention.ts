/**
 * Retention: participants are listed for erasure N months after their cohort
 * ends (never when N is 0 or unset). Listing is all this decides: nothing is
 * erased until the coordinator confirms.
 */

export const RETENTION_MONTHS_MAX = 120;

/** The setting as kept: a positive number of months, or null for "never" (0 and empty mean never too). */
export function normaliseRetention(months: number | null | undefined): number | null {
  return typeof months === 'number' && Number.isInteger(months) && months > 0 ? Math.min(months, RETENTION_MONTHS_MAX) : null;
}

/**
 * The day a cohort's participants become due: its last day plus `months`
 * calendar months, on the same day of the month or the month's last day
 * when it has fewer days (31 January + 1 month → 28 or 29 February).
 */
export function retentionDueOn(cohortEnd: string, months: number): string {
  const [year, month, day] = cohortEnd.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const dueYear = Math.floor(index / 12);
  const dueMonth = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(dueYear, dueMonth, 0)).getUTCDate();
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(dueYear, 4)}-${pad(dueMonth)}-${pad(Math.min(day, lastDay))}`;
}

/** Whether a cohort ending on `cohortEnd` is due on `today` (both YYYY-MM-DD); never when retention is off. */
export function isRetentionDue(today: string, cohortEnd: string, months: number | null): boolean {
  return months !== null && months > 0 && retentionDueOn(cohortEnd, months) <= today;
}
