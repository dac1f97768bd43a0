/** A backup's moment as people say it: « 29 novembre 2026 à 08:05 ». */
export function formatBackupDate(iso: string, language: string): string {
  return new Date(iso).toLocaleString(language, { dateStyle: 'long', timeStyle: 'short' });
}

/** Sizes in kB under 1 MB, else in MB with one decimal, in the interface language's number format. */
export function formatSize(bytes: number, language: string): string {
  const megabytes = bytes / 1_000_000;
  if (megabytes < 1) return new Intl.NumberFormat(language, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(Math.max(1, Math.round(bytes / 1000)));
  return new Intl.NumberFormat(language, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(megabytes);
}
