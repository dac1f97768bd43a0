import PDFDocument from 'pdfkit';
import { formatReportPeriod, REPORT_LABELS } from '../../../../shared/reports/labels';
import type { ReportDto } from '../../../../shared/reports/types';
import type { PlanItem } from '../../business-plan/pdf/items';
import { typesetterFor } from '../../business-plan/pdf/typeset';
import { FONT_FACES, loadCvFonts, type FontFace } from '../../cv/pdf/fonts';
import { layoutReport, type ReportPdfContext } from './layout';

export type { ReportPdfContext } from './layout';

/**
 * The report summary as an A4 PDF in the interface's language: real text in
 * the embedded Noto fonts (the CV's font loader, never pdfkit's Helvetica),
 * tables and bar charts as vector drawings. Laid out by layoutReport, drawn
 * here item by item as the business plan's PDF draws its items.
 */
export async function renderReportPdf(report: ReportDto, context: ReportPdfContext, options: { fontsDir: string }): Promise<Buffer> {
  const fonts = await loadCvFonts(options.fontsDir);
  const layout = layoutReport(report, context, typesetterFor(fonts));
  const labels = REPORT_LABELS[context.language];
  const subject = report.cohortName ?? formatReportPeriod(report.filter.from, report.filter.to, context.language);

  const doc = new PDFDocument({
    autoFirstPage: false,
    margin: 0,
    // A fontkit font as the default, so that Helvetica is never opened (pdfkit's types only say string).
    font: fonts.faces.sans as unknown as string,
    pdfVersion: '1.7',
    lang: context.language,
    displayTitle: true,
    info: { Title: `${labels.documentTitle} – ${subject}`, ...(context.organisation.trim() ? { Author: context.organisation.trim() } : {}), Creator: 'Foras Atelier' },
  });
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
  doc.end();
  return done;
}

function draw(doc: PDFKit.PDFDocument, item: PlanItem, fontName: Record<FontFace, string>): void {
  switch (item.kind) {
    case 'text':
      doc.fillColor(item.color);
      for (const run of item.runs) {
        if (run.text) doc.font(fontName[run.face]).fontSize(item.size).text(run.text, run.x, item.baseline, { lineBreak: false, baseline: 'alphabetic' });
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
