import {
  CERTIFICATE_WORDING,
  formatCertificateNumberLabel,
  formatDateRange,
  formatHours,
  formatPlaceAndDate,
} from '../../../../shared/certificates/wording';
import type { MeasuredRun, TextMeasurer } from '../../cv/pdf/measure';
import type { TextStyle } from '../../cv/pdf/text-runs';
import type { CertificateData } from './certificate-data';
import { imageSize } from './image-size';
import { QR_QUIET_ZONE, qrMatrix, type QrMatrix } from './qr';
import { fitText, lineWidth, measuredLine, wrapText } from './text-fit';

/**
 * One certificate as positioned data, in PDF points from the page's
 * top-left corner (A4 landscape). Pure apart from the measurer: tests check
 * that everything fits without reading PDFs, render.ts only draws.
 *
 * Top to bottom: logos in the upper corners, organisation, programme,
 * title; then, centred in the space left, the lead line, the name, the
 * statement, the modules and the place and date; at the bottom the
 * signatories and, on the right, the QR code with the number.
 */

export const CERTIFICATE_PAGE = { width: 841.89, height: 595.28 };

const COLORS = { accent: '#0b7285', text: '#1b2b30', muted: '#4f5f64', line: '#8aa9b0' };
const BORDER = { outer: 18, inner: 24 };
const CONTENT = { left: 62, right: CERTIFICATE_PAGE.width - 62, top: 50, bottom: CERTIFICATE_PAGE.height - 50 };
const CONTENT_WIDTH = CONTENT.right - CONTENT.left;
const CENTRE = CERTIFICATE_PAGE.width / 2;

const LOGO = { width: 130, height: 58, gap: 16 };
const QR = { size: 90 };
const SIGNATORY = { width: 210, imageHeight: 44, gap: 24 };
/** Baseline below the top of a line box (Noto Sans ascender ≈ 1.07 em). */
const ASCENT = 1.02;
const LINE = 1.3;
const NAME_LINE = 1.18;
const NAME = { max: 34, oneLineMin: 22, min: 11, maxBoxHeight: 96, minBoxHeight: 30 };

export type ItemRole =
  | 'border'
  | 'logo'
  | 'organisation'
  | 'programme'
  | 'title'
  | 'titleRule'
  | 'lead'
  | 'name'
  | 'statement'
  | 'module'
  | 'placeAndDate'
  | 'signature'
  | 'signatureLine'
  | 'signatoryName'
  | 'signatoryTitle'
  | 'qr'
  | 'verification'
  | 'number';

export interface TextItem {
  kind: 'text';
  role: ItemRole;
  /** The line as written (logical order). */
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  baseline: number;
  size: number;
  color: string;
  /** Runs by font, left to right, with absolute x. */
  runs: MeasuredRun[];
}

export interface RuleItem {
  kind: 'rule';
  role: ItemRole;
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
}

export interface FrameItem {
  kind: 'frame';
  role: 'border';
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
  lineWidth: number;
}

export interface ImageItem {
  kind: 'image';
  role: 'logo' | 'signature';
  data: Buffer;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface QrItem {
  kind: 'qr';
  role: 'qr';
  /** Top-left of the symbol itself (the quiet zone lies around it). */
  x: number;
  y: number;
  moduleSize: number;
  matrix: QrMatrix;
}

export type CertificateItem = TextItem | RuleItem | FrameItem | ImageItem | QrItem;

export interface CertificateLayout {
  /** In drawing order. */
  items: CertificateItem[];
}

/** A piece of text to place: its lines, one style and size. */
interface Lines {
  role: ItemRole;
  lines: string[];
  style: TextStyle;
  size: number;
  color: string;
  lineHeight: number;
}

const blockHeight = (block: Lines) => block.lines.length * block.size * block.lineHeight;

class Placer {
  constructor(readonly measurer: TextMeasurer) {}

  line(role: ItemRole, text: string, style: TextStyle, size: number, color: string, x: number, y: number, align: 'left' | 'centre', lineHeight = LINE): TextItem {
    const measured = measuredLine(text, style, size, this.measurer);
    const left = align === 'centre' ? x - measured.width / 2 : x;
    return {
      kind: 'text',
      role,
      text,
      x: left,
      y,
      width: measured.width,
      height: size * lineHeight,
      baseline: y + size * ASCENT + (size * (lineHeight - LINE)) / 2,
      size,
      color,
      runs: measured.runs.map((run) => ({ ...run, x: left + run.x })),
    };
  }

  /** A block's lines centred on `centre`, from `y` down. */
  centred(block: Lines, centre: number, y: number): TextItem[] {
    return block.lines.map((text, i) => this.line(block.role, text, block.style, block.size, block.color, centre, y + i * block.size * block.lineHeight, 'centre', block.lineHeight));
  }

  /** A block that shrinks to one line, or wraps to at most `maxLines` at `min`. */
  block(role: ItemRole, text: string, style: TextStyle, color: string, sizes: { max: number; min: number }, maxWidth: number, maxLines = 2): Lines {
    const fitted = fitText(text, style, { max: sizes.max, oneLineMin: sizes.min, min: sizes.min }, { maxWidth, maxHeight: maxLines * sizes.max * LINE, lineHeight: LINE }, this.measurer);
    return { role, lines: fitted.lines, style, size: fitted.size, color, lineHeight: LINE };
  }
}

/** A box of `width`×`height` holding an image of `size` whole, centred (or against one side). */
function containImage(size: { width: number; height: number }, box: { x: number; y: number; width: number; height: number }, align: 'left' | 'centre' | 'right', valign: 'middle' | 'bottom') {
  const scale = Math.min(box.width / size.width, box.height / size.height);
  const width = size.width * scale;
  const height = size.height * scale;
  const x = align === 'left' ? box.x : align === 'right' ? box.x + box.width - width : box.x + (box.width - width) / 2;
  const y = valign === 'bottom' ? box.y + box.height - height : box.y + (box.height - height) / 2;
  return { x, y, width, height };
}

export function layoutCertificate(data: CertificateData, measurer: TextMeasurer): CertificateLayout {
  const place = new Placer(measurer);
  const wording = CERTIFICATE_WORDING[data.language];
  const items: CertificateItem[] = [];
  const { width: pageWidth, height: pageHeight } = CERTIFICATE_PAGE;
  items.push({ kind: 'frame', role: 'border', x: BORDER.outer, y: BORDER.outer, width: pageWidth - 2 * BORDER.outer, height: pageHeight - 2 * BORDER.outer, color: COLORS.accent, lineWidth: 1.1 });
  items.push({ kind: 'frame', role: 'border', x: BORDER.inner, y: BORDER.inner, width: pageWidth - 2 * BORDER.inner, height: pageHeight - 2 * BORDER.inner, color: COLORS.accent, lineWidth: 0.4 });

  // ——— Logos and header ———
  const logos = data.logos.slice(0, 2);
  logos.forEach((logo, i) => {
    const size = imageSize(logo);
    if (!size) return;
    const box = { x: i === 0 ? CONTENT.left : CONTENT.right - LOGO.width, y: CONTENT.top, width: LOGO.width, height: LOGO.height };
    items.push({ kind: 'image', role: 'logo', data: logo, ...containImage(size, box, i === 0 ? 'left' : 'right', 'middle') });
  });
  const headerWidth = logos.length > 0 ? CONTENT_WIDTH - 2 * (LOGO.width + LOGO.gap) : CONTENT_WIDTH;
  let y = CONTENT.top + 4;
  const organisation = place.block('organisation', data.organisation, 'bold', COLORS.accent, { max: 14, min: 10 }, headerWidth);
  items.push(...place.centred(organisation, CENTRE, y));
  y += blockHeight(organisation) + 1;
  if (data.programme.trim()) {
    const programme = place.block('programme', data.programme, 'regular', COLORS.muted, { max: 10.5, min: 8.5 }, headerWidth);
    items.push(...place.centred(programme, CENTRE, y));
    y += blockHeight(programme);
  }
  y = Math.max(y + 22, CONTENT.top + LOGO.height + 12);
  const title = place.block('title', wording.title[data.kind], 'bold', COLORS.text, { max: 30, min: 18 }, CONTENT_WIDTH);
  items.push(...place.centred(title, CENTRE, y));
  y += blockHeight(title) + 6;
  items.push({ kind: 'rule', role: 'titleRule', x: CENTRE - 28, y, width: 56, height: 1.4, color: COLORS.accent });
  const bodyTop = y + 14;

  // ——— Footer: signatories and the QR code ———
  const footer = layoutFooter(place, data);
  items.push(...footer.items);
  const bodyBottom = footer.top - 16;

  // ——— Body: lead, name, statement, modules, place and date ———
  const lead: Lines = { role: 'lead', lines: [wording.lead], style: 'regular', size: 12.5, color: COLORS.muted, lineHeight: LINE };
  const statementText = data.modules.length === 1 ? wording.statement[data.kind].one : wording.statement[data.kind].many;
  const statement: Lines = { role: 'statement', lines: wrapText(statementText, 'regular', 12.5, CONTENT_WIDTH, measurer), style: 'regular', size: 12.5, color: COLORS.muted, lineHeight: LINE };
  const modules = data.modules.map((module) => moduleBlock(place, module, data.language));
  const placeAndDate = place.block('placeAndDate', formatPlaceAndDate(data.place, data.issuedOn, data.language), 'regular', COLORS.text, { max: 11, min: 9 }, CONTENT_WIDTH);
  const gaps = { afterLead: 8, afterName: 8, afterStatement: 8, beforePlace: 16 };
  const fixed = blockHeight(lead) + blockHeight(statement) + modules.reduce((sum, block) => sum + partsHeight(block), 0) + blockHeight(placeAndDate);
  const gapTotal = gaps.afterLead + gaps.afterName + gaps.afterStatement + gaps.beforePlace;
  const available = bodyBottom - bodyTop;
  // The name takes what is left, within bounds; if even the smallest name box leaves too little room, the gaps give way.
  const nameBox = Math.min(NAME.maxBoxHeight, Math.max(NAME.minBoxHeight, available - fixed - gapTotal));
  const gapScale = Math.max(0.25, Math.min(1, (available - fixed - nameBox) / gapTotal));
  const fittedName = fitText(data.participantName, 'bold', NAME, { maxWidth: CONTENT_WIDTH, maxHeight: nameBox, lineHeight: NAME_LINE }, measurer);
  const name: Lines = { role: 'name', lines: fittedName.lines, style: 'bold', size: fittedName.size, color: COLORS.text, lineHeight: NAME_LINE };
  const bodyHeight = fixed + gapTotal * gapScale + Math.max(nameBox, blockHeight(name));
  // Centred in the space between the title and the footer.
  y = bodyTop + Math.max(0, (available - bodyHeight) / 2);
  items.push(...place.centred(lead, CENTRE, y));
  y += blockHeight(lead) + gaps.afterLead * gapScale;
  const nameHeight = Math.max(nameBox, blockHeight(name));
  items.push(...place.centred(name, CENTRE, y + (nameHeight - blockHeight(name)) / 2));
  y += nameHeight + gaps.afterName * gapScale;
  items.push(...place.centred(statement, CENTRE, y));
  y += blockHeight(statement) + gaps.afterStatement * gapScale;
  for (const block of modules) {
    items.push(...placeParts(place, block, CENTRE, y));
    y += partsHeight(block);
  }
  y += gaps.beforePlace * gapScale;
  items.push(...place.centred(placeAndDate, CENTRE, y));
  return { items };
}

/** Lines stacked from `y` down, each one or more styled parts centred together as one line. */
interface PartsBlock {
  lines: Array<Array<{ text: string; style: TextStyle }>>;
  size: number;
  lineHeight: number;
}

const MODULE_SIZE = 11.5;

/** "**Title** — dates · hours" on one line when it fits, else the title (wrapped, bold) above the details. */
function moduleBlock(place: Placer, module: CertificateData['modules'][number], language: CertificateData['language']): PartsBlock {
  const details = `${formatDateRange(module.from, module.to, language)} · ${formatHours(module.hours, language)}`;
  const title = module.title.replace(/\s+/g, ' ').trim();
  const block = (lines: PartsBlock['lines']): PartsBlock => ({ lines, size: MODULE_SIZE, lineHeight: 1.45 });
  const width = lineWidth(title, 'bold', MODULE_SIZE, place.measurer) + lineWidth(` — ${details}`, 'regular', MODULE_SIZE, place.measurer);
  if (width <= CONTENT_WIDTH) return block([[{ text: title, style: 'bold' }, { text: ` — ${details}`, style: 'regular' }]]);
  const titleLines = wrapText(title, 'bold', MODULE_SIZE, CONTENT_WIDTH, place.measurer).map((text) => [{ text, style: 'bold' as const }]);
  const detailLines = wrapText(details, 'regular', MODULE_SIZE, CONTENT_WIDTH, place.measurer).map((text) => [{ text, style: 'regular' as const }]);
  return block([...titleLines, ...detailLines]);
}

const partsHeight = (block: PartsBlock) => block.lines.length * block.size * block.lineHeight;

function placeParts(place: Placer, block: PartsBlock, centre: number, y: number): TextItem[] {
  return block.lines.flatMap((parts, i) => {
    const lineY = y + i * block.size * block.lineHeight;
    const widths = parts.map((part) => lineWidth(part.text, part.style, block.size, place.measurer));
    let x = centre - widths.reduce((sum, width) => sum + width, 0) / 2;
    return parts.map((part, k) => {
      const item = place.line('module', part.text, part.style, block.size, COLORS.text, x, lineY, 'left', block.lineHeight);
      x += widths[k] ?? 0;
      return item;
    });
  });
}

/** Signatories across the bottom, the QR code in the bottom-right corner; `top` is the highest point used. */
function layoutFooter(place: Placer, data: CertificateData): { items: CertificateItem[]; top: number } {
  const wording = CERTIFICATE_WORDING[data.language];
  const items: CertificateItem[] = [];
  // QR code, then its caption: what it is, and the certificate number.
  const number: Lines = { role: 'number', lines: [formatCertificateNumberLabel(data.number, data.language)], style: 'regular', size: 8.5, color: COLORS.text, lineHeight: LINE };
  const verification: Lines = { role: 'verification', lines: [wording.verification], style: 'regular', size: 7.5, color: COLORS.muted, lineHeight: LINE };
  const captionHeight = blockHeight(number) + blockHeight(verification);
  const matrix = qrMatrix(data.qrText);
  const moduleSize = QR.size / matrix.size;
  // Nothing may enter the quiet zone, the caption included: readers need it to find the symbol.
  const quietZone = QR_QUIET_ZONE * moduleSize;
  const qrX = CONTENT.right - QR.size;
  const qrY = CONTENT.bottom - captionHeight - quietZone - QR.size;
  const qrCentre = qrX + QR.size / 2;
  items.push({ kind: 'qr', role: 'qr', x: qrX, y: qrY, moduleSize, matrix });
  const captionWidth = Math.max(QR.size, ...[number, verification].map((block) => lineWidth(block.lines[0] ?? '', 'regular', block.size, place.measurer)));
  const captionCentre = Math.min(qrCentre, CONTENT.right - captionWidth / 2);
  items.push(...place.centred(verification, captionCentre, qrY + QR.size + quietZone));
  items.push(...place.centred(number, captionCentre, qrY + QR.size + quietZone + blockHeight(verification)));
  let top = qrY - quietZone;

  const signatories = data.signatories.slice(0, 3);
  if (signatories.length > 0) {
    const regionRight = qrX - quietZone - SIGNATORY.gap;
    const columnWidth = Math.min(SIGNATORY.width, (regionRight - CONTENT.left) / signatories.length);
    const total = columnWidth * signatories.length;
    // Centred on the page when the QR code leaves room, else against it.
    const start = Math.max(CONTENT.left, Math.min(CENTRE - total / 2, regionRight - total));
    const textWidth = columnWidth - 16;
    const columns = signatories.map((signatory) => ({
      signatory,
      name: place.block('signatoryName', signatory.name, 'bold', COLORS.text, { max: 10.5, min: 8 }, textWidth),
      title: place.block('signatoryTitle', signatory.title, 'regular', COLORS.muted, { max: 9, min: 7.5 }, textWidth),
    }));
    const textHeight = Math.max(...columns.map((column) => blockHeight(column.name) + blockHeight(column.title)));
    const lineY = CONTENT.bottom - textHeight - 5;
    columns.forEach((column, i) => {
      const centre = start + columnWidth * (i + 0.5);
      const signature = column.signatory.signature;
      const size = signature ? imageSize(signature) : null;
      if (signature && size) {
        const box = { x: centre - (textWidth - 20) / 2, y: lineY - 3 - SIGNATORY.imageHeight, width: textWidth - 20, height: SIGNATORY.imageHeight };
        items.push({ kind: 'image', role: 'signature', data: signature, ...containImage(size, box, 'centre', 'bottom') });
      }
      items.push({ kind: 'rule', role: 'signatureLine', x: centre - textWidth / 2 + 14, y: lineY, width: textWidth - 28, height: 0.5, color: COLORS.line });
      items.push(...place.centred(column.name, centre, lineY + 5));
      items.push(...place.centred(column.title, centre, lineY + 5 + blockHeight(column.name)));
    });
    top = Math.min(top, lineY - 3 - SIGNATORY.imageHeight);
  }
  return { items, top };
}

export const CERTIFICATE_CONTENT_BOX = CONTENT;
