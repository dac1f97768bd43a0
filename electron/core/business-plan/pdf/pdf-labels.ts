import { PLAN_LABELS, fillLabel, formatMoney as formatMoneyUncached, formatNumber as formatNumberUncached, monthName } from '../../../../shared/business-plan/labels';
import type { PlanCurrency } from '../../../../shared/business-plan/model';
import type { Language } from '../../../../shared/domain/roles';

/** Words printed only in the PDF (everything else comes from PLAN_LABELS). */
export interface PdfLabels {
  tooLarge: string;
  /** Caption of the 12-month tables, whose cells carry no currency sign. */
  amountsIn: string;
  continued: string;
  yearSales: string;
  yearProfit: string;
  costsMeaning: string;
  page: string;
}

export const PDF_LABELS: Record<Language, PdfLabels> = {
  fr: {
    tooLarge: 'Certains montants sont trop grands pour être comptés ; vérifiez les chiffres.',
    amountsIn: 'Montants en {currency}',
    continued: '{title} (suite)',
    yearSales: 'Ventes de la première année',
    yearProfit: 'Bénéfice de la première année',
    costsMeaning: 'Coûts : coût des ventes, charges mensuelles et intérêts.',
    page: 'Page {page} sur {pages}',
  },
  en: {
    tooLarge: 'Some amounts are too large to be counted; check the figures.',
    amountsIn: 'Amounts in {currency}',
    continued: '{title} (continued)',
    yearSales: 'Sales in the first year',
    yearProfit: 'Profit in the first year',
    costsMeaning: 'Costs: cost of sales, operating costs and interest.',
    page: 'Page {page} of {pages}',
  },
};

const locale = (language: Language) => (language === 'fr' ? 'fr-FR' : 'en-GB');

const MAX_CACHED = 10_000;
const formatted = new Map<string, string>();

/**
 * formatMoney and formatNumber build an Intl formatter on every call, the
 * slowest part of laying out a plan (hundreds of figures): their answers
 * are remembered here.
 */
function remembered(key: string, format: () => string): string {
  let text = formatted.get(key);
  if (text === undefined) {
    text = format();
    if (formatted.size >= MAX_CACHED) formatted.clear();
    formatted.set(key, text);
  }
  return text;
}

export function formatMoney(amount: number, currency: PlanCurrency, language: Language): string {
  return remembered(`m|${currency}|${language}|${amount}`, () => formatMoneyUncached(amount, currency, language));
}

export function formatNumber(value: number, language: Language): string {
  return remembered(`n|${language}|${value}`, () => formatNumberUncached(value, language));
}

const monthFormats = new Map<Language, Intl.DateTimeFormat>();

/** The sign formatMoney prints for the currency ("F CFA", "GNF", "€"). */
export function currencySign(currency: PlanCurrency, language: Language): string {
  const parts = new Intl.NumberFormat(locale(language), { style: 'currency', currency, maximumFractionDigits: 0 }).formatToParts(0);
  return parts.find((part) => part.type === 'currency')?.value ?? currency;
}

/** A yearly rate in basis points as a percentage: 1250 → "12,5 %" / "12.5%". */
export function formatRate(basisPoints: number, language: Language): string {
  return new Intl.NumberFormat(locale(language), { style: 'percent', maximumFractionDigits: 2 }).format(basisPoints / 10_000);
}

/** A percentage with one decimal: 12.5 → "12,5 %" / "12.5%". */
export function formatPercent(percent: number, language: Language): string {
  return new Intl.NumberFormat(locale(language), { style: 'percent', maximumFractionDigits: 1 }).format(percent / 100);
}

/** "2026-11-29" → "29 novembre 2026" / "29 November 2026" ("1er" in French); anything else as given. */
export function formatIssuedOn(isoDate: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const month = match ? PLAN_LABELS[language].months[Number(match[2]) - 1] : undefined;
  if (!match || !month) return isoDate;
  const day = Number(match[3]);
  return `${language === 'fr' && day === 1 ? '1er' : day} ${month} ${match[1]}`;
}

/**
 * The headings of the 12 months, given what fits a column: all in the longest
 * form that fits every column: the full name ("novembre 2026"), the usual abbreviation
 * ("nov. 2026"), then labels.monthShort ("M3").
 */
export function monthHeadings(startMonth: string, language: Language): (fits: (heading: string) => boolean) => string[] {
  const indexes = Array.from({ length: 12 }, (_, index) => index);
  const full = indexes.map((index) => monthName(startMonth, index, language));
  const short = startMonth ? indexes.map((index) => `${shortMonth(startMonth, index, language)} ${yearOf(startMonth, index)}`) : null;
  const numbered = indexes.map((index) => fillLabel(PLAN_LABELS[language].monthShort, { n: index + 1 }));
  return (fits) => (full.every(fits) ? full : short?.every(fits) ? short : numbered);
}

/** The abbreviated month name ("nov.", "Nov"), or null when the plan has no first month. */
export function shortMonth(startMonth: string, index: number, language: Language): string | null {
  if (!startMonth) return null;
  const [year, month] = startMonth.split('-').map(Number) as [number, number];
  // Mid-month, at noon UTC: no time zone moves it to another month.
  let format = monthFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(locale(language), { month: 'short', timeZone: 'UTC' });
    monthFormats.set(language, format);
  }
  return format.format(new Date(Date.UTC(year, month - 1 + index, 15, 12)));
}

/** The year of month `index`, or null when the plan has no first month. */
export function yearOf(startMonth: string, index: number): number | null {
  if (!startMonth) return null;
  const [year, month] = startMonth.split('-').map(Number) as [number, number];
  return year + Math.floor((month - 1 + index) / 12);
}
