import PDFDocument from 'pdfkit';
import { FONT_FACES, type CvFonts, type FontFace } from '../cv/pdf/fonts';

/**
 * A pdfkit document that only ever uses the embedded Noto fonts: every PDF
 * the app writes (CV, business plan, reports, hand-over cover) starts here.
 * `finish()` ends the document and resolves with its bytes.
 */
export interface NotoDocument {
  doc: PDFKit.PDFDocument;
  /** The name each face is registered under (its PostScript name). */
  fontName: Record<FontFace, string>;
  finish(): Promise<Buffer>;
}

export interface NotoDocumentOptions {
  lang: string;
  info: PDFKit.DocumentInfo;
}

export function openNotoDocument(fonts: CvFonts, options: NotoDocumentOptions): NotoDocument {
  const doc = new PDFDocument({
    autoFirstPage: false,
    margin: 0,
    // Noto Sans as the default font, loaded by the constructor, so Helvetica is
    // never opened (pdfkit takes a fontkit font as a source; its types only say string).
    font: fonts.faces.sans as unknown as string,
    pdfVersion: '1.7',
    lang: options.lang,
    displayTitle: true,
    info: options.info,
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
  return {
    doc,
    fontName,
    finish() {
      mapGlyphsWithoutText(doc, fontName);
      doc.end();
      return done;
    },
  };
}

/** U+2060 WORD JOINER: invisible, and transparent to Arabic joining. */
const NO_TEXT = 0x2060;

/**
 * Glyphs that stand for no character (the separate dots of Noto Sans
 * Arabic's contextual forms) get an empty ToUnicode entry from pdfkit, which
 * pdf.js reads as the glyph number, a control character inside a copied
 * word. They are mapped to an invisible character instead. This reaches into
 * pdfkit's embedded fonts (`unicode`, per glyph), checked against pdfkit
 * 0.20.2; if they are not there, nothing is changed.
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
