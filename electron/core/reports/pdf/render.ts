import { formatReportPeriod, REPORT_LABELS } from '../../../../shared/reports/labels';
import type { ReportDto } from '../../../../shared/reports/types';
import { typesetterFor } from '../../business-plan/pdf/typeset';
import { loadCvFonts } from '../../cv/pdf/fonts';
import { drawItem } from '../../pdf/draw-items';
import { openNotoDocument } from '../../pdf/noto-document';
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

  const { doc, fontName, finish } = openNotoDocument(fonts, {
    lang: context.language,
    info: { Title: `${labels.documentTitle} – ${subject}`, ...(context.organisation.trim() ? { Author: context.organisation.trim() } : {}), Creator: 'Foras Atelier' },
  });
  for (const page of layout.pages) {
    doc.addPage({ size: [page.geometry.width, page.geometry.height], margin: 0 });
    for (const item of page.items) drawItem(doc, item, fontName);
  }
  return finish();
}
