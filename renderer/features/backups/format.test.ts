import { describe, expect, it } from 'vitest';
import { formatBackupDate, formatSize } from './format';

describe('backup formats', () => {
  it('gives sizes in kB under a megabyte and in MB above, per language', () => {
    expect(formatSize(350, 'en')).toBe('1 kB');
    expect(formatSize(245_760, 'en')).toBe('246 kB');
    expect(formatSize(3_450_000, 'en')).toBe('3.5 MB');
    expect(formatSize(3_450_000, 'fr').replace(/\s/g, ' ')).toBe('3,5 Mo');
  });

  it('writes the date and the time in words', () => {
    const iso = new Date(2026, 10, 29, 8, 5).toISOString();
    expect(formatBackupDate(iso, 'fr')).toMatch(/29 novembre 2026.*08:05/);
    expect(formatBackupDate(iso, 'en')).toMatch(/November 29, 2026.*8:05/);
  });
});
