import PDFDocument from 'pdfkit';
import { PLAN_LABELS } from '../../../../shared/business-plan/labels';
import type { BusinessPlan } from '../../../../shared/business-plan/model';
import { FONT_FACES, loadCvFonts, type FontFace } from '../../cv/pdf/fonts';
import type { PlanPdfContext } from './cover';
import type { PlanItem } from './items';
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

  const doc = new PDFDocument({
    autoFirstPage: false,
    margin: 0,
    // Noto Sans as the default font, so that Helvetica is never opened
    // (pdfkit takes a fontkit font as a source; its types only say string).
    font: fonts.faces.sans as unknown as string,
    pdfVersion: '1.7',
    lang: plan.language,
    displayTitle: true,
    info: { Title: subject ? `${labels.documentTitle} – ${subject}` : labels.documentTitle, ...(author ? { Author: author } : {}), Creator: 'Foras Atelier' },
  });
  // Registered under their PostScript names, where pdfkit caches an opened font: `doc.font()` never reopens a face.
  const fontName = Object.fromEntries(FONT_FACES.map((face) => [face, fonts.faces[face].postscriptName])) as Record<FontFace, string>;
  for (const face of FONT_FACES) doc.registerFont(fontName[face], fonts.faces[face] as unknown as Buffer);

  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  for (const page of layout.pages) {
    doc.addPage({ size: [page.geometry.width, page.geometry.height], margin: 0 });
    for (const item of page.items) draw(doc, item, fontName);
  }
  mapGlyphsWithoutText(doc, fontName);
  doc.end();
  return done;
}

function draw(doc: PDFKit.PDFDocument, item: PlanItem, fontName: Record<FontFace, string>): void {
  switch (item.kind) {
    case 'text':
      doc.fillColor(item.color);
      for (const run of item.runs) {
        if (!run.text) continue;
        doc.font(fontName[run.face]).fontSize(item.size).text(run.text, run.x, item.baseline, { lineBreak: false, baseline: 'alphabetic' });
      }
      return;
    case 'rect':
      if (item.width > 0 && item.height > 0) doc.rect(item.x, item.y, item.width, item.height).fill(item.color);
      return;
    case 'dot':
      doc.circle(item.x + item.width / 2, item.y + item.height / 2, item.width / 2).fill(item.color);
      return;
    case 'stroke': {
      const [first, ...rest] = item.points;
      if (!first) return;
      doc.save();
      doc.moveTo(first[0], first[1]);
      for (const [x, y] of rest) doc.lineTo(x, y);
      doc.lineWidth(item.lineWidth).lineJoin('round').lineCap('round').stroke(item.color);
      doc.restore();
      return;
    }
  }
}

/** U+2060 WORD JOINER: invisible, and transparent to Arabic joining. */
const NO_TEXT = 0x2060;

/**
 * As in the CV (render-cv-pdf.ts, where it is private): glyphs that stand
 * for no character (the separate dots of Noto Sans Arabic's contextual
 * forms) get an empty ToUnicode entry from pdfkit, which pdf.js reads as the
 * glyph number, a control character inside the copied word. They are mapped
 * to an invisible character instead. This reaches into pdfkit's embedded
 * fonts (`unicode`, per glyph), checked against pdfkit 0.20.2; if they are
 * not there, nothing is changed.
 */
function mapGlyphsWithoutText(doc: PDFKit.PDFDocument, fontName: Record<FontFace, string>): void {
  for (const face of FONT_FACES) {
    doc.font(fontName[face]);
    const unicode = (doc as unknown as { _font?: { unicode?: unknown } })._font?.unicode;
    if (!Array.isArray(unicode)) continue;
    unicode.forEach((codePoints: unknown, glyph) => {
      if (glyph > 0 && Array.isArray(codePoints) && codePoints.length === 0) unicode[glyph] = [NO_TEXT];
    });
  }
}
