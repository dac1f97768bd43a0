import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportDto } from '../../../../shared/reports/types';
import type { PlanLayout, TextItem } from '../../business-plan/pdf/items';
import { typesetterFor, type Typesetter } from '../../business-plan/pdf/typeset';
import { loadCvFonts } from '../../cv/pdf/fonts';
import { layoutReport, type ReportPdfContext } from './layout';
import { renderReportPdf } from './render';

const FONTS_DIR = join(import.meta.dirname, '..', '..', '..', '..', 'resources', 'fonts');
const EPSILON = 0.01;
const CONTEXT: ReportPdfContext = { language: 'fr', organisation: 'Association Foras', programme: 'Programme de réintégration', madeOn: '2026-12-31' };

let ts: Typesetter;
beforeAll(async () => {
  ts = typesetterFor(await loadCvFonts(FONTS_DIR));
});

/** A year of a big centre: 300 cohorts (long names, one in Arabic), every country, both modules measured. */
function bigReport(): ReportDto {
  const cohorts = Array.from({ length: 300 }, (_, i) => ({
    cohortId: `c${i}`,
    name: i === 7 ? 'مجموعة الربيع في الرباط' : i === 8 ? `Cohorte ${'très longue '.repeat(12)}` : `Cohorte ${i + 1}`,
    place: i % 2 ? 'Rabat' : 'Oujda',
    startDate: '2026-01-05',
    endDate: '2026-03-20',
    participants: 33,
    isSample: false,
  }));
  const module = (moduleId: 'life-skills' | 'entrepreneurship', title: string) => ({
    moduleId,
    title: { fr: title, en: title },
    completion: { lessons: 6, completedAll: 4_321, percent: 43.6, averageLessons: 4.12 },
    attendance: { minutesScheduled: 17_820_000, minutesAttended: 15_000_000, percent: 84.1 },
    selfAssessment: { answeredBefore: 9_000, answeredAfter: 8_000, pairs: 7_500, averageBefore: 2.41, averageAfter: 3.87 },
  });
  return {
    filter: { from: '2026-01-01', to: '2026-12-31', cohortId: null },
    cohortName: null,
    participants: 9_900,
    includesSample: true,
    byCountry: ['SN', 'CI', 'ML', 'GN', 'CM', 'BF', 'TG', 'CD'].map((country, i) => ({ country, participants: 2_000 - i * 200 })),
    bySex: { F: 4_000, M: 5_000, notGiven: 900 },
    cohorts,
    modules: [module('life-skills', 'Life skills – soft skills'), module('entrepreneurship', 'Entrepreneuriat et commercialisation')],
    certificates: { participation: 7_000, completion: 1_200, issued: 8_200, revoked: 12 },
  };
}

function outsidePrintableArea(result: PlanLayout): string[] {
  const problems: string[] = [];
  result.pages.forEach(({ geometry, items }, index) => {
    const { width, height, margin } = geometry;
    for (const item of items) {
      const where = `page ${index + 1}, ${item.kind} ${item.role}${item.kind === 'text' ? ` "${item.text.slice(0, 40)}"` : ''}`;
      if (item.x < margin.left - EPSILON || item.x + item.width > width - margin.right + EPSILON) problems.push(`${where}: outside the side margins`);
      if (item.y < margin.top - EPSILON || item.y + item.height > height - margin.bottom + EPSILON) problems.push(`${where}: outside the top or bottom margin`);
    }
  });
  return problems;
}

const texts = (result: PlanLayout, page?: number): string[] =>
  (page === undefined ? result.pages : [result.pages[page]!]).flatMap((one) => one.items.filter((item): item is TextItem => item.kind === 'text').map((item) => item.text));

describe('the report summary layout', () => {
  it('keeps everything inside the margins of A4 pages, the long cohort table continuing with its header', () => {
    const result = layoutReport(bigReport(), CONTEXT, ts);
    expect(outsidePrintableArea(result)).toEqual([]);
    expect(result.pages.every((page) => page.geometry.width === 595.28 && page.geometry.height === 841.89)).toBe(true);
    expect(result.pages.length).toBeGreaterThan(5);
    const last = texts(result, result.pages.length - 1);
    expect(last).toContain('Cohortes (suite)');
    expect(last).toContain('Participants');
    expect(last.at(-1)).toBe(`Page ${result.pages.length} sur ${result.pages.length}`);
    const all = texts(result);
    expect(all).toContain('مجموعة الربيع في الرباط');
    expect(all).toContain('Ces chiffres comprennent des données d’exemple.');
    expect(all).toContain('9\u202f900');
  });

  it('draws the charts as vector bars: one per country, and before/after per module', () => {
    const result = layoutReport(bigReport(), CONTEXT, ts);
    const bars = result.pages.flatMap((page) => page.items.filter((item) => item.role === 'chartBar'));
    expect(bars).toHaveLength(8 + 2 * 2);
  });

  it('says so instead of an empty chart when nobody answered before and after', () => {
    const report = bigReport();
    report.modules = report.modules.map((module) => ({ ...module, selfAssessment: { answeredBefore: 3, answeredAfter: 0, pairs: 0, averageBefore: null, averageAfter: null } }));
    const english = layoutReport(report, { ...CONTEXT, language: 'en' }, ts);
    expect(texts(english)).toContain('Nobody has answered both before and after yet.');
    expect(english.pages.flatMap((page) => page.items.filter((item) => item.role === 'chartBar'))).toHaveLength(8);
  });

  it('renders it as a PDF', async () => {
    const pdf = await renderReportPdf(bigReport(), CONTEXT, { fontsDir: FONTS_DIR });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // The embedded fonts, never pdfkit's Helvetica.
    expect(pdf.toString('latin1')).toContain('NotoSans');
    expect(pdf.toString('latin1')).not.toContain('Helvetica');
  });
});
