/**
 * Choosing a QR code's mask the way the qrcode package does (ISO/IEC 18004
 * §7.8.3 as that library computes it: the lowest penalty wins, ties going
 * to the lower mask), but scored on rows and columns packed 32 modules to
 * a word, so that runs, 2×2 blocks and finder-like patterns are counted
 * with a few shifts and bit counts per line instead of per module.
 */

/** What depends only on the symbol size: the masks as flip planes (bytes and packed) and where the format bits go. */
interface SizeTables {
  size: number;
  /** 32-bit words per packed row or column. */
  words: number;
  /** 1 where mask m flips a module (never a reserved one). */
  planes: Uint8Array[];
  rowPlanes: Int32Array[];
  colPlanes: Int32Array[];
}

const tablesBySize = new Map<number, SizeTables>();

function tablesFor(size: number, reserved: Uint8Array): SizeTables {
  let tables = tablesBySize.get(size);
  if (!tables) {
    const words = Math.ceil(size / 32);
    const planes = Array.from({ length: 8 }, (_, mask) => {
      const plane = new Uint8Array(size * size);
      for (let row = 0; row < size; row++) for (let col = 0; col < size; col++) if (!reserved[row * size + col]) plane[row * size + col] = maskBit(mask, row, col);
      return plane;
    });
    const packed = planes.map((plane) => pack(plane, size, words));
    tables = { size, words, planes, rowPlanes: packed.map((p) => p.rows), colPlanes: packed.map((p) => p.cols) };
    tablesBySize.set(size, tables);
  }
  return tables;
}

/** 1 where mask `pattern` flips the module at (row, col). */
function maskBit(pattern: number, row: number, col: number): number {
  switch (pattern) {
    case 0:
      return (row + col) % 2 === 0 ? 1 : 0;
    case 1:
      return row % 2 === 0 ? 1 : 0;
    case 2:
      return col % 3 === 0 ? 1 : 0;
    case 3:
      return (row + col) % 3 === 0 ? 1 : 0;
    case 4:
      return (Math.floor(row / 2) + Math.floor(col / 3)) % 2 === 0 ? 1 : 0;
    case 5:
      return ((row * col) % 2) + ((row * col) % 3) === 0 ? 1 : 0;
    case 6:
      return (((row * col) % 2) + ((row * col) % 3)) % 2 === 0 ? 1 : 0;
    default:
      return (((row * col) % 3) + ((row + col) % 2)) % 2 === 0 ? 1 : 0;
  }
}

function pack(modules: Uint8Array, size: number, words: number): { rows: Int32Array; cols: Int32Array } {
  const rows = new Int32Array(size * words);
  const cols = new Int32Array(size * words);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      if (!modules[row * size + col]) continue;
      const rowWord = row * words + (col >> 5);
      const colWord = col * words + (row >> 5);
      rows[rowWord] = (rows[rowWord] as number) | (1 << (col & 31));
      cols[colWord] = (cols[colWord] as number) | (1 << (row & 31));
    }
  }
  return { rows, cols };
}

/** The 15 format bits (level M, then the mask) with their BCH(15,5) check bits, XOR-masked, as in the standard. */
function formatBits(mask: number): number {
  const LEVEL_M = 0;
  const G15 = 0b10100110111;
  const data = (LEVEL_M << 3) | mask;
  let remainder = data << 10;
  for (let bit = 14; bit >= 10; bit--) if (remainder & (1 << bit)) remainder ^= G15 << (bit - 10);
  return ((data << 10) | remainder) ^ 0b101010000010010;
}

/** Calls `set` for each format-information module of `mask` (both copies, placed as qrcode's setupFormatInfo does) and the always-dark module. */
function forEachFormatModule(size: number, mask: number, set: (row: number, col: number, bit: number) => void): void {
  const bits = formatBits(mask);
  for (let i = 0; i < 15; i++) {
    const bit = (bits >> i) & 1;
    set(i < 6 ? i : i < 8 ? i + 1 : size - 15 + i, 8, bit);
    set(8, i < 8 ? size - i - 1 : i < 9 ? 15 - i : 14 - i, bit);
  }
  set(size - 8, 8, 1);
}

/**
 * The symbol with its best mask, from the symbol built with mask 0 and the
 * reserved (function pattern) modules, which masks never touch.
 */
export function applyBestMask(withMask0: Uint8Array, reserved: Uint8Array, size: number): Uint8Array {
  const tables = tablesFor(size, reserved);
  const { words, planes, rowPlanes, colPlanes } = tables;
  const mask0 = planes[0] as Uint8Array;
  const unmasked = new Uint8Array(size * size);
  for (let i = 0; i < unmasked.length; i++) unmasked[i] = (withMask0[i] as number) ^ (mask0[i] as number);
  const raw = pack(unmasked, size, words);
  const rows = new Int32Array(raw.rows.length);
  const cols = new Int32Array(raw.cols.length);
  const scratch = { equal: new Int32Array(words), runs: new Int32Array(words) };
  let best = 0;
  let lowest = Infinity;
  for (let mask = 0; mask < 8; mask++) {
    const rowPlane = rowPlanes[mask] as Int32Array;
    const colPlane = colPlanes[mask] as Int32Array;
    for (let i = 0; i < rows.length; i++) {
      rows[i] = (raw.rows[i] as number) ^ (rowPlane[i] as number);
      cols[i] = (raw.cols[i] as number) ^ (colPlane[i] as number);
    }
    forEachFormatModule(size, mask, (row, col, bit) => {
      const rowWord = row * words + (col >> 5);
      const colWord = col * words + (row >> 5);
      rows[rowWord] = bit ? (rows[rowWord] as number) | (1 << (col & 31)) : (rows[rowWord] as number) & ~(1 << (col & 31));
      cols[colWord] = bit ? (cols[colWord] as number) | (1 << (row & 31)) : (cols[colWord] as number) & ~(1 << (row & 31));
    });
    const score = penalty(rows, cols, size, words, lowest, scratch);
    if (score < lowest) {
      lowest = score;
      best = mask;
    }
  }
  const plane = planes[best] as Uint8Array;
  const dark = new Uint8Array(size * size);
  for (let i = 0; i < dark.length; i++) dark[i] = (unmasked[i] as number) ^ (plane[i] as number);
  forEachFormatModule(size, best, (row, col, bit) => (dark[row * size + col] = bit));
  return dark;
}

function popcount(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** Bits of word `i` whose position in the line is below `limit`. */
function below(i: number, limit: number): number {
  const low = i * 32;
  if (limit >= low + 32) return -1;
  if (limit <= low) return 0;
  return (1 << (limit - low)) - 1;
}

interface Scratch {
  /** Per word: 1 where a module equals the next one. */
  equal: Int32Array;
  runs: Int32Array;
}

/**
 * qrcode's penalty: N4 (dark share), then per line N1 (runs of five or
 * more: 3 + extra), N2 (2×2 blocks, rows against the next row) and N3
 * (1:1:3:1:1 next to four light modules). Every term adds, so it stops
 * once the score reaches `stopAt` (that mask cannot win).
 */
function penalty(rows: Int32Array, cols: Int32Array, size: number, words: number, stopAt: number, scratch: Scratch): number {
  let darkCount = 0;
  for (let i = 0; i < rows.length; i++) darkCount += popcount(rows[i] as number);
  let points = Math.abs(Math.ceil((darkCount * 100) / (size * size) / 5) - 10) * 10;
  for (let line = 0; line < size && points < stopAt; line++) {
    points += lineScore(rows, line * words, words, size, scratch);
    if (line < size - 1) points += blockScore(rows, line * words, words, scratch);
    points += lineScore(cols, line * words, words, size, scratch);
  }
  return points;
}

/** N1 and N3 of one packed line (leaves `scratch.equal` set for the line). */
function lineScore(line: Int32Array, at: number, words: number, size: number, scratch: Scratch): number {
  const { equal, runs } = scratch;
  let points = 0;
  let finders = 0;
  for (let i = 0; i < words; i++) {
    const a = line[at + i] as number;
    const n = i + 1 < words ? (line[at + i + 1] as number) : 0;
    // s_k: bit j = module j + k.
    const s1 = (a >>> 1) | (n << 31);
    const s2 = (a >>> 2) | (n << 30);
    const s3 = (a >>> 3) | (n << 29);
    const s4 = (a >>> 4) | (n << 28);
    const s5 = (a >>> 5) | (n << 27);
    const s6 = (a >>> 6) | (n << 26);
    const s7 = (a >>> 7) | (n << 25);
    const s8 = (a >>> 8) | (n << 24);
    const s9 = (a >>> 9) | (n << 23);
    const s10 = (a >>> 10) | (n << 22);
    equal[i] = ~(a ^ s1) & below(i, size - 1);
    // Dark-light-dark-dark-dark-light-dark then four light, or the reverse.
    const before = a & ~s1 & s2 & s3 & s4 & ~s5 & s6 & ~s7 & ~s8 & ~s9 & ~s10;
    const after = ~a & ~s1 & ~s2 & ~s3 & s4 & ~s5 & s6 & s7 & s8 & ~s9 & s10;
    finders += popcount((before | after) & below(i, size - 10));
  }
  // A run of L ≥ 5 equal modules is L − 1 ≥ 4 equal neighbours: `runs` has L − 4 bits for it, one of them its start.
  for (let i = 0; i < words; i++) {
    const e = equal[i] as number;
    const n = i + 1 < words ? (equal[i + 1] as number) : 0;
    runs[i] = e & ((e >>> 1) | (n << 31)) & ((e >>> 2) | (n << 30)) & ((e >>> 3) | (n << 29));
  }
  let carry = 0;
  for (let i = 0; i < words; i++) {
    const r = runs[i] as number;
    const starts = r & ~((r << 1) | carry);
    carry = r >>> 31;
    // Each run scores L − 2 = (L − 4) + 2.
    points += popcount(r) + 2 * popcount(starts);
  }
  return points + 40 * finders;
}

/** N2 between the row at `at` (whose `scratch.equal` is set) and the next row. */
function blockScore(rows: Int32Array, at: number, words: number, scratch: Scratch): number {
  let blocks = 0;
  for (let i = 0; i < words; i++) {
    const same = ~((rows[at + i] as number) ^ (rows[at + words + i] as number));
    const nextSame = i + 1 < words ? ~((rows[at + i + 1] as number) ^ (rows[at + words + i + 1] as number)) : 0;
    blocks += popcount(same & ((same >>> 1) | (nextSame << 31)) & (scratch.equal[i] as number));
  }
  return 3 * blocks;
}
