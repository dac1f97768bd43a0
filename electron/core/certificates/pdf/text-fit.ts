import { measureLine, type MeasuredLine, type TextMeasurer } from '../../cv/pdf/measure';
import type { TextStyle } from '../../cv/pdf/text-runs';

/**
 * Wrapping and shrinking single paragraphs to a width, with the CV's
 * measurer (fonts by script, right-to-left runs: see cv/pdf/text-runs.ts).
 */

const MAX_CACHED_LINES = 20_000;
const lineCaches = new WeakMap<TextMeasurer, Map<string, MeasuredLine>>();

/**
 * A line split into runs and measured, remembered per measurer: a cohort's
 * certificates repeat most of their lines (organisation, title, statement,
 * module dates, signatories), and splitting by script is the costly part.
 * Callers must not change the result.
 */
export function measuredLine(text: string, style: TextStyle, size: number, measurer: TextMeasurer): MeasuredLine {
  let cache = lineCaches.get(measurer);
  if (!cache) {
    cache = new Map();
    lineCaches.set(measurer, cache);
  }
  const key = `${style}|${size}|${text}`;
  let line = cache.get(key);
  if (!line) {
    line = measureLine(text, style, size, measurer);
    if (cache.size >= MAX_CACHED_LINES) cache.clear();
    cache.set(key, line);
  }
  return line;
}

export function lineWidth(text: string, style: TextStyle, size: number, measurer: TextMeasurer): number {
  return measuredLine(text, style, size, measurer).width;
}

/** Lines of `text` no wider than `maxWidth`: broken at spaces, inside a word only when the word alone is too wide. */
export function wrapText(text: string, style: TextStyle, size: number, maxWidth: number, measurer: TextMeasurer): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (lineWidth(candidate, style, size, measurer) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    if (lineWidth(word, style, size, measurer) <= maxWidth) {
      line = word;
      continue;
    }
    const pieces = breakWord(word, style, size, maxWidth, measurer);
    line = pieces.pop() ?? '';
    lines.push(...pieces);
  }
  if (line) lines.push(line);
  return lines;
}

/** A word wider than the line, cut between characters (never between a letter and its combining marks). */
function breakWord(word: string, style: TextStyle, size: number, maxWidth: number, measurer: TextMeasurer): string[] {
  const clusters = word.match(/\P{M}\p{M}*|\p{M}+/gu) ?? [word];
  const pieces: string[] = [];
  let piece = '';
  for (const cluster of clusters) {
    if (piece && lineWidth(piece + cluster, style, size, measurer) > maxWidth) {
      pieces.push(piece);
      piece = cluster;
    } else {
      piece += cluster;
    }
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** The largest size from `max` down to `min` (by steps of 0.5) at which `text` fits on one line, or null. */
export function fitOnOneLine(text: string, style: TextStyle, max: number, min: number, maxWidth: number, measurer: TextMeasurer): number | null {
  // Width is proportional to size, so one measurement gives the answer.
  const width = lineWidth(text, style, max, measurer);
  if (width <= maxWidth) return max;
  const size = Math.floor(((max * maxWidth) / width) * 2) / 2;
  return size >= min ? size : null;
}

export interface FittedText {
  size: number;
  lines: string[];
}

/**
 * A text given a box: on one line, shrunk from `max` down to `oneLineMin`
 * if needed; else wrapped, at the largest size down to `min` whose lines fit
 * `maxHeight` (at `min`, the lines are kept even if taller).
 */
export function fitText(
  text: string,
  style: TextStyle,
  sizes: { max: number; oneLineMin: number; min: number },
  box: { maxWidth: number; maxHeight: number; lineHeight: number },
  measurer: TextMeasurer,
): FittedText {
  const oneLine = fitOnOneLine(text, style, sizes.max, sizes.oneLineMin, box.maxWidth, measurer);
  if (oneLine !== null && oneLine * box.lineHeight <= box.maxHeight) return { size: oneLine, lines: [text.replace(/\s+/g, ' ').trim()] };
  let size = Math.min(sizes.oneLineMin, sizes.max);
  for (; size > sizes.min; size -= 0.5) {
    const lines = wrapText(text, style, size, box.maxWidth, measurer);
    if (lines.length * size * box.lineHeight <= box.maxHeight) return { size, lines };
  }
  return { size: sizes.min, lines: wrapText(text, style, sizes.min, box.maxWidth, measurer) };
}
