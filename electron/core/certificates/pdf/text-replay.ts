import type { FontFace } from '../../cv/pdf/fonts';
import type { TextItem } from './layout';

/**
 * The static parts of a cohort's certificates (organisation, title,
 * statement, module dates, signatories, captions) are the same line at the
 * same place on every page. pdfkit turns each text line into operators
 * through a long path (options, widths, glyph encoding) that costs more
 * than the rest of the page; so within one document the operators it
 * writes for a line are recorded the first time and written again as they
 * are on later pages. The glyph numbers in them stay valid: a document's
 * font subsets only grow.
 *
 * Relies on pdfkit 0.20.2 internals: every content operator goes through
 * `doc.addContent`, a text fragment is wrapped in its own save/restore, and
 * a page lists the fonts it uses in `page.fonts` (font id → reference) from
 * the current font `doc._font`. If those are missing, lines are simply
 * drawn each time.
 */

interface PdfkitFont {
  id: string;
  ref(): unknown;
}

interface Recording {
  operators: string;
  fonts: PdfkitFont[];
}

/** Roles that differ on every certificate: not worth recording. */
const UNIQUE_ROLES = new Set<TextItem['role']>(['name', 'number']);

export class TextReplay {
  private readonly recordings = new Map<string, Recording>();
  private readonly enabled: boolean;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly fontName: Record<FontFace, string>,
  ) {
    this.enabled = typeof (doc as unknown as { addContent?: unknown }).addContent === 'function';
  }

  /** Draws `item` with `drawRuns` (which must only draw it), or writes its recorded operators again. */
  draw(item: TextItem, drawRuns: () => void): void {
    if (!this.enabled || UNIQUE_ROLES.has(item.role)) {
      drawRuns();
      return;
    }
    const key = `${item.color}|${item.size}|${item.x}|${item.baseline}|${item.runs.map((run) => `${run.face}:${run.x}:${run.text}`).join('|')}`;
    const recorded = this.recordings.get(key);
    const page = this.doc.page as unknown as { fonts?: Record<string, unknown> };
    if (recorded && page.fonts) {
      for (const font of recorded.fonts) page.fonts[font.id] ??= font.ref();
      this.doc.addContent(recorded.operators);
      return;
    }
    const recording = this.record(drawRuns);
    const fonts = [...new Set(item.runs.filter((run) => run.text).map((run) => run.face))].map((face) => this.pdfkitFont(face));
    if (fonts.every((font): font is PdfkitFont => font !== null)) this.recordings.set(key, { operators: recording, fonts });
  }

  /** Runs `draw`, collecting the operators it writes (they are written as usual too). */
  private record(draw: () => void): string {
    const doc = this.doc as unknown as { addContent(data: string): unknown };
    const original = doc.addContent;
    const hadOwn = Object.hasOwn(doc, 'addContent');
    const operators: string[] = [];
    doc.addContent = function (this: unknown, data: string) {
      operators.push(data);
      return original.call(this, data);
    };
    try {
      draw();
    } finally {
      if (hadOwn) doc.addContent = original;
      else delete (doc as { addContent?: unknown }).addContent;
    }
    return operators.join('\n');
  }

  private pdfkitFont(face: FontFace): PdfkitFont | null {
    this.doc.font(this.fontName[face]);
    const font = (this.doc as unknown as { _font?: Partial<PdfkitFont> })._font;
    return font && typeof font.id === 'string' && typeof font.ref === 'function' ? (font as PdfkitFont) : null;
  }
}
