import { FONT_FACES, loadCvFonts, type CvFonts, type FontFace } from './fonts';
import { visualRuns, type TextRun, type TextStyle } from './text-runs';

/** Measures text the way pdfkit will draw it. */
export interface TextMeasurer {
  /** Advance width, in points, of `text` in one face at `size` (one run as drawn, see text-runs.ts). */
  width(text: string, face: FontFace, size: number): number;
}

export interface MeasuredRun extends TextRun {
  /** Offset from the line's start, in points. */
  x: number;
  width: number;
}

export interface MeasuredLine {
  runs: MeasuredRun[];
  width: number;
}

/** A line of text split into runs by script and direction, with their positions. */
export function measureLine(text: string, style: TextStyle, size: number, measurer: TextMeasurer): MeasuredLine {
  let x = 0;
  const runs = visualRuns(text, style).map((run): MeasuredRun => {
    const width = measurer.width(run.text, run.face, size);
    const measured = { ...run, x, width };
    x += width;
    return measured;
  });
  return { runs, width: x };
}

const MAX_CACHED = 20_000;

/**
 * A measurer backed by the fontkit fonts pdfkit draws with. pdfkit (without
 * explicit OpenType features) lays text out in space-terminated chunks and
 * adds their advances; this does exactly the same, so a measured line is as
 * wide as the drawn one. Chunk widths are cached across documents.
 */
export function createFontkitMeasurer(fonts: CvFonts): TextMeasurer {
  const caches = Object.fromEntries(FONT_FACES.map((face) => [face, new Map<string, number>()])) as Record<FontFace, Map<string, number>>;
  const chunkWidth = (face: FontFace, chunk: string): number => {
    const cache = caches[face];
    let units = cache.get(chunk);
    if (units === undefined) {
      const font = fonts.faces[face];
      units = (font.layout(chunk).advanceWidth * 1000) / font.unitsPerEm;
      if (cache.size >= MAX_CACHED) cache.clear();
      cache.set(chunk, units);
    }
    return units;
  };
  return {
    width(text, face, size) {
      let units = 0;
      let start = 0;
      for (let i = 0; i < text.length; i++) {
        const char = text[i];
        if (char === ' ' || char === '\t') {
          units += chunkWidth(face, text.slice(start, i + 1));
          start = i + 1;
        }
      }
      if (start < text.length) units += chunkWidth(face, text.slice(start));
      return (units * size) / 1000;
    },
  };
}

/** A measurer for `fontsDir`'s fonts (tests, previews). */
export async function createMeasurer(fontsDir: string): Promise<TextMeasurer> {
  return createFontkitMeasurer(await loadCvFonts(fontsDir));
}
