import { describe, expect, it } from 'vitest';
import { CERTIFICATE_WORDING, formatCertificateNumberLabel, formatDateRange, formatHours, formatLongDate, formatPlaceAndDate } from './wording';

const plain = (text: string) => text.replaceAll('\u00a0', ' ');

describe('certificate wording', () => {
  it('names both kinds differently in both languages', () => {
    for (const language of ['fr', 'en'] as const) {
      const { title, statement } = CERTIFICATE_WORDING[language];
      expect(title.participation).not.toBe(title.completion);
      expect(statement.participation.many).not.toBe(statement.completion.many);
    }
    expect(CERTIFICATE_WORDING.fr.title.participation).toBe('Attestation de participation');
    expect(CERTIFICATE_WORDING.en.title.completion).toBe('Certificate of Completion');
  });

  it('writes dates the way each language does', () => {
    expect(plain(formatLongDate('2026-03-01', 'fr'))).toBe('1er mars 2026');
    expect(plain(formatLongDate('2026-08-15', 'fr'))).toBe('15 août 2026');
    expect(plain(formatLongDate('2026-03-01', 'en'))).toBe('1 March 2026');
    expect(formatLongDate('someday', 'en')).toBe('someday');
  });

  it('writes date ranges without repeating what both ends share', () => {
    expect(plain(formatDateRange('2026-03-03', '2026-03-28', 'fr'))).toBe('du 3 au 28 mars 2026');
    expect(plain(formatDateRange('2026-03-03', '2026-04-28', 'fr'))).toBe('du 3 mars au 28 avril 2026');
    expect(plain(formatDateRange('2025-12-15', '2026-01-20', 'fr'))).toBe('du 15 décembre 2025 au 20 janvier 2026');
    expect(plain(formatDateRange('2026-03-03', '2026-03-03', 'fr'))).toBe('le 3 mars 2026');
    expect(plain(formatDateRange('2026-03-03', '2026-03-28', 'en'))).toBe('3–28 March 2026');
    expect(plain(formatDateRange('2026-03-03', '2026-04-28', 'en'))).toBe('3 March – 28 April 2026');
    expect(plain(formatDateRange('2025-12-15', '2026-01-20', 'en'))).toBe('15 December 2025 – 20 January 2026');
    expect(plain(formatDateRange('2026-03-03', '2026-03-03', 'en'))).toBe('on 3 March 2026');
  });

  it('writes hours with the language’s decimal mark and plural', () => {
    expect(plain(formatHours(24.5, 'fr'))).toBe('24,5 heures');
    expect(plain(formatHours(1.5, 'fr'))).toBe('1,5 heure');
    expect(plain(formatHours(24.5, 'en'))).toBe('24.5 hours');
    expect(plain(formatHours(1, 'en'))).toBe('1 hour');
    expect(plain(formatHours(12, 'en'))).toBe('12 hours');
  });

  it('writes place, date and number', () => {
    expect(plain(formatPlaceAndDate('Rabat', '2026-03-31', 'fr'))).toBe('Fait à Rabat, le 31 mars 2026');
    expect(plain(formatPlaceAndDate('', '2026-03-31', 'fr'))).toBe('Fait le 31 mars 2026');
    expect(plain(formatPlaceAndDate('Rabat', '2026-03-31', 'en'))).toBe('Issued in Rabat on 31 March 2026');
    expect(plain(formatCertificateNumberLabel('FA-2026-000123', 'fr'))).toBe('N° FA-2026-000123');
    expect(plain(formatCertificateNumberLabel('FA-2026-000123', 'en'))).toBe('No. FA-2026-000123');
  });
});
