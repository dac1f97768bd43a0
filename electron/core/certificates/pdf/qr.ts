import QRCode from 'qrcode';
import { applyBestMask } from './qr-mask';

/**
 * The certificate's QR code as vector squares: crisp at any print
 * resolution, and a few hundred bytes per page instead of an image.
 */

export interface QrMatrix {
  /** Modules per side (without the quiet zone). */
  size: number;
  /** Row by row, 1 for a dark module. */
  dark: Uint8Array;
}

/**
 * The symbol for `text` at level M (15 % of it can be dirty or torn and it
 * still reads), exactly as `QRCode.create(qrSegments(text), { errorCorrectionLevel: 'M' })`
 * builds it, several times faster (the library takes 1–2 ms a code: seconds
 * for a cohort). Two shortcuts, same result:
 * - the text is given as one byte segment: the library would otherwise
 *   search the cheapest mix of modes with a shortest-path graph, which
 *   gains nothing on base64url text but costs a third of its time;
 * - the library picks the mask by applying each of the eight through
 *   per-module function calls; here the symbol is built once with mask 0
 *   and the mask is chosen by the same rules on packed bits (qr-mask.ts).
 */
export function qrMatrix(text: string): QrMatrix {
  const { modules } = QRCode.create(qrSegments(text), { errorCorrectionLevel: 'M', maskPattern: 0 });
  return { size: modules.size, dark: applyBestMask(modules.data, modules.reservedBit, modules.size) };
}

/** The one segment the text is encoded as: its UTF-8 bytes (byte mode). */
export function qrSegments(text: string): QRCode.QRCodeSegment[] {
  return [{ mode: 'byte', data: new TextEncoder().encode(text) }];
}

/** Modules of white the symbol needs around it to be found by a reader. */
export const QR_QUIET_ZONE = 4;

/**
 * PDF path operators filling the dark modules, in module units from the
 * symbol's top-left corner (y down, as pdfkit's page space): one rectangle
 * per horizontal run of dark modules, which halves the operators and keeps
 * neighbouring modules from showing hairline seams.
 */
export function qrPathOperators(matrix: QrMatrix): string {
  const { size, dark } = matrix;
  const parts: string[] = [];
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!dark[row * size + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && dark[row * size + col]) col++;
      parts.push(`${start} ${row} ${col - start} 1 re`);
    }
  }
  return parts.join('\n');
}

/** The matrix back from path operators (tests: what is drawn is the symbol). */
export function matrixFromPathOperators(operators: string, size: number): Uint8Array {
  const dark = new Uint8Array(size * size);
  for (const match of operators.matchAll(/(\d+) (\d+) (\d+) 1 re/g)) {
    const [col, row, length] = [Number(match[1]), Number(match[2]), Number(match[3])];
    for (let i = 0; i < length; i++) dark[row * size + col + i] = 1;
  }
  return dark;
}
