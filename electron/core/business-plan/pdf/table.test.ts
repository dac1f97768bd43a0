import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCvFonts } from '../../cv/pdf/fonts';
import { A4_LANDSCAPE, A4_PORTRAIT, contentWidth, type PlanItem, type TextItem } from './items';
import { paginate } from './paginate';
import { MIN_SIZE, PAD_X, fitColumns, layoutTable, type TableSpec } from './table';
import { Typesetter, typesetterFor } from './typeset';

const FONTS_DIR = join(import.meta.dirname, '..', '..', '..', '..', 'resources', 'fonts');
const EPSILON = 0.01;

let ts: Typesetter;
beforeAll(async () => {
  ts = typesetterFor(await loadCvFonts(FONTS_DIR));
});

const texts = (items: readonly PlanItem[]): TextItem[] => items.filter((item): item is TextItem => item.kind === 'text');

function spec(rows: string[][], overrides: Partial<TableSpec> = {}): TableSpec {
  return {
    id: 'test',
    title: 'Équipement',
    titleLevel: 1,
    continuedTitle: 'Équipement (suite)',
    columns: [
      { header: 'Article', align: 'left', weight: 1, maxLines: 2 },
      { header: 'Quantité', align: 'right' },
      { header: 'Total', align: 'right' },
    ],
    rows: rows.map((cells) => ({ cells })),
    size: 8.5,
    ...overrides,
  };
}

describe('Typesetter', () => {
  it('wraps at spaces, breaks a word wider than the line, and keeps French punctuation with its word', () => {
    const lines = ts.wrap('Un prix « juste » : voilà '.repeat(6), 'regular', 10, 120);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(ts.width(line, 'regular', 10)).toBeLessThanOrEqual(120 + EPSILON);
    expect(lines.some((line) => line.startsWith(':') || line.startsWith('»'))).toBe(false);
    const long = 'ŒUVRE'.repeat(30);
    const pieces = ts.wrap(long, 'bold', 10, 80);
    expect(pieces.join('')).toBe(long);
    for (const piece of pieces) expect(ts.width(piece, 'bold', 10)).toBeLessThanOrEqual(80 + EPSILON);
  });

  it('cuts text with an ellipsis to fit a width, or to a number of lines', () => {
    const text = 'Pâte d’arachide grillée et sucrée pour sauces, en pots de deux kilos';
    const cut = ts.ellipsis(text, 'regular', 9, 90);
    expect(cut.endsWith('…')).toBe(true);
    expect(ts.width(cut, 'regular', 9)).toBeLessThanOrEqual(90);
    expect(text.startsWith(cut.slice(0, -1).trimEnd())).toBe(true);
    expect(ts.ellipsis('Riz', 'regular', 9, 90)).toBe('Riz');
    expect(ts.ellipsis('Riz', 'regular', 9, 1)).toBe('');
    const clamped = ts.clamp(text, 'regular', 9, 90, 2);
    expect(clamped).toHaveLength(2);
    expect(clamped[1]?.endsWith('…')).toBe(true);
  });

  it('measures the same at every size, in proportion', () => {
    expect(ts.width('1 250 000 F CFA', 'bold', 20)).toBeCloseTo(2 * ts.width('1 250 000 F CFA', 'bold', 10), 6);
  });
});

describe('layoutTable', () => {
  it('sizes columns to fill the width: figures as wide as their widest cell, text columns taking the rest', () => {
    const table = spec([['Réfrigérateur', '1', '350 000 F CFA']]);
    const sizing = fitColumns(table, 400, ts);
    expect(sizing.size).toBe(8.5);
    expect(sizing.widths.reduce((a, b) => a + b, 0)).toBeCloseTo(400, 6);
    expect(sizing.widths[2]).toBeGreaterThanOrEqual(ts.width('350 000 F CFA', 'regular', 8.5) + 2 * PAD_X);
    expect(sizing.widths[0]).toBeGreaterThan(sizing.widths[2]!);
  });

  it('right-aligns figures and keeps every cell inside its column', () => {
    const long = `Étagères métalliques ${'très solides '.repeat(30)}`;
    const table = spec([
      ['Réfrigérateur', '1', '350 000 F CFA'],
      [long, '12', '1 200 000 F CFA'],
    ]);
    const sizing = fitColumns(table, 300, ts);
    const lefts = sizing.widths.map((_, i) => 50 + sizing.widths.slice(0, i).reduce((a, b) => a + b, 0));
    const blocks = layoutTable(table, 50, 300, ts);
    const cells = texts(blocks.flatMap((block) => block.items)).filter((item) => item.table?.column !== undefined);
    for (const cell of cells) {
      const column = cell.table!.column!;
      expect(cell.x).toBeGreaterThanOrEqual(lefts[column]! + PAD_X - EPSILON);
      expect(cell.x + cell.width).toBeLessThanOrEqual(lefts[column]! + sizing.widths[column]! - PAD_X + EPSILON);
      if (column > 0) expect(cell.x + cell.width).toBeCloseTo(lefts[column]! + sizing.widths[column]! - PAD_X, 6);
    }
    // The long label: two lines, the second cut with an ellipsis.
    const label = cells.filter((cell) => cell.table?.row === 1 && cell.table.column === 0);
    expect(label).toHaveLength(2);
    expect(label[1]?.text.endsWith('…')).toBe(true);
  });

  it('sets the whole table smaller when the figures do not fit, and cuts them only below the smallest size', () => {
    const huge = '999 999 999 999 999 F CFA';
    const columns = Array.from({ length: 13 }, () => ({ header: 'mars', align: 'right' as const, group: 'month' }));
    const table = spec([['Ventes', ...columns.map(() => '1 250 000')]], { columns: [{ header: '', align: 'left', weight: 1 }, ...columns] });
    const sizing = fitColumns(table, contentWidth(A4_PORTRAIT), ts);
    expect(sizing.size).toBeLessThan(8.5);
    expect(sizing.size).toBeGreaterThanOrEqual(MIN_SIZE);
    // One group: the months all as wide.
    expect(new Set(sizing.widths.slice(1).map((width) => width.toFixed(6))).size).toBe(1);

    const tooWide = spec([['Ventes', ...columns.map(() => huge)]], { columns: [{ header: '', align: 'left', weight: 1 }, ...columns] });
    const forced = fitColumns(tooWide, 300, ts);
    expect(forced.size).toBe(MIN_SIZE);
    expect(forced.widths.reduce((a, b) => a + b, 0)).toBeCloseTo(300, 6);
    const cells = texts(layoutTable(tooWide, 0, 300, ts).flatMap((block) => block.items)).filter((item) => (item.table?.column ?? 0) > 0 && item.table!.row >= 0);
    for (const cell of cells) expect(cell.text === '' || cell.text.endsWith('…')).toBe(true);
  });

  it('chooses month headings that fit the column', () => {
    const seen: string[] = [];
    const table = spec([['Ventes', '1', '2']], {
      columns: [
        { header: '', align: 'left', weight: 1 },
        { header: (fits) => (fits('septembre') ? 'septembre' : 'sept.'), align: 'right' },
        { header: (fits) => (seen.push(String(fits('x'.repeat(200)))), 'Année'), align: 'right' },
      ],
    });
    expect(fitColumns(table, 400, ts).headers).toEqual(['', 'sept.', 'Année']);
    expect(seen).toContain('false');
  });

  it('never splits a row, and repeats the title and header on the next page', () => {
    const rows = Array.from({ length: 80 }, (_, i) => [`Article ${i + 1} ${i % 7 === 0 ? 'avec un nom assez long pour tenir sur deux lignes dans la colonne' : ''}`, String(i), `${i} 000 F CFA`]);
    const pages = paginate([{ geometry: A4_LANDSCAPE, blocks: layoutTable(spec(rows), A4_LANDSCAPE.margin.left, 250, ts), footer: true }]);
    expect(pages.length).toBeGreaterThan(2);
    const pageOfRow = new Map<number, Set<number>>();
    pages.forEach((page, number) => {
      const tagged = page.items.filter((item) => 'table' in item && item.table).map((item) => ({ item, tag: (item as TextItem).table! }));
      for (const { tag } of tagged) {
        if (!pageOfRow.has(tag.row)) pageOfRow.set(tag.row, new Set());
        pageOfRow.get(tag.row)!.add(number);
      }
      const headerBottom = Math.max(...tagged.filter(({ tag }) => tag.row === -1).map(({ item }) => item.y + item.height));
      const rowsTop = Math.min(...tagged.filter(({ tag }) => tag.row >= 0).map(({ item }) => item.y));
      expect(headerBottom).toBeLessThanOrEqual(rowsTop + EPSILON);
      if (number > 0) expect(texts(page.items).some((item) => item.text === 'Équipement (suite)')).toBe(true);
    });
    for (const [row, on] of pageOfRow) if (row >= 0) expect(on.size, `row ${row}`).toBe(1);
    expect(pageOfRow.get(-1)?.size).toBe(pages.length);
  });

  it('keeps a short table together on the next page rather than leave rows behind', () => {
    // Whatever room the page has left, the six rows end up on one page.
    const short = layoutTable({ ...spec(Array.from({ length: 6 }, (_, i) => [`Charge ${i}`, '1', '1'])), id: 'short' }, 48, 300, ts);
    const pageCounts = new Set<number>();
    for (let fillerRows = 25; fillerRows <= 45; fillerRows++) {
      const filler = layoutTable(spec(Array.from({ length: fillerRows }, (_, i) => [`Ligne ${i}`, '1', '1'])), 48, 300, ts);
      const pages = paginate([{ geometry: A4_PORTRAIT, blocks: [...filler, ...short], footer: true }]);
      pageCounts.add(pages.length);
      const pagesWithShort = pages.filter((page) => page.items.some((item) => 'table' in item && item.table?.table === 'short'));
      expect(pagesWithShort, `after ${fillerRows} rows`).toHaveLength(1);
    }
    // Both cases happened: the table fitted after the filler, and it had to move.
    expect(pageCounts).toEqual(new Set([1, 2]));
  });
});
