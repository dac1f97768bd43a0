import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCvFonts } from './fonts';
import { visualRuns } from './text-runs';

const FONTS_DIR = join(import.meta.dirname, '..', '..', '..', '..', 'resources', 'fonts');

describe('visualRuns', () => {
  it('keeps Latin text in one Noto Sans run', () => {
    expect(visualRuns('Couturière « sur mesure » 2024', 'regular')).toEqual([{ text: 'Couturière « sur mesure » 2024', face: 'sans' }]);
    expect(visualRuns('Ndèye Diop', 'bold')).toEqual([{ text: 'Ndèye Diop', face: 'sansBold' }]);
  });

  it('sets Arabic script in Noto Sans Arabic and N’Ko in Noto Sans NKo (no bold N’Ko face)', () => {
    expect(visualRuns('الخياطة', 'regular')).toEqual([{ text: 'الخياطة', face: 'arabic' }]);
    expect(visualRuns('الخياطة', 'bold')).toEqual([{ text: 'الخياطة', face: 'arabicBold' }]);
    expect(visualRuns('ߒߞߏ', 'bold')).toEqual([{ text: 'ߒߞߏ', face: 'nko' }]);
    // Presentation forms and the supplement ranges count as Arabic too.
    expect(visualRuns('ﻻ', 'regular')).toEqual([{ text: 'ﻻ', face: 'arabic' }]);
    expect(visualRuns('ݐ', 'regular')).toEqual([{ text: 'ݐ', face: 'arabic' }]);
  });

  it('draws the words of a right-to-left stretch from its last to its first', () => {
    expect(visualRuns('خياطة الملابس التقليدية', 'regular')).toEqual([
      { text: 'التقليدية', face: 'arabic' },
      { text: ' ', face: 'sans' },
      { text: 'الملابس', face: 'arabic' },
      { text: ' ', face: 'sans' },
      { text: 'خياطة', face: 'arabic' },
    ]);
  });

  it('keeps digits in a right-to-left stretch left-to-right, as a group placed in the stretch', () => {
    expect(visualRuns('عمل 12 سنة', 'regular')).toEqual([
      { text: 'سنة', face: 'arabic' },
      { text: ' ', face: 'sans' },
      { text: '12', face: 'sans' },
      { text: ' ', face: 'sans' },
      { text: 'عمل', face: 'arabic' },
    ]);
    expect(visualRuns('٢٠٢٤', 'regular')).toEqual([{ text: '٢٠٢٤', face: 'arabic' }]);
  });

  it('mirrors brackets inside a right-to-left stretch, and leaves Latin text around it in place', () => {
    expect(visualRuns('أ (ب) ج', 'regular')).toEqual([
      { text: 'ج', face: 'arabic' },
      { text: ' (', face: 'sans' },
      { text: 'ب', face: 'arabic' },
      { text: ') ', face: 'sans' },
      { text: 'أ', face: 'arabic' },
    ]);
    expect(visualRuns('Cuisine « الطبخ » et couture', 'regular')).toEqual([
      { text: 'Cuisine « ', face: 'sans' },
      { text: 'الطبخ', face: 'arabic' },
      { text: ' » et couture', face: 'sans' },
    ]);
    expect(visualRuns('(الخياطة)', 'regular')).toEqual([
      { text: '(', face: 'sans' },
      { text: 'الخياطة', face: 'arabic' },
      { text: ')', face: 'sans' },
    ]);
  });

  it('keeps combining marks with their letter', () => {
    expect(visualRuns('Nde\u0300ye', 'regular')).toEqual([{ text: 'Nde\u0300ye', face: 'sans' }]);
  });
});

describe('Arabic shaping by fontkit (what pdfkit draws with)', () => {
  it('joins the letters of a word and returns them right to left', async () => {
    const { faces } = await loadCvFonts(FONTS_DIR);
    const word = 'الخياطة';
    const run = faces.arabic.layout(word);
    expect(run.direction).toBe('rtl');
    const letters = run.glyphs.filter((glyph) => glyph.codePoints.length > 0);
    // Visual order: the word's last letter comes first (leftmost).
    expect(letters.flatMap((glyph) => glyph.codePoints)).toEqual([...word].reverse().map((char) => char.codePointAt(0)));
    // Contextual forms: initial, medial and final shapes, not the isolated letters.
    const names = letters.map((glyph) => glyph.name).join(' ');
    expect(names).toMatch(/\.init/);
    expect(names).toMatch(/\.medi/);
    expect(names).toMatch(/\.fina/);
  });

  it('joins N’Ko letters right to left too', async () => {
    const { faces } = await loadCvFonts(FONTS_DIR);
    const run = faces.nko.layout('ߒߞߏ');
    expect(run.direction).toBe('rtl');
    expect(run.glyphs.flatMap((glyph) => glyph.codePoints)).toEqual([0x07cf, 0x07de, 0x07d2]);
  });
});
