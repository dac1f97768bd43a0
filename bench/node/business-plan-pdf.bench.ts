// business_plan_pdf_ms: the app's renderBusinessPlanPdf of a full plan (written sections, 12-month tables, both charts), fonts warm.
import { join } from 'node:path';
import type { BusinessPlan } from '../../shared/business-plan/model';
import { layoutBusinessPlan } from '../../electron/core/business-plan/pdf/plan-layout';
import { renderBusinessPlanPdf } from '../../electron/core/business-plan/pdf/render-plan-pdf';
import { bamakoGroceryPlan, CONTEXT } from '../../electron/core/business-plan/pdf/test-plans';
import { typesetterFor } from '../../electron/core/business-plan/pdf/typeset';
import { loadCvFonts } from '../../electron/core/cv/pdf/fonts';
import { timeRuns } from '../lib/measure';
import { RESOURCES_DIR } from '../lib/paths';
import { median, round } from '../lib/stats';
import type { Figures } from '../lib/types';
import { pdfPageCount } from './certificates/register';

const FONTS_DIR = join(RESOURCES_DIR, 'fonts');

/** The PDF tests' Bamako grocery plan: every written section, three products, a loan, so the tables and the two charts are all there. */
async function fullPlan(): Promise<BusinessPlan> {
  const plan = bamakoGroceryPlan('fr');
  const layout = layoutBusinessPlan(plan, CONTEXT, typesetterFor(await loadCvFonts(FONTS_DIR)));
  const landscape = layout.pages.filter((page) => page.geometry.width > page.geometry.height).length;
  const items = layout.pages.flatMap((page) => page.items);
  const bars = items.filter((item) => item.role === 'chartBar').length;
  const dots = items.filter((item) => item.role === 'chartDot').length;
  if (!layout.hasFigures || landscape === 0 || bars === 0 || dots === 0) throw new Error('The test plan lays out without its 12-month tables or one of its charts');
  console.log(`  the Bamako grocery plan: ${layout.pages.length} pages, ${landscape} of them landscape (12-month tables), with both charts (${bars} bars, ${dots} points)`);
  return plan;
}

export default async function run(): Promise<Figures> {
  const plan = await fullPlan();
  // The first render loads the fonts and fills the shaping caches, as the first export after the app starts does; it is among the warm-up runs.
  const first = await renderBusinessPlanPdf(plan, CONTEXT, { fontsDir: FONTS_DIR });
  console.log(`  ${pdfPageCount(first)} pages, ${round(first.length / 1024, 0)} KB`);
  const samples = await timeRuns(() => renderBusinessPlanPdf(plan, CONTEXT, { fontsDir: FONTS_DIR }), { warmup: 5, runs: 30 });
  return { business_plan_pdf_ms: median(samples) };
}
