import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { create, type Font, type GlyphRun } from 'fontkit';

/** The faces embedded in a CV PDF (resources/fonts). N'Ko has no bold face: bold N'Ko text uses the regular one. */
export const FONT_FACES = ['sans', 'sansBold', 'arabic', 'arabicBold', 'nko'] as const;
export type FontFace = (typeof FONT_FACES)[number];

export const FONT_FILES: Record<FontFace, string> = {
  sans: 'NotoSans-Regular.ttf',
  sansBold: 'NotoSans-Bold.ttf',
  arabic: 'NotoSansArabic-Regular.ttf',
  arabicBold: 'NotoSansArabic-Bold.ttf',
  nko: 'NotoSansNKo-Regular.ttf',
};

export interface CvFonts {
  /** The TTF files as read. */
  buffers: Record<FontFace, Buffer>;
  /**
   * The same files parsed by fontkit. pdfkit accepts a fontkit font as a
   * font source, so every document shares these: parsing and the first
   * OpenType layout of Noto Sans (its GSUB/GPOS tables) cost ~200 ms, once
   * per process instead of once per PDF.
   */
  faces: Record<FontFace, Font>;
}

const cache = new Map<string, Promise<CvFonts>>();

/** Reads and parses the CV fonts of `fontsDir`, once per folder (a failed load is retried next time). */
export function loadCvFonts(fontsDir: string): Promise<CvFonts> {
  const key = resolve(fontsDir);
  let fonts = cache.get(key);
  if (!fonts) {
    fonts = readFonts(key);
    cache.set(key, fonts);
    fonts.catch(() => cache.delete(key));
  }
  return fonts;
}

async function readFonts(dir: string): Promise<CvFonts> {
  const entries = await Promise.all(FONT_FACES.map(async (face) => [face, await readFile(join(dir, FONT_FILES[face]))] as const));
  const buffers = Object.fromEntries(entries) as Record<FontFace, Buffer>;
  const faces = Object.fromEntries(entries.map(([face, buffer]) => [face, withLayoutCache(create(buffer))])) as Record<FontFace, Font>;
  return { buffers, faces };
}

const MAX_CACHED_RUNS = 20_000;

/**
 * The font with its default layout (no explicit features) remembered per
 * string. pdfkit lays out every word again in every document (its own cache
 * lives in the document's font), and OpenType layout is most of the time a
 * CV takes to draw. pdfkit scales the positions it gets in place, so each
 * call returns fresh position objects; glyphs are fontkit's shared ones.
 */
function withLayoutCache(font: Font): Font {
  const runs = new Map<string, GlyphRun>();
  const layout = (text: string, features?: string[] | Record<string, boolean>): GlyphRun => {
    if (features !== undefined) return font.layout(text, features);
    let run = runs.get(text);
    if (!run) {
      run = font.layout(text);
      if (runs.size >= MAX_CACHED_RUNS) runs.clear();
      runs.set(text, run);
    }
    return copyRun(run);
  };
  return new Proxy(font, { get: (target, property, receiver) => (property === 'layout' ? layout : Reflect.get(target, property, receiver)) });
}

function copyRun(run: GlyphRun): GlyphRun {
  return {
    glyphs: run.glyphs,
    positions: run.positions.map((position) => ({ xAdvance: position.xAdvance, yAdvance: position.yAdvance, xOffset: position.xOffset, yOffset: position.yOffset })),
    get advanceWidth() {
      return this.positions.reduce((width, position) => width + position.xAdvance, 0);
    },
    script: run.script,
    direction: run.direction,
  };
}
