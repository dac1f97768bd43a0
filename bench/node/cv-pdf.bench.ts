// cv_pdf_ms: a two-page CV through the app's renderCvPdf, with the fonts loaded once per process as the app does.
import { join } from 'node:path';
import type { Cv } from '../../shared/cv/model';
import { loadCvFonts } from '../../electron/core/cv/pdf/fonts';
import { layoutCv } from '../../electron/core/cv/pdf/layout';
import { createFontkitMeasurer } from '../../electron/core/cv/pdf/measure';
import { renderCvPdf } from '../../electron/core/cv/pdf/render-cv-pdf';
import { longFrenchCv } from '../../electron/core/cv/pdf/test-cvs';
import { timeRuns } from '../lib/measure';
import { RESOURCES_DIR } from '../lib/paths';
import { median } from '../lib/stats';
import type { Figures } from '../lib/types';

const FONTS_DIR = join(RESOURCES_DIR, 'fonts');

/** The long test CV cut to as many experiences as fit on exactly two pages (the test CV itself runs longer). */
async function twoPageCv(): Promise<Cv> {
  const measurer = createFontkitMeasurer(await loadCvFonts(FONTS_DIR));
  const long = longFrenchCv();
  for (let count = long.experience.length; count > 0; count--) {
    const cv = { ...long, experience: long.experience.slice(0, count) };
    if (layoutCv(cv, measurer, { photo: false }).pages.length === 2) return cv;
  }
  throw new Error('No cut of the long test CV lays out on two pages');
}

export default async function run(): Promise<Figures> {
  const cv = await twoPageCv();
  console.log(`  the long test CV cut to ${cv.experience.length} experiences: two pages`);
  const samples = await timeRuns(() => renderCvPdf(cv, { fontsDir: FONTS_DIR }), { warmup: 5, runs: 30 });
  return { cv_pdf_ms: median(samples) };
}
