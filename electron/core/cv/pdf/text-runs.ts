import type { FontFace } from './fonts';

/**
 * Splitting a line of CV text into runs, one font each, in the order they
 * are drawn from left to right.
 *
 * Fonts: Arabic-script letters are set in Noto Sans Arabic, N'Ko in Noto
 * Sans NKo, everything else (Latin, digits, spaces, punctuation) in Noto Sans.
 *
 * Direction: the CV is French or English, so every line is a left-to-right
 * paragraph; a stretch of Arabic or N'Ko inside it is right-to-left. This is a
 * cut-down Unicode bidi algorithm (UAX #9) for that case only:
 * - Arabic and N'Ko letters are strong right-to-left, other letters strong
 *   left-to-right; digits after a right-to-left letter belong to its stretch
 *   (rule W2) but keep their own left-to-right order; spaces and punctuation
 *   between two right-to-left characters join them, any other takes the
 *   line's direction (N1/N2); combining marks follow their base (W1).
 * - Inside a right-to-left stretch the pieces (words, spaces, digit groups)
 *   are drawn in reverse order. A letter piece is given to pdfkit in logical
 *   order: pdfkit lays it out with fontkit, which detects the script
 *   (`arab`, `nko `), applies the contextual joining forms (init/medi/fina,
 *   lam-alef ligature) and, the script being right-to-left, returns the
 *   glyphs in visual order. Pieces never contain a space, because pdfkit
 *   lays out text space-separated word by word: a whole multi-word run would
 *   come out with its words left-to-right. Punctuation pieces are reversed
 *   here, with their brackets mirrored ("(" drawn as ")"), as fontkit
 *   mirrors nothing.
 */

export interface TextRun {
  /** What to hand to pdfkit for this run (see above for right-to-left pieces). */
  text: string;
  face: FontFace;
}

export type TextStyle = 'regular' | 'bold';

type Kind = 'arabic' | 'nko' | 'latin' | 'digit' | 'arabicDigit' | 'neutral';

const ARABIC_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0600, 0x06ff],
  [0x0750, 0x077f],
  [0x08a0, 0x08ff],
  [0xfb50, 0xfdff],
  [0xfe70, 0xfeff],
];

export function isArabicScript(codePoint: number): boolean {
  return ARABIC_RANGES.some(([from, to]) => codePoint >= from && codePoint <= to);
}

export function isNko(codePoint: number): boolean {
  return codePoint >= 0x07c0 && codePoint <= 0x07ff;
}

const LETTER = /\p{L}/u;
/** Combining marks, and format characters such as the zero-width joiners, stay with the character before them. */
const MARK = /[\p{M}\p{Cf}]/u;
const DIGIT = /\p{Nd}/u;

function kindOf(char: string, codePoint: number): Kind | 'mark' {
  if (isArabicScript(codePoint)) {
    return (codePoint >= 0x0660 && codePoint <= 0x0669) || (codePoint >= 0x06f0 && codePoint <= 0x06f9) ? 'arabicDigit' : 'arabic';
  }
  if (isNko(codePoint)) return 'nko';
  if (MARK.test(char)) return 'mark';
  if (LETTER.test(char)) return 'latin';
  if (DIGIT.test(char)) return 'digit';
  return 'neutral';
}

const MIRRORED: Record<string, string> = { '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<', '«': '»', '»': '«', '‹': '›', '›': '‹' };

export function faceFor(kind: 'arabic' | 'nko' | 'latin', style: TextStyle): FontFace {
  if (kind === 'arabic') return style === 'bold' ? 'arabicBold' : 'arabic';
  if (kind === 'nko') return 'nko';
  return style === 'bold' ? 'sansBold' : 'sans';
}

interface Char {
  text: string;
  kind: Kind;
  rtl: boolean;
}

/** The runs of one line (no line breaks inside), left to right. */
export function visualRuns(text: string, style: TextStyle): TextRun[] {
  const chars: Char[] = [];
  let lastStrong: Kind | null = null;
  for (const char of text) {
    const found = kindOf(char, char.codePointAt(0) ?? 0);
    const previous = chars[chars.length - 1];
    if (found === 'mark') {
      // A combining mark takes the kind of its base (a lone one is punctuation).
      if (previous) previous.text += char;
      else chars.push({ text: char, kind: 'neutral', rtl: false });
      continue;
    }
    let kind: Kind = found;
    if (kind === 'arabic' || kind === 'nko' || kind === 'latin') lastStrong = kind;
    const rtl = kind === 'arabic' || kind === 'nko' || kind === 'arabicDigit' || (kind === 'digit' && (lastStrong === 'arabic' || lastStrong === 'nko'));
    if (kind === 'digit' && !rtl) kind = 'latin';
    chars.push({ text: char, kind, rtl });
  }
  // Spaces and punctuation: right-to-left only between two right-to-left characters.
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i];
    if (!char || char.kind !== 'neutral') continue;
    let end = i;
    while (chars[end + 1]?.kind === 'neutral') end++;
    const before = chars[i - 1];
    const after = chars[end + 1];
    const rtl = Boolean(before?.rtl && after?.rtl);
    for (let j = i; j <= end; j++) {
      const neutral = chars[j];
      if (neutral) neutral.rtl = rtl;
    }
    i = end;
  }

  const runs: TextRun[] = [];
  let i = 0;
  while (i < chars.length) {
    const first = chars[i];
    if (!first) break;
    let end = i;
    while (chars[end + 1] && chars[end + 1]?.rtl === first.rtl) end++;
    const stretch = chars.slice(i, end + 1);
    if (first.rtl) runs.push(...rightToLeftRuns(stretch, style));
    else runs.push({ text: stretch.map((char) => char.text).join(''), face: faceFor('latin', style) });
    i = end + 1;
  }
  return runs;
}

/** A right-to-left stretch: its pieces (same kind) in reverse order. */
function rightToLeftRuns(stretch: Char[], style: TextStyle): TextRun[] {
  const pieces: Char[][] = [];
  for (const char of stretch) {
    const piece = pieces[pieces.length - 1];
    // Spaces are neutral, so a letter piece is one word.
    if (piece && piece[0]?.kind === char.kind) piece.push(char);
    else pieces.push([char]);
  }
  return pieces.reverse().map((piece): TextRun => {
    const kind = piece[0]?.kind ?? 'neutral';
    const text = piece.map((char) => char.text).join('');
    switch (kind) {
      case 'arabic':
      case 'nko':
        return { text, face: faceFor(kind, style) };
      case 'arabicDigit':
        return { text, face: faceFor('arabic', style) };
      case 'neutral':
        return { text: piece.map((char) => MIRRORED[char.text] ?? char.text).reverse().join(''), face: faceFor('latin', style) };
      default:
        return { text, face: faceFor('latin', style) };
    }
  });
}
