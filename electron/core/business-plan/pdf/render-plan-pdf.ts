import { PLAN_LABELS } from '../../../../shared/business-plan/labels';
import type { BusinessPlan } from '../../../../shared/business-plan/model';
import { loadCvFonts } from '../../cv/pdf/fonts';
import { drawItem } from '../../pdf/draw-items';
import { openNotoDocument } from '../../pdf/noto-document';
import type { PlanPdfContext } from './cover';
import { layoutBusinessPlan } from './plan-layout';
import { typesetterFor } from './typeset';

export type { PlanPdfContext } from './cover';

export interface RenderPlanPdfOptions {
  /** Folder holding the Noto TTF files (resources/fonts). */
  fontsDir: string;
}

/**
 * The business plan as an A4 PDF in the plan's language, for the
 * home-country office: real text in the embedded Noto fonts (never pdfkit's
 * Helvetica), tables and charts as vector drawings. Laid out by
 * layoutBusinessPlan, drawn here item by item, text run by run (fonts by
 * script, right-to-left words: see the CV's text-runs.ts).
 */
export async function renderBusinessPlanPdf(plan: BusinessPlan, context: PlanPdfContext, options: RenderPlanPdfOptions): Promise<Buffer> {
  const fonts = await loadCvFonts(options.fontsDir);
  const layout = layoutBusinessPlan(plan, context, typesetterFor(fonts));
  const labels = PLAN_LABELS[plan.language];
  const subject = plan.projectTitle.trim() || context.participantName.trim();
  const author = context.participantName.trim();

  const { doc, fontName, finish } = openNotoDocument(fonts, {
    lang: plan.language,
    info: { Title: subject ? `${labels.documentTitle} – ${subject}` : labels.documentTitle, ...(author ? { Author: author } : {}), Creator: 'Foras Atelier' },
  });
  for (const page of layout.pages) {
    doc.addPage({ size: [page.geometry.width, page.geometry.height], margin: 0 });
    for (const item of page.items) drawItem(doc, item, fontName);
  }
  return finish();
}
