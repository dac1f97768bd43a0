import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PLAN_LABELS } from '../../../../shared/business-plan/labels';
import { PLAN_SECTION_IDS, emptyBusinessPlan, type BusinessPlan } from '../../../../shared/business-plan/model';
import { loadCvFonts } from '../../cv/pdf/fonts';
import { A4_LANDSCAPE, A4_PORTRAIT, type PlanItem, type PlanLayout, type TextItem } from './items';
import { layoutBusinessPlan } from './plan-layout';
import { ARABIC_PRODUCT, CONTEXT, NKO_PRODUCT, bamakoGroceryPlan, manyProductsPlan, tooLargePlan } from './test-plans';
import { Typesetter, typesetterFor } from './typeset';

const FONTS_DIR = join(import.meta.dirname, '..', '..', '..', '..', 'resources', 'fonts');
const EPSILON = 0.01;
/** 161 characters, Latin with accents and Arabic: the longest name the form allows. */
const LONG_PARTICIPANT = `${'Ndèye Fatou Bintou Çissé '.repeat(5)}عائشة بنت محمد ${'Œuvre'.repeat(4)}`.slice(0, 161);

let ts: Typesetter;
beforeAll(async () => {
  ts = typesetterFor(await loadCvFonts(FONTS_DIR));
});

const layout = (plan: BusinessPlan, context = CONTEXT) => layoutBusinessPlan(plan, context, ts);
const textsOf = (items: readonly PlanItem[]): TextItem[] => items.filter((item): item is TextItem => item.kind === 'text');
const allTexts = (result: PlanLayout) => result.pages.flatMap((page) => textsOf(page.items));
const tableOf = (item: PlanItem) => ('table' in item ? item.table : undefined);

/** Every item inside its page's margins; text runs adding up to their line. */
function outsidePrintableArea(result: PlanLayout): string[] {
  const problems: string[] = [];
  result.pages.forEach(({ geometry, items }, index) => {
    const { width, height, margin } = geometry;
    for (const item of items) {
      const where = `page ${index + 1}, ${item.kind} ${item.role}${item.kind === 'text' ? ` "${item.text.slice(0, 40)}"` : ''}`;
      if (item.x < margin.left - EPSILON) problems.push(`${where}: left of the margin`);
      if (item.x + item.width > width - margin.right + EPSILON) problems.push(`${where}: right of the margin`);
      if (item.y < margin.top - EPSILON) problems.push(`${where}: above the margin`);
      if (item.y + item.height > height - margin.bottom + EPSILON) problems.push(`${where}: below the margin`);
      if (item.kind === 'text') {
        const first = item.runs[0];
        const last = item.runs[item.runs.length - 1];
        if (!first || !last || Math.abs(first.x - item.x) > 1e-6 || Math.abs(last.x + last.width - (item.x + item.width)) > 1e-6) problems.push(`${where}: runs do not add up`);
        if (!(item.baseline > item.y && item.baseline < item.y + item.height)) problems.push(`${where}: baseline outside its line`);
      }
    }
  });
  return problems;
}

/** Each table row on a single page, and on every page a table continues on, its header row above its rows. */
function tableProblems(result: PlanLayout): string[] {
  const problems: string[] = [];
  const pagesOfRow = new Map<string, Set<number>>();
  result.pages.forEach((page, index) => {
    const byTable = new Map<string, { headerBottom: number; rowsTop: number }>();
    for (const item of page.items) {
      const tag = tableOf(item);
      if (!tag) continue;
      const key = `${tag.table}#${tag.row}`;
      pagesOfRow.set(key, (pagesOfRow.get(key) ?? new Set()).add(index));
      const seen = byTable.get(tag.table) ?? { headerBottom: -Infinity, rowsTop: Infinity };
      if (tag.row === -1) seen.headerBottom = Math.max(seen.headerBottom, item.y + item.height);
      else seen.rowsTop = Math.min(seen.rowsTop, item.y);
      byTable.set(tag.table, seen);
    }
    for (const [table, { headerBottom, rowsTop }] of byTable) {
      const hasHeader = table !== 'keyFigures';
      if (hasHeader && rowsTop < Infinity && !(headerBottom <= rowsTop + EPSILON)) problems.push(`page ${index + 1}: rows of ${table} without its header above them`);
      if (hasHeader && rowsTop === Infinity) problems.push(`page ${index + 1}: the header of ${table} without any row`);
    }
  });
  for (const [key, pages] of pagesOfRow) if (!key.endsWith('#-1') && pages.size > 1) problems.push(`${key} split over pages ${[...pages].join(', ')}`);
  return problems;
}

function pagesOfTable(result: PlanLayout, table: string): number[] {
  return result.pages.flatMap((page, index) => (page.items.some((item) => tableOf(item)?.table === table) ? [index] : []));
}

describe('layoutBusinessPlan', () => {
  it('lays the plan out on A4 pages, the 12-month tables on landscape ones, everything inside the margins', () => {
    for (const plan of [bamakoGroceryPlan('fr'), bamakoGroceryPlan('en'), manyProductsPlan(), tooLargePlan(), emptyBusinessPlan('fr', '')]) {
      const result = layout(plan, { ...CONTEXT, participantName: LONG_PARTICIPANT });
      expect(outsidePrintableArea(result)).toEqual([]);
      expect(tableProblems(result)).toEqual([]);
      for (const page of result.pages) expect([A4_PORTRAIT, A4_LANDSCAPE]).toContain(page.geometry);
      const landscape = result.pages.flatMap((page, index) => (page.geometry === A4_LANDSCAPE ? [index] : []));
      const monthly = ['salesForecast', 'profitAndLoss', 'cashFlow'].flatMap((table) => pagesOfTable(result, table));
      expect(new Set(monthly)).toEqual(new Set(landscape));
    }
  });

  it('prints the cover, then every section in order, empty ones as a dash', () => {
    const result = layout(bamakoGroceryPlan('fr'));
    const cover = textsOf(result.pages[0]!.items).map((item) => item.text);
    expect(cover).toEqual(
      expect.arrayContaining(['Plan d’affaires', 'Présenté par', 'Aminata Traoré', 'Mali, Bamako', '29 novembre 2026', 'Association Foras', 'Retour et réintégration 2026']),
    );
    const headings = allTexts(result).filter((item) => item.role === 'heading').map((item) => item.text);
    const sections = PLAN_SECTION_IDS.map((section) => PLAN_LABELS.fr.sections[section]);
    expect(headings.slice(0, sections.length)).toEqual(sections);
    expect(headings.slice(sections.length)).toEqual([
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
    ]);
    // Staff, legal form and support are empty in this plan.
    expect(allTexts(result).filter((item) => item.role === 'empty').map((item) => item.text)).toEqual(['—', '—', '—']);
    expect(allTexts(result).filter((item) => item.role === 'fieldLabel').map((item) => item.text)).toContain('Compétences');
    // Page numbers on every page but the cover.
    const footers = result.pages.map((page) => textsOf(page.items).filter((item) => item.role === 'footer').map((item) => item.text));
    expect(footers[0]).toEqual([]);
    expect(footers[1]).toEqual(['Plan d’affaires – Alimentation générale « Chez Aminata » à Bamako', `Page 2 sur ${result.pages.length}`]);
  });

  it('names the months of the 12-month tables after the first month, or numbers them', () => {
    const named = allTexts(layout(bamakoGroceryPlan('fr'))).filter((item) => item.table?.table === 'profitAndLoss' && item.table.row === -1).map((item) => item.text);
    // All abbreviated alike when the longest names ("septembre") do not fit the columns.
    expect(named).toEqual(expect.arrayContaining(['mars', '2027', 'févr.', '2028', 'Année']));
    expect(named.filter((text) => /^\d{4}$/.test(text))).toHaveLength(12);
    const plan = bamakoGroceryPlan('en');
    plan.finance.startMonth = '';
    const numbered = allTexts(layout(plan)).filter((item) => item.table?.table === 'cashFlow' && item.table.row === -1).map((item) => item.text);
    expect(numbered).toEqual(expect.arrayContaining(['Month 1', 'Month 12', 'Year']));
  });

  it('continues long tables on the next page under their header, and cuts long names with an ellipsis', () => {
    const result = layout(manyProductsPlan(), { ...CONTEXT, participantName: LONG_PARTICIPANT });
    expect(pagesOfTable(result, 'products').length).toBeGreaterThan(1);
    expect(pagesOfTable(result, 'salesForecast').length).toBeGreaterThan(1);
    const texts = allTexts(result);
    expect(texts.some((item) => item.text === 'Produits ou services : coût et prix (suite)')).toBe(true);
    const names = texts.filter((item) => item.table?.table === 'products' && item.table.row >= 0 && item.table.column === 0);
    expect(names.some((item) => item.text.endsWith('…'))).toBe(true);
    expect(names.map((item) => item.text)).toEqual(expect.arrayContaining([ARABIC_PRODUCT, NKO_PRODUCT]));
    // The Arabic and N'Ko names are set in their own fonts.
    const faces = new Set(names.flatMap((item) => item.runs.map((run) => run.face)));
    expect(faces).toEqual(new Set(['sans', 'arabic', 'nko']));
    // The long participant name wraps on the cover.
    const cover = textsOf(result.pages[0]!.items).filter((item) => item.role === 'coverValue');
    expect(cover.length).toBeGreaterThan(4);
  });

  it('prints the sentence instead of the figures when they are too large to count', () => {
    const result = layout(tooLargePlan('en'));
    expect(result.hasFigures).toBe(false);
    const texts = allTexts(result);
    expect(texts.filter((item) => item.role === 'notice').map((item) => item.text).join(' ')).toBe('Some amounts are too large to be counted; check the figures.');
    expect(texts.some((item) => item.table)).toBe(false);
    expect(result.pages.some((page) => page.items.some((item) => item.role.startsWith('chart')))).toBe(false);
    expect(texts.map((item) => item.text)).toEqual(expect.arrayContaining(['Signatures', 'The participant', 'The facilitator', 'The home-country office']));
  });
});
