import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { PLAN_LABELS } from '../../../../shared/business-plan/labels';
import { PLAN_SECTION_IDS, emptyBusinessPlan } from '../../../../shared/business-plan/model';
import { renderBusinessPlanPdf } from './render-plan-pdf';
import { ARABIC_PRODUCT, CONTEXT, LONG_PRODUCT_NAME, NKO_PRODUCT, OIL_UNITS, RICE_UNITS, SUGAR_UNITS, bamakoGroceryPlan, manyProductsPlan, tooLargePlan } from './test-plans';

const FONTS_DIR = join(import.meta.dirname, '..', '..', '..', '..', 'resources', 'fonts');
const A4 = { short: 595.28, long: 841.89 };

interface ReadBack {
  /** Each page's text, lines joined with \n, white space (U+202F, U+00A0…) as plain spaces. */
  pages: string[];
  text: string;
  /** Each page's size in points. */
  sizes: Array<[number, number]>;
  info: Record<string, unknown>;
  raw: string;
}

async function readPdf(pdf: Buffer): Promise<ReadBack> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    const sizes: Array<[number, number]> = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      sizes.push([x1 - x0, y1 - y0]);
      const content = await page.getTextContent();
      const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
      pages.push(text.replace(/[^\S\n]+/g, ' '));
    }
    const { info } = await document.getMetadata();
    return { pages, text: pages.join('\n'), sizes, info: info as Record<string, unknown>, raw: pdf.toString('latin1') };
  } finally {
    await document.destroy();
  }
}

const total = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0);

/**
 * The grocery plan's figures, worked out by hand from its inputs (not by computeFinancials):
 * a 600 000 loan at 12 % a year (1 % a month) over 12 months.
 */
const startupTotal = 4 * 75_000 + 350_000 + 50_000 + 100_000 + (300_000 + 60_000 + 0 + 15_000 + 75_000); // 1 250 000
const yearSales = total(RICE_UNITS) * 550 + total(OIL_UNITS) * 1_250 + total(SUGAR_UNITS) * 700; // 7 600, 2 580, 3 790 units: 10 058 000
const yearGrossMargin = total(RICE_UNITS) * (550 - 475) + total(OIL_UNITS) * (1_250 - 1_050) + total(SUGAR_UNITS) * (700 - 625);
// The annuity: 600 000 × 1 % ÷ (1 − 1.01^−12) = 53 309.28…
const monthlyRepayment = Math.round((600_000 * 0.01) / (1 - 1.01 ** -12));
function yearInterest(): number {
  let balance = 600_000;
  let interest = 0;
  for (let month = 1; month <= 12; month++) {
    const due = Math.round(balance / 100);
    interest += due;
    balance -= month === 12 ? balance : monthlyRepayment - due;
  }
  return interest;
}
const yearProfit = yearGrossMargin - 45_000 * 12 - yearInterest();

describe('renderBusinessPlanPdf', () => {
  let french: ReadBack;
  beforeAll(async () => {
    french = await readPdf(await renderBusinessPlanPdf(bamakoGroceryPlan('fr'), CONTEXT, { fontsDir: FONTS_DIR }));
  });

  it('prints the figures worked out by hand, as French amounts', () => {
    expect([startupTotal, yearSales, yearProfit, monthlyRepayment]).toEqual([1_250_000, 10_058_000, 790_539, 53_309]);
    for (const amount of ['1 250 000 F CFA', '10 058 000 F CFA', '790 539 F CFA', '53 309 F CFA']) expect(french.text).toContain(amount);
    expect(french.text).toContain('12 %'); // the loan's rate, from 1 200 basis points
    expect(french.text).toContain('Montants en F CFA');
    // The 12-month tables: the year's sales and profit as bare figures under "Année".
    expect(french.text).toMatch(/Ventes[^\n]*10 058 000/);
    expect(french.text).toMatch(/Bénéfice[^\n]*790 539/);
  });

  it('prints the cover, the sections in order, the warnings and the signatures, on A4 pages', () => {
    // The project title wraps: lines joined as one text.
    const cover = french.pages[0]!.replace(/\s+/g, ' ');
    for (const text of ['Plan d’affaires', 'Alimentation générale « Chez Aminata » à Bamako', 'Présenté par', 'Aminata Traoré', 'Mali, Bamako', '29 novembre 2026', 'Association Foras', 'Retour et réintégration 2026']) {
      expect(cover).toContain(text);
    }
    const headings = [
      ...PLAN_SECTION_IDS.map((section) => PLAN_LABELS.fr.sections[section]),
      'Besoins de démarrage',
      'Sources de financement',
      'Produits ou services : coût et prix',
      'Charges mensuelles',
      'Prévision des ventes sur 12 mois (unités)',
      'Compte de résultat sur 12 mois',
      'Plan de trésorerie sur 12 mois',
      'Indicateurs',
      'Points à revoir',
      'Ventes et coûts par mois',
      'Trésorerie en fin de mois',
      'Signatures',
    ];
    const lines = french.text.split('\n').map((line) => line.trim());
    const positions = headings.map((heading) => lines.indexOf(heading));
    expect(positions.every((position) => position >= 0), headings.filter((_, i) => positions[i]! < 0).join(', ')).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(french.text).toContain('La trésorerie passe sous zéro (mars 2027)');
    expect(french.text.match(/Date et signature/g)).toHaveLength(3);
    for (const [width, height] of french.sizes) expect([width, height].sort((a, b) => a - b).map((side) => side.toFixed(2))).toEqual([A4.short.toFixed(2), A4.long.toFixed(2)]);
    expect(french.sizes.some(([width, height]) => width > height)).toBe(true);
  });

  it('embeds the Noto fonts, never Helvetica, and sets title, author, creator and language', () => {
    expect(french.raw).toMatch(/\/FontFile2 /);
    expect(french.raw).not.toMatch(/Helvetica/);
    expect(french.raw).not.toMatch(/\/Subtype \/Type1/);
    expect(french.raw).not.toMatch(/\/Subtype \/Image/);
    expect(french.raw).toContain('/Lang (fr)');
    expect(french.info.Title).toBe('Plan d’affaires – Alimentation générale « Chez Aminata » à Bamako');
    expect(french.info.Author).toBe('Aminata Traoré');
    expect(french.info.Creator).toBe('Foras Atelier');
  });

  it('writes an English plan with English headings and en-GB amounts', async () => {
    const english = await readPdf(await renderBusinessPlanPdf(bamakoGroceryPlan('en'), CONTEXT, { fontsDir: FONTS_DIR }));
    for (const heading of ['Project summary', 'Start-up needs', 'Sources of funds', '12-month profit and loss', '12-month cash flow', 'Key figures', 'Sales and costs per month', 'Signatures']) {
      expect(english.text).toContain(heading);
    }
    for (const amount of ['F CFA 1,250,000', 'F CFA 10,058,000', 'F CFA 790,539', 'F CFA 53,309']) expect(english.text).toContain(amount);
    expect(english.text).toContain('29 November 2026');
    expect(english.text).toContain('Mali, Bamako');
    expect(english.text).toContain('Amounts in F CFA');
    expect(english.text).not.toMatch(/Besoins de démarrage|Compte de résultat|Présenté par|novembre/);
    expect(english.raw).toContain('/Lang (en)');
    expect(english.info.Title).toBe('Business plan – Aminata’s grocery shop in Bamako');
  });

  it('renders 20 products with long names in any script, wrapped or cut, in the embedded fonts', async () => {
    const pdf = await renderBusinessPlanPdf(manyProductsPlan(), CONTEXT, { fontsDir: FONTS_DIR });
    const read = await readPdf(pdf);
    expect(read.text).toContain('Pâte d’arachide grillée');
    expect(read.text).toContain('…');
    expect(read.text).not.toContain(LONG_PRODUCT_NAME.slice(0, 150));
    for (const word of [...ARABIC_PRODUCT.split(' '), ...NKO_PRODUCT.split(' ')]) expect(read.text).toContain(word);
    expect(read.text).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(read.text).toContain('Produits ou services : coût et prix (suite)');
    expect(read.text).toContain('GNF');
    for (const name of ['NotoSans-Regular', 'NotoSans-Bold', 'NotoSansArabic-Regular', 'NotoSansNKo-Regular']) expect(read.raw).toMatch(new RegExp(`/FontName /[A-Z]{6}\\+${name}\\b`));
    expect(read.raw).not.toMatch(/Helvetica/);
  });

  it('prints the sentence and no tables when the amounts are too large to count', async () => {
    for (const [language, sentence] of [
      ['fr', 'Certains montants sont trop grands pour être comptés ; vérifiez les chiffres.'],
      ['en', 'Some amounts are too large to be counted; check the figures.'],
    ] as const) {
      const read = await readPdf(await renderBusinessPlanPdf(tooLargePlan(language), CONTEXT, { fontsDir: FONTS_DIR }));
      expect(read.text).toContain(sentence);
      const words = PLAN_LABELS[language].finance;
      for (const heading of [words.startup, words.funding, words.profitAndLoss, words.cashFlow, words.indicators, words.chartCash]) expect(read.text).not.toContain(heading);
      expect(read.text).toContain(PLAN_LABELS[language].sections.summary);
      expect(read.text).toContain(PLAN_LABELS[language].signatures.office);
      expect(read.sizes.every(([width, height]) => width < height)).toBe(true);
    }
  });

  it('makes a PDF of an empty plan with an empty context', async () => {
    const read = await readPdf(await renderBusinessPlanPdf(emptyBusinessPlan('fr', ''), { participantName: '', organisationName: '', programmeName: '', issuedOn: '' }, { fontsDir: FONTS_DIR }));
    expect(read.info.Title).toBe('Plan d’affaires');
    expect(read.info.Author).toBeUndefined();
    expect(read.text).toContain('Signatures');
    expect(read.raw).not.toMatch(/Helvetica/);
  });

  it('fails clearly when the fonts are missing', async () => {
    await expect(renderBusinessPlanPdf(bamakoGroceryPlan(), CONTEXT, { fontsDir: join(FONTS_DIR, 'missing') })).rejects.toThrow(/ENOENT/);
  });
});
