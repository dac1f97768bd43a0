import type { PlanItem } from '../business-plan/pdf/items';
import type { FontFace } from '../cv/pdf/fonts';

/** Draws one laid-out item (text runs, a filled box, a dot, a line) — the items the plan, report and hand-over layouts produce. */
export function drawItem(doc: PDFKit.PDFDocument, item: PlanItem, fontName: Record<FontFace, string>): void {
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
