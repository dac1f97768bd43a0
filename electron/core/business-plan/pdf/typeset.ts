import type { CvFonts } from '../../cv/pdf/fonts';
import { glue } from '../../pdf/french-typography';
import { createFontkitMeasurer, measureLine, type MeasuredLine, type TextMeasurer } from '../../cv/pdf/measure';
import type { TextStyle } from '../../cv/pdf/text-runs';
import type { ItemRole, TableTag, TextItem } from './items';

/**
 * Measuring, wrapping and shortening text with the fonts pdfkit draws with
 * (through the CV's measurer: runs by script, right-to-left words). The
 * wrapping follows the CV's layout.ts (a private method there): break at
 * spaces, inside a word only when it is wider than the line, French
 * punctuation kept with its word.
 */

const LINE_HEIGHT = 1.3;
/** Baseline below the top of the line box (Noto Sans: ascender 1.069 em, accented capitals ~0.93 em). */
const ASCENT = 1.02;
const ELLIPSIS = '…';
const MAX_MEMO = 20_000;

export const lineHeight = (size: number): number => size * LINE_HEIGHT;

export interface TextSpec {
  role: ItemRole;
  style: TextStyle;
  size: number;
  color: string;
}

export type Align = 'left' | 'right' | 'center';

export class Typesetter {
  /**
   * Lines measured once, at size 1: widths grow linearly with the size, and
   * tables try several sizes and repeat their figures and headings a lot.
   */
  private readonly memo = new Map<string, MeasuredLine>();

  constructor(private readonly measurer: TextMeasurer) {}

  private unitLine(text: string, style: TextStyle): MeasuredLine {
    const key = `${style}|${text}`;
    let line = this.memo.get(key);
    if (!line) {
      line = measureLine(text, style, 1, this.measurer);
      if (this.memo.size >= MAX_MEMO) this.memo.clear();
      this.memo.set(key, line);
    }
    return line;
  }

  measure(text: string, style: TextStyle, size: number): MeasuredLine {
    const unit = this.unitLine(text, style);
    return { width: unit.width * size, runs: unit.runs.map((run) => ({ ...run, x: run.x * size, width: run.width * size })) };
  }

  width(text: string, style: TextStyle, size: number): number {
    return this.unitLine(text, style).width * size;
  }

  /** Candidate lines while wrapping: measured without filling the memo with prefixes. */
  private draftWidth(text: string, style: TextStyle, size: number): number {
    return measureLine(text, style, size, this.measurer).width;
  }

  /** Paragraphs (split at line breaks, blank ones dropped), each as lines no wider than `maxWidth`. */
  paragraphs(text: string, style: TextStyle, size: number, maxWidth: number): string[][] {
    return normalise(text)
      .split('\n')
      .map((paragraph) => this.wrapParagraph(paragraph, style, size, maxWidth))
      .filter((lines) => lines.length > 0);
  }

  wrap(text: string, style: TextStyle, size: number, maxWidth: number): string[] {
    return this.paragraphs(text, style, size, maxWidth).flat();
  }

  /** At most `maxLines` lines; the last one ends with an ellipsis when text is left over. */
  clamp(text: string, style: TextStyle, size: number, maxWidth: number, maxLines: number): string[] {
    const lines = this.wrap(text, style, size, maxWidth);
    if (lines.length <= maxLines) return lines;
    const kept = lines.slice(0, Math.max(0, maxLines - 1));
    return [...kept, this.ellipsis(`${lines.slice(kept.length).join(' ')}${ELLIPSIS}`, style, size, maxWidth)];
  }

  /** `text` on one line, cut with an ellipsis when it is wider than `maxWidth` ('' when not even the ellipsis fits). */
  ellipsis(text: string, style: TextStyle, size: number, maxWidth: number): string {
    const flat = normalise(text).replace(/\n+/g, ' ').trim();
    if (this.width(flat, style, size) <= maxWidth) return flat;
    const clusters = graphemes(flat.endsWith(ELLIPSIS) ? flat.slice(0, -ELLIPSIS.length) : flat);
    let low = 0;
    let high = clusters.length;
    // The longest prefix that still fits with its ellipsis.
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (this.draftWidth(shortened(clusters, middle), style, size) <= maxWidth) low = middle;
      else high = middle - 1;
    }
    const result = shortened(clusters, low);
    return this.width(result, style, size) <= maxWidth ? result : '';
  }

  /** A positioned line: `x` is its left edge, right edge or centre depending on `align`. */
  line(spec: TextSpec, text: string, x: number, y: number, align: Align = 'left', table?: TableTag): TextItem {
    const measured = this.measure(text, spec.style, spec.size);
    const left = align === 'right' ? x - measured.width : align === 'center' ? x - measured.width / 2 : x;
    return {
      kind: 'text',
      role: spec.role,
      text,
      x: left,
      y,
      width: measured.width,
      height: lineHeight(spec.size),
      baseline: y + spec.size * ASCENT,
      size: spec.size,
      color: spec.color,
      runs: measured.runs.map((run) => ({ ...run, x: left + run.x })),
      ...(table ? { table } : {}),
    };
  }

  /** The largest size ≤ `size` (not below `min`) at which every word of `text` fits `maxWidth`. */
  fitSize(text: string, style: TextStyle, size: number, min: number, maxWidth: number): number {
    const widest = Math.max(0, ...normalise(text).split(/\s+/).map((word) => this.width(word, style, size)));
    if (widest <= maxWidth) return size;
    return Math.max(min, Math.floor(((size * maxWidth) / widest) * 10) / 10);
  }

  private wrapParagraph(paragraph: string, style: TextStyle, size: number, maxWidth: number): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of glue(paragraph.split(' ').filter(Boolean))) {
      const candidate = line ? `${line} ${word}` : word;
      if (this.draftWidth(candidate, style, size) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      if (this.draftWidth(word, style, size) <= maxWidth) {
        line = word;
        continue;
      }
      const pieces = this.breakWord(word, style, size, maxWidth);
      line = pieces.pop() ?? '';
      lines.push(...pieces);
    }
    if (line) lines.push(line);
    return lines;
  }

  /** A word wider than the line, cut between characters (never between a character and its combining marks). */
  private breakWord(word: string, style: TextStyle, size: number, maxWidth: number): string[] {
    const clusters = graphemes(word);
    const pieces: string[] = [];
    let piece = '';
    for (const cluster of clusters) {
      if (piece && this.draftWidth(piece + cluster, style, size) > maxWidth) {
        pieces.push(piece);
        piece = '';
      }
      piece += cluster;
    }
    if (piece) pieces.push(piece);
    return pieces;
  }
}

const typesetters = new WeakMap<CvFonts, Typesetter>();

/** One typesetter per loaded font set: its measurements serve every later document. */
export function typesetterFor(fonts: CvFonts): Typesetter {
  let typesetter = typesetters.get(fonts);
  if (!typesetter) {
    typesetter = new Typesetter(createFontkitMeasurer(fonts));
    typesetters.set(fonts, typesetter);
  }
  return typesetter;
}

function shortened(clusters: string[], count: number): string {
  return `${clusters.slice(0, count).join('').trimEnd()}${ELLIPSIS}`;
}

function graphemes(text: string): string[] {
  return text.match(/\P{M}\p{M}*|\p{M}+/gu) ?? [];
}

export function normalise(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[\t\u2028\u2029]/g, ' ');
}

