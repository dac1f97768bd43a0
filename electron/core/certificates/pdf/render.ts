import { setImmediate as nextTurn } from 'node:timers/promises';
import { zipSync, type Zippable } from 'fflate';
import PDFDocument from 'pdfkit';
import { certificateFileNames } from '../../../../shared/certificates/file-names';
import { CERTIFICATE_WORDING } from '../../../../shared/certificates/wording';
import { FONT_FACES, loadCvFonts, type CvFonts, type FontFace } from '../../cv/pdf/fonts';
import { createFontkitMeasurer, type TextMeasurer } from '../../cv/pdf/measure';
import { certificateDataProblems, type CertificateData } from './certificate-data';
import { CERTIFICATE_PAGE, layoutCertificate, type CertificateItem, type CertificateLayout, type QrItem } from './layout';
import { prepareImage } from './images';
import { qrPathOperators } from './qr';
import { TextReplay } from './text-replay';

export type { CertificateData } from './certificate-data';

export interface RenderCertificatesOptions {
  /** Folder holding the Noto TTF files (resources/fonts). */
  fontsDir: string;
  /** Called after each certificate (and once at the start with 0). */
  onProgress?: (done: number, total: number) => void;
  /** Checked between certificates: rendering then stops and rejects with an AbortError. */
  signal?: AbortSignal;
}

/**
 * Certificates as PDF, drawn with pdfkit in the embedded Noto fonts (never
 * Helvetica). Speed for a cohort of hundreds comes from doing costly work
 * once:
 * - fonts are read and parsed once per process (the CV's loader), and text
 *   is shaped once per distinct word (the CV's caches) and measured once
 *   per distinct line (text-fit.ts), across certificates and batches;
 * - a merged document registers and subsets its fonts once, embeds each
 *   logo or signature once, and writes the static lines' operators once
 *   (text-replay.ts);
 * - logos and signatures are decoded once per batch (images.ts);
 * - QR matrices skip the qrcode package's slow paths (qr.ts, qr-mask.ts).
 * The once-per-process part (font tables, compiling) can be paid ahead
 * with warmUpCertificateRenderer (warm-up.ts).
 */

/** All the certificates in one PDF, one page each, in order. */
export async function renderCertificatesPdf(certificates: readonly CertificateData[], options: RenderCertificatesOptions): Promise<Buffer> {
  const batch = await startBatch(certificates, options);
  const first = certificates[0];
  const title = first ? (certificates.length === 1 ? documentTitle(first) : `${CERTIFICATE_WORDING[first.language].title[first.kind]} (${certificates.length})`) : 'Certificates';
  const document = new CertificateDocument(batch.fonts, { title, language: first?.language ?? 'fr' });
  for (const [index, certificate] of certificates.entries()) {
    await batch.beforeEach();
    document.draw(layoutCertificate(certificate, batch.measurer));
    batch.progress(index + 1);
  }
  return document.finish();
}

/** One PDF per certificate, in a ZIP, named after the participant and number (see certificateFileNames). */
export async function renderCertificatesZip(certificates: readonly CertificateData[], options: RenderCertificatesOptions): Promise<Uint8Array> {
  const batch = await startBatch(certificates, options);
  const names = certificateFileNames(certificates);
  const files: Zippable = {};
  for (const [index, certificate] of certificates.entries()) {
    await batch.beforeEach();
    const document = new CertificateDocument(batch.fonts, { title: documentTitle(certificate), language: certificate.language, author: certificate.participantName });
    document.draw(layoutCertificate(certificate, batch.measurer));
    // PDF streams are already deflated: stored as they are, which is faster and no bigger.
    files[names[index] ?? `${index + 1}.pdf`] = [await document.finish(), { level: 0 }];
    batch.progress(index + 1);
  }
  return zipSync(files, { level: 0 });
}

function documentTitle(certificate: CertificateData): string {
  return `${CERTIFICATE_WORDING[certificate.language].title[certificate.kind]} – ${certificate.participantName}`;
}

const measurers = new WeakMap<CvFonts, TextMeasurer>();

/** One measurer per set of fonts, so measurements are cached across batches. */
export function measurerFor(fonts: CvFonts): TextMeasurer {
  let measurer = measurers.get(fonts);
  if (!measurer) {
    measurer = createFontkitMeasurer(fonts);
    measurers.set(fonts, measurer);
  }
  return measurer;
}

async function startBatch(certificates: readonly CertificateData[], options: RenderCertificatesOptions) {
  const { signal, onProgress } = options;
  throwIfAborted(signal);
  // A PDF without a page is not a document viewers open.
  if (certificates.length === 0) throw new RangeError('There are no certificates to print.');
  const problems = certificates.flatMap(certificateDataProblems);
  if (problems.length > 0) throw new Error(`Cannot print these certificates: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` (and ${problems.length - 5} more)` : ''}`);
  const fonts = await loadCvFonts(options.fontsDir);
  const measurer = measurerFor(fonts);
  onProgress?.(0, certificates.length);
  return {
    fonts,
    measurer,
    /** Lets the event loop breathe (progress reaches the window, a cancel click is heard), then stops if cancelled. */
    async beforeEach() {
      await nextTurn();
      throwIfAborted(signal);
    },
    progress: (done: number) => onProgress?.(done, certificates.length),
  };
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DOMException('Certificate printing was cancelled.', 'AbortError');
}

/** An image opened by pdfkit (`openImage` exists in pdfkit 0.20.2 but not in its types). */
interface PdfImage {
  width: number;
  height: number;
}
type OpensImages = { openImage(data: Buffer): PdfImage };

/** An image in one document: written by us (a decoded PNG: see images.ts), or opened by pdfkit (a JPEG). */
type EmbeddedImage = { kind: 'xobject'; name: string; ref: PDFKit.PDFKitReference } | { kind: 'pdfkit'; image: PdfImage };

/** A pdfkit document for certificates: fonts registered once, images embedded once, pages added by `draw`. */
class CertificateDocument {
  private readonly doc: PDFKit.PDFDocument;
  private readonly fontName: Record<FontFace, string>;
  private readonly usedFaces = new Set<FontFace>();
  private readonly images = new Map<Buffer, EmbeddedImage>();
  private readonly textReplay: TextReplay;
  private readonly output: Promise<Buffer>;

  constructor(fonts: CvFonts, info: { title: string; language: string; author?: string }) {
    this.doc = new PDFDocument({
      size: [CERTIFICATE_PAGE.width, CERTIFICATE_PAGE.height],
      margin: 0,
      autoFirstPage: false,
      // Noto Sans as the default font, so that the constructor never opens Helvetica (pdfkit takes a fontkit font; its types say string).
      font: fonts.faces.sans as unknown as string,
      pdfVersion: '1.7',
      lang: info.language,
      displayTitle: true,
      info: { Title: info.title, ...(info.author ? { Author: info.author } : {}), Creator: 'Foras Atelier' },
    });
    // Registered under their PostScript names, where pdfkit caches an opened font: `doc.font()` never reopens a face.
    this.fontName = Object.fromEntries(FONT_FACES.map((face) => [face, fonts.faces[face].postscriptName])) as Record<FontFace, string>;
    for (const face of FONT_FACES) this.doc.registerFont(this.fontName[face], fonts.faces[face] as unknown as Buffer);
    this.textReplay = new TextReplay(this.doc, this.fontName);
    const chunks: Buffer[] = [];
    this.output = new Promise<Buffer>((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
    });
  }

  draw(layout: CertificateLayout): void {
    this.doc.addPage({ size: [CERTIFICATE_PAGE.width, CERTIFICATE_PAGE.height], margin: 0 });
    for (const item of layout.items) this.drawItem(item);
  }

  private drawItem(item: CertificateItem): void {
    const { doc } = this;
    switch (item.kind) {
      case 'text':
        for (const run of item.runs) if (run.text) this.usedFaces.add(run.face);
        this.textReplay.draw(item, () => {
          doc.fillColor(item.color);
          for (const run of item.runs) {
            if (run.text) doc.font(this.fontName[run.face]).fontSize(item.size).text(run.text, run.x, item.baseline, { lineBreak: false, baseline: 'alphabetic' });
          }
        });
        return;
      case 'rule':
        doc.rect(item.x, item.y, item.width, item.height).fill(item.color);
        return;
      case 'frame':
        doc.lineWidth(item.lineWidth).rect(item.x, item.y, item.width, item.height).stroke(item.color);
        return;
      case 'image': {
        const image = this.image(item.data);
        if (image.kind === 'pdfkit') {
          doc.image(image.image as unknown as PDFKit.Mixins.ImageSrc, item.x, item.y, { width: item.width, height: item.height });
          return;
        }
        (doc.page.xobjects as Record<string, PDFKit.PDFKitReference>)[image.name] = image.ref;
        // An image fills the unit square: scaled to its box, flipped upright (pdfkit's page space runs downwards).
        doc.save();
        doc.transform(item.width, 0, 0, -item.height, item.x, item.y + item.height);
        doc.addContent(`/${image.name} Do`);
        doc.restore();
        return;
      }
      case 'qr':
        this.drawQr(item);
        return;
    }
  }

  /** The QR code's squares in module units, placed and scaled by one transformation, filled black. */
  private drawQr(item: QrItem): void {
    const { doc } = this;
    doc.save();
    doc.transform(item.moduleSize, 0, 0, item.moduleSize, item.x, item.y);
    doc.addContent(qrPathOperators(item.matrix));
    doc.fill('#000000');
    doc.restore();
  }

  /** Each distinct image buffer is embedded once per document, however many pages show it; a PNG's streams are prepared once per batch. */
  private image(data: Buffer): EmbeddedImage {
    let image = this.images.get(data);
    if (image) return image;
    const prepared = prepareImage(data);
    if (prepared.kind === 'pdfkit') {
      image = { kind: 'pdfkit', image: (this.doc as unknown as OpensImages).openImage(prepared.data) };
    } else {
      const name = `Img${this.images.size + 1}`;
      const { width, height } = prepared.size;
      const common = { Type: 'XObject', Subtype: 'Image', Width: width, Height: height, BitsPerComponent: 8, Filter: 'FlateDecode' };
      let mask: PDFKit.PDFKitReference | null = null;
      if (prepared.alpha) {
        mask = this.doc.ref({ ...common, ColorSpace: 'DeviceGray' });
        mask.end(prepared.alpha);
      }
      const ref = this.doc.ref({ ...common, ColorSpace: prepared.colorSpace, ...(mask ? { SMask: mask } : {}) });
      ref.end(prepared.color);
      image = { kind: 'xobject', name, ref };
    }
    this.images.set(data, image);
    return image;
  }

  finish(): Promise<Buffer> {
    mapGlyphsWithoutText(this.doc, this.fontName, this.usedFaces);
    this.doc.end();
    return this.output;
  }
}

/** U+2060 WORD JOINER: invisible, and transparent to Arabic joining. */
const NO_TEXT = 0x2060;

/**
 * As in the CV (render-cv-pdf.ts): glyphs standing for no character (the
 * separate dots of Noto Sans Arabic's contextual forms) would otherwise be
 * copied as control characters. Only the faces this document used are
 * touched, so no unused font is embedded. Reaches into pdfkit 0.20.2's
 * embedded fonts; if they change, nothing happens.
 */
function mapGlyphsWithoutText(doc: PDFKit.PDFDocument, fontName: Record<FontFace, string>, faces: Set<FontFace>): void {
  for (const face of faces) {
    doc.font(fontName[face]);
    const unicode = (doc as unknown as { _font?: { unicode?: unknown } })._font?.unicode;
    if (!Array.isArray(unicode)) continue;
    unicode.forEach((codePoints: unknown, glyph) => {
      if (glyph > 0 && Array.isArray(codePoints) && codePoints.length === 0) unicode[glyph] = [NO_TEXT];
    });
  }
}
