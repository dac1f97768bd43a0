import { describe, expect, it } from 'vitest';
import { formatMoney as sharedFormatMoney } from '../../../../shared/business-plan/labels';
import { PDF_LABELS, currencySign, formatIssuedOn, formatMoney, formatPercent, formatRate, monthHeadings } from './pdf-labels';

const plain = (text: string) => text.replace(/\s/g, ' ');

describe('PDF words and formats', () => {
  it('prints the date of issue in the plan’s language', () => {
    expect(formatIssuedOn('2026-11-29', 'fr')).toBe('29 novembre 2026');
    expect(formatIssuedOn('2026-11-29', 'en')).toBe('29 November 2026');
    expect(formatIssuedOn('2027-03-01', 'fr')).toBe('1er mars 2027');
    expect(formatIssuedOn('2027-03-01', 'en')).toBe('1 March 2027');
    expect(formatIssuedOn('', 'fr')).toBe('');
    expect(formatIssuedOn('2027-13-01', 'en')).toBe('2027-13-01');
  });

  it('formats rates from basis points, percentages and the currency sign', () => {
    expect(plain(formatRate(1250, 'fr'))).toBe('12,5 %');
    expect(formatRate(1250, 'en')).toBe('12.5%');
    expect(formatRate(0, 'en')).toBe('0%');
    expect(plain(formatRate(1234, 'fr'))).toBe('12,34 %');
    expect(plain(formatPercent(13.6, 'fr'))).toBe('13,6 %');
    expect(plain(currencySign('XOF', 'fr'))).toBe('F CFA');
    expect(currencySign('GNF', 'fr')).toBe('GNF');
    expect(currencySign('EUR', 'en')).toBe('€');
  });

  it('remembers amounts exactly as the shared formatMoney writes them', () => {
    for (const amount of [0, 53_309, -44_559, 999_999_999_999]) {
      expect(formatMoney(amount, 'XOF', 'fr')).toBe(sharedFormatMoney(amount, 'XOF', 'fr'));
      expect(formatMoney(amount, 'XOF', 'fr')).toBe(sharedFormatMoney(amount, 'XOF', 'fr'));
      expect(formatMoney(amount, 'GNF', 'en')).toBe(sharedFormatMoney(amount, 'GNF', 'en'));
    }
  });

  it('names all 12 months alike, as long as the columns allow', () => {
    const headings = monthHeadings('2027-11', 'fr');
    expect(headings(() => true).slice(0, 3)).toEqual(['novembre 2027', 'décembre 2027', 'janvier 2028']);
    const short = headings((text) => text.split(' ').every((word) => word.length <= 5));
    expect(short.slice(0, 3)).toEqual(['nov. 2027', 'déc. 2027', 'janv. 2028']);
    expect(headings(() => false)[11]).toBe('M12');
    expect(monthHeadings('', 'en')(() => true)[0]).toBe('Month 1');
    expect(monthHeadings('', 'en')(() => false)[0]).toBe('M1');
  });

  it('has the too-large sentence in both languages', () => {
    expect(PDF_LABELS.fr.tooLarge).toBe('Certains montants sont trop grands pour être comptés ; vérifiez les chiffres.');
    expect(PDF_LABELS.en.tooLarge).toBe('Some amounts are too large to be counted; check the figures.');
  });
});
