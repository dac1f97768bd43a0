import type { CertificateKind } from './payload';

/**
 * The words printed on a certificate, in the certificate's language (chosen
 * per certificate, independent of the app's language). French uses a
 * no-break space before ":" as French typography wants.
 */

export type CertificateLanguage = 'fr' | 'en';

export interface CertificateWording {
  title: Record<CertificateKind, string>;
  /** The line before the name. */
  lead: string;
  /** The line after the name, for one module or several. */
  statement: Record<CertificateKind, { one: string; many: string }>;
  verification: string;
  months: readonly string[];
}

export const CERTIFICATE_WORDING: Record<CertificateLanguage, CertificateWording> = {
  fr: {
    title: { participation: 'Attestation de participation', completion: 'Attestation de fin de formation' },
    lead: 'Nous attestons que',
    statement: {
      participation: { one: 'a participé au module suivant\u00a0:', many: 'a participé aux modules suivants\u00a0:' },
      completion: { one: 'a suivi et achevé le module suivant\u00a0:', many: 'a suivi et achevé les modules suivants\u00a0:' },
    },
    verification: 'Code de vérification',
    months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  },
  en: {
    title: { participation: 'Certificate of Participation', completion: 'Certificate of Completion' },
    lead: 'This is to certify that',
    statement: {
      participation: { one: 'took part in the following module:', many: 'took part in the following modules:' },
      completion: { one: 'has completed the following module:', many: 'has completed the following modules:' },
    },
    verification: 'Verification code',
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  },
};

interface DayMonthYear {
  day: number;
  month: number;
  year: number;
}

function parseIsoDate(iso: string): DayMonthYear | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { day, month, year } : null;
}

// No-break spaces keep "3 mars" and "mars 2026" on one line.
const dayText = (date: DayMonthYear, language: CertificateLanguage) => (language === 'fr' && date.day === 1 ? '1er' : String(date.day));
const monthText = (date: DayMonthYear, language: CertificateLanguage) => CERTIFICATE_WORDING[language].months[date.month - 1] ?? '';
const dayMonth = (date: DayMonthYear, language: CertificateLanguage) => `${dayText(date, language)}\u00a0${monthText(date, language)}`;
const full = (date: DayMonthYear, language: CertificateLanguage) => `${dayMonth(date, language)}\u00a0${date.year}`;

/** '2026-03-01' → '1er mars 2026' / '1 March 2026' (an unreadable date is printed as given). */
export function formatLongDate(iso: string, language: CertificateLanguage): string {
  const date = parseIsoDate(iso);
  return date ? full(date, language) : iso;
}

/**
 * A module's dates, without repeating what both ends share:
 * 'du 3 au 28 mars 2026', 'du 3 mars au 28 avril 2026', 'le 3 mars 2026';
 * '3–28 March 2026', '3 March – 28 April 2026', 'on 3 March 2026'.
 */
export function formatDateRange(fromIso: string, toIso: string, language: CertificateLanguage): string {
  const from = parseIsoDate(fromIso);
  const to = parseIsoDate(toIso);
  if (!from || !to) return [fromIso, toIso].filter(Boolean).join(' – ');
  const sameDay = fromIso === toIso;
  const sameYear = from.year === to.year;
  const sameMonth = sameYear && from.month === to.month;
  if (language === 'fr') {
    if (sameDay) return `le ${full(from, language)}`;
    const start = sameMonth ? dayText(from, language) : sameYear ? dayMonth(from, language) : full(from, language);
    return `du ${start} au ${full(to, language)}`;
  }
  if (sameDay) return `on ${full(from, language)}`;
  if (sameMonth) return `${from.day}–${full(to, language)}`;
  return `${sameYear ? dayMonth(from, language) : full(from, language)} – ${full(to, language)}`;
}

/** '24,5 heures', '1 heure' / '24.5 hours', '1 hour' (to one decimal at most). */
export function formatHours(hours: number, language: CertificateLanguage): string {
  const rounded = Math.round(hours * 10) / 10;
  const number = language === 'fr' ? String(rounded).replace('.', ',') : String(rounded);
  // French keeps the singular below two ("1,5 heure"); English only for exactly one.
  const singular = language === 'fr' ? rounded < 2 : rounded === 1;
  return `${number}\u00a0${language === 'fr' ? (singular ? 'heure' : 'heures') : singular ? 'hour' : 'hours'}`;
}

/** 'Fait à Rabat, le 31 mars 2026' / 'Issued in Rabat on 31 March 2026'. */
export function formatPlaceAndDate(place: string, issuedOn: string, language: CertificateLanguage): string {
  const date = formatLongDate(issuedOn, language);
  const where = place.trim();
  if (language === 'fr') return where ? `Fait à ${where}, le ${date}` : `Fait le ${date}`;
  return where ? `Issued in ${where} on ${date}` : `Issued on ${date}`;
}

/** 'N° FA-2026-000123' / 'No. FA-2026-000123'. */
export function formatCertificateNumberLabel(number: string, language: CertificateLanguage): string {
  return `${language === 'fr' ? 'N°' : 'No.'}\u00a0${number}`;
}
