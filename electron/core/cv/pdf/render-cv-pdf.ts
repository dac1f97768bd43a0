import type { Cv } from '../../../../shared/cv/model';
import { loadCvFonts, type FontFace } from './fonts';
import { layoutCv, type LayoutItem } from './layout';
import { createFontkitMeasurer } from './measure';
import { openNotoDocument } from '../../pdf/noto-document';

export interface RenderCvPdfOptions {
  /** Folder holding the Noto TTF files (resources/fonts). */
  fontsDir: string;
  /** Whether to print the photo, when the CV has one (default: yes). */
  photo?: boolean;
}

/**
 * The CV as an A4 PDF: real, selectable text in the embedded Noto fonts
 * (never pdfkit's built-in Helvetica), laid out by layoutCv and drawn here,
 * run by run (fonts by script, right-to-left words: see text-runs.ts).
 */
export async function renderCvPdf(cv: Cv, options: RenderCvPdfOptions): Promise<Buffer> {
  const fonts = await loadCvFonts(options.fontsDir);
  const photo = options.photo !== false ? decodeJpegDataUrl(cv.identity.photo) : null;
  const layout = layoutCv(cv, createFontkitMeasurer(fonts), { photo: photo !== null });
  const fullName = [cv.identity.firstName.trim(), cv.identity.lastName.trim()].filter(Boolean).join(' ');

  const { doc, fontName, finish } = openNotoDocument(fonts, {
    lang: cv.language,
    info: { Title: fullName ? `CV – ${fullName}` : 'CV', ...(fullName ? { Author: fullName } : {}), Creator: 'Foras Atelier' },
  });

  for (const page of layout.pages) {
    doc.addPage({ size: [layout.page.width, layout.page.height], margin: 0 });
    for (const item of page.items) draw(doc, item, photo, fontName);
  }
  return finish();
}

function draw(doc: PDFKit.PDFDocument, item: LayoutItem, photo: Buffer | null, fontName: Record<FontFace, string>): void {
  switch (item.kind) {
    case 'text':
      doc.fillColor(item.color);
      for (const run of item.runs) {
        if (!run.text) continue;
        doc.font(fontName[run.face]).fontSize(item.size).text(run.text, run.x, item.baseline, { lineBreak: false, baseline: 'alphabetic' });
      }
      return;
    case 'rule':
      doc.rect(item.x, item.y, item.width, item.height).fill(item.color);
      return;
    case 'box':
      doc.roundedRect(item.x, item.y, item.width, item.height, item.radius).fill(item.color);
      return;
    case 'photo':
      if (!photo) return;
      doc.save();
      doc.rect(item.x, item.y, item.width, item.height).clip();
      doc.image(photo, item.x, item.y, { cover: [item.width, item.height], align: 'center', valign: 'center' });
      doc.restore();
      return;
  }
}


/** The JPEG bytes of a `data:image/jpeg;base64,` URL, or null when there is none or it is not a readable JPEG (then no photo is printed). */
export function decodeJpegDataUrl(url: string | null): Buffer | null {
  const match = url?.match(/^data:image\/jpeg;base64,([A-Za-z0-9+/=]+)$/);
  if (!match?.[1]) return null;
  const data = Buffer.from(match[1], 'base64');
  return hasJpegFrame(data) ? data : null;
}

/** A JPEG start-of-image marker followed, segment by segment, by a start-of-frame (what pdfkit needs to embed it). */
function hasJpegFrame(data: Buffer): boolean {
  if (data.length < 4 || data[0] !== 0xff || data[1] !== 0xd8) return false;
  let pos = 2;
  while (pos + 4 <= data.length) {
    if (data[pos] !== 0xff) return false;
    const marker = data[pos + 1] ?? 0;
    if (marker === 0xff) {
      pos++;
      continue;
    }
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return pos + 9 <= data.length;
    if (marker === 0xd9 || marker === 0xda) return false;
    pos += 2 + data.readUInt16BE(pos + 2);
  }
  return false;
}
