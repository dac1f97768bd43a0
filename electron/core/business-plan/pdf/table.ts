import type { TextStyle } from '../../cv/pdf/text-runs';
import { captionBlock, headingBlock } from './blocks';
import { COLORS, block, type Block, type PlanItem, type TableTag } from './items';
import { lineHeight, type TextSpec, type Typesetter } from './typeset';

/**
 * A table as blocks for the paginator: its title (and caption), the header
 * row, then one block per row. A row is never split; a row that opens a new
 * page brings the title "(continued)" and the header row with it.
 *
 * Column widths: figure columns are as wide as their widest cell (columns of
 * one group, the months, equally wide), text columns share what is left.
 * When the figures do not fit, the whole table's type gets smaller, down to
 * MIN_SIZE; past that, figures are cut with an ellipsis rather than overflow.
 */

export interface TableColumn {
  /** A fixed header, or one chosen to fit the column (month names). */
  header: string | ((fits: (text: string) => boolean) => string);
  align: 'left' | 'right';
  /** Set on text columns: their share of the width the figure columns leave. */
  weight?: number;
  /** Widest a text column gets; the rest goes to the figure columns. */
  maxWidth?: number;
  /** Figure columns of one group are equally wide. */
  group?: string;
  /** Lines a text cell may take before it is cut with an ellipsis (default 2). */
  maxLines?: number;
}

/** group: a label across the table (e.g. "Money in"); subtotal and total: bold, ruled above. */
export type RowKind = 'body' | 'group' | 'subtotal' | 'total';

export interface TableRow {
  cells: readonly string[];
  kind?: RowKind;
}

export interface TableSpec {
  id: string;
  title: string;
  titleLevel: 1 | 2;
  continuedTitle: string;
  caption?: string;
  columns: readonly TableColumn[];
  rows: readonly TableRow[];
  /** Largest type size of the cells. */
  size: number;
  showHeader?: boolean;
  /** Light stripes on every other row, for wide tables read across. */
  stripes?: boolean;
}

export const PAD_X = 4;
const PAD_Y = 2.6;
export const MIN_SIZE = 6;
const MIN_TEXT_WIDTH = 56;
const HEADER_LINES = 3;
const KEEP_TOGETHER_ROWS = 15;

export interface Sizing {
  size: number;
  widths: number[];
  headers: string[];
}

const styleOf = (kind: RowKind): TextStyle => (kind === 'body' ? 'regular' : 'bold');
const isText = (column: TableColumn) => column.weight !== undefined;

export function layoutTable(spec: TableSpec, x: number, width: number, ts: Typesetter): Block[] {
  const sizing = fitColumns(spec, width, ts);
  const lefts: number[] = [];
  sizing.widths.reduce((left, columnWidth) => (lefts.push(left), left + columnWidth), x);
  const showHeader = spec.showHeader !== false;

  const title = headingBlock(ts, spec.title, spec.titleLevel, x, width);
  const caption = spec.caption ? captionBlock(ts, spec.caption, x, width) : [];
  const continued = headingBlock(ts, spec.continuedTitle, 2, x, width, 0);
  const header = showHeader ? headerBlock(spec, sizing, lefts, x, width, ts) : null;
  const repeated = header ? [continued, { ...header, spaceBefore: 0 }] : [continued];

  // Stripes count body rows from the last group label, so each group starts plain.
  let bodyRows = 0;
  const rows = spec.rows.map((row, index) => {
    const kind = row.kind ?? 'body';
    const stripe = kind === 'body' && bodyRows % 2 === 1;
    bodyRows = kind === 'group' ? 0 : bodyRows + 1;
    const rowBlock = kind === 'group' ? groupBlock(spec, row, index, x, width, sizing.size, ts) : rowBlockOf(spec, row, index, sizing, lefts, x, width, ts, stripe);
    rowBlock.repeatOnNewPage = repeated;
    // A short table moves to the next page whole rather than leave a few rows behind.
    if (spec.rows.length <= KEEP_TOGETHER_ROWS && index < spec.rows.length - 1) rowBlock.keepWithNext = true;
    return rowBlock;
  });
  return [title, ...caption, ...(header ? [header] : []), ...rows];
}

/** The type size and column widths (adding up to `width`) a table gets. */
export function fitColumns(spec: TableSpec, width: number, ts: Typesetter): Sizing {
  for (let size = spec.size; size >= MIN_SIZE; size -= 0.5) {
    const sizing = sizeColumns(spec, width, size, ts, false);
    if (sizing) return sizing;
  }
  return sizeColumns(spec, width, MIN_SIZE, ts, true) as Sizing;
}

function sizeColumns(spec: TableSpec, width: number, size: number, ts: Typesetter, force: boolean): Sizing | null {
  const longestWord = (text: string) => Math.max(0, ...text.split(/\s+/).map((word) => ts.width(word, 'bold', size)));
  const natural = spec.columns.map((column, index) => {
    const headerWidth = typeof column.header === 'string' ? longestWord(column.header) : 0;
    if (isText(column)) return Math.max(headerWidth, MIN_TEXT_WIDTH * (size / spec.size)) + 2 * PAD_X + 0.5;
    const cells = spec.rows.filter((row) => row.kind !== 'group').map((row) => ts.width(row.cells[index] ?? '', styleOf(row.kind ?? 'body'), size));
    // A hair more than the widest cell: the room given back must not fall short by a rounding error.
    return Math.max(headerWidth, ...cells) + 2 * PAD_X + 0.5;
  });
  // Equal widths within a group.
  const groupWidth = new Map<string, number>();
  spec.columns.forEach((column, index) => {
    if (column.group) groupWidth.set(column.group, Math.max(groupWidth.get(column.group) ?? 0, natural[index] ?? 0));
  });
  const widths = spec.columns.map((column, index) => (column.group ? (groupWidth.get(column.group) ?? 0) : (natural[index] ?? 0)));
  const figures = spec.columns.map((_, index) => index).filter((index) => !isText(spec.columns[index]!));
  const texts = spec.columns.map((_, index) => index).filter((index) => isText(spec.columns[index]!));
  const figureTotal = figures.reduce((total, index) => total + widths[index]!, 0);
  const textMinimum = texts.reduce((total, index) => total + widths[index]!, 0);
  if (figureTotal + textMinimum > width + 1e-6) {
    if (!force) return null;
    const scale = Math.max(0, width - textMinimum) / figureTotal;
    for (const index of figures) widths[index] = widths[index]! * scale;
  } else {
    let spare = width - figureTotal - textMinimum;
    // Text columns grow by weight up to their maxWidth; whatever is left widens the figures.
    let open = texts.filter((index) => widths[index]! < (spec.columns[index]!.maxWidth ?? Infinity));
    while (spare > 1e-6 && open.length > 0) {
      const weights = open.reduce((total, index) => total + (spec.columns[index]!.weight ?? 1), 0);
      let given = 0;
      for (const index of open) {
        const share = (spare * (spec.columns[index]!.weight ?? 1)) / weights;
        const grown = Math.min(spec.columns[index]!.maxWidth ?? Infinity, widths[index]! + share);
        given += grown - widths[index]!;
        widths[index] = grown;
      }
      spare -= given;
      open = open.filter((index) => widths[index]! < (spec.columns[index]!.maxWidth ?? Infinity) - 1e-6);
    }
    const receivers = figures.length > 0 ? figures : texts;
    if (spare > 1e-6 && receivers.length > 0) for (const index of receivers) widths[index] = widths[index]! + spare / receivers.length;
  }
  const headers = spec.columns.map((column, index) => {
    if (typeof column.header === 'string') return column.header;
    const room = widths[index]! - 2 * PAD_X;
    return column.header((text) => text.split(/\s+/).every((word) => ts.width(word, 'bold', size) <= room));
  });
  return { size, widths, headers };
}

function headerBlock(spec: TableSpec, sizing: Sizing, lefts: number[], x: number, width: number, ts: Typesetter): Block {
  const { size, widths, headers } = sizing;
  const textSpec: TextSpec = { role: 'tableHeader', style: 'bold', size, color: COLORS.text };
  const lines = headers.map((header, index) => ts.clamp(header, 'bold', size, widths[index]! - 2 * PAD_X, HEADER_LINES));
  const count = Math.max(1, ...lines.map((column) => column.length));
  const height = count * lineHeight(size) + 2 * PAD_Y + 1;
  const tag: TableTag = { table: spec.id, row: -1 };
  const items: PlanItem[] = [{ kind: 'rect', role: 'tableHeaderFill', x, y: 0, width, height, color: COLORS.accentTint, table: tag }];
  lines.forEach((column, index) => {
    const align = spec.columns[index]!.align;
    const anchor = align === 'right' ? lefts[index]! + widths[index]! - PAD_X : lefts[index]! + PAD_X;
    // Bottom-aligned, so each heading sits right above its figures.
    const top = PAD_Y + (count - column.length) * lineHeight(size);
    column.forEach((line, k) => items.push(ts.line(textSpec, line, anchor, top + k * lineHeight(size), align, { ...tag, column: index })));
  });
  items.push({ kind: 'rect', role: 'tableRule', x, y: height - 0.9, width, height: 0.9, color: COLORS.accent, table: tag });
  return block(height, items, 0, true);
}

function rowBlockOf(spec: TableSpec, row: TableRow, index: number, sizing: Sizing, lefts: number[], x: number, width: number, ts: Typesetter, stripe: boolean): Block {
  const { size, widths } = sizing;
  const kind = row.kind ?? 'body';
  const style = styleOf(kind);
  const textSpec: TextSpec = { role: 'tableCell', style, size, color: COLORS.text };
  const lines = spec.columns.map((column, at) => {
    const text = row.cells[at] ?? '';
    const room = widths[at]! - 2 * PAD_X;
    if (isText(column)) return ts.clamp(text, style, size, room, column.maxLines ?? 2);
    const single = ts.ellipsis(text, style, size, room);
    return single ? [single] : [];
  });
  const count = Math.max(1, ...lines.map((column) => column.length));
  const height = count * lineHeight(size) + 2 * PAD_Y;
  const tag: TableTag = { table: spec.id, row: index };
  const items: PlanItem[] = [];
  if (kind === 'total') items.push({ kind: 'rect', role: 'tableStripe', x, y: 0, width, height, color: COLORS.accentTint, table: tag });
  else if (stripe && spec.stripes) items.push({ kind: 'rect', role: 'tableStripe', x, y: 0, width, height, color: COLORS.stripe, table: tag });
  lines.forEach((column, at) => {
    const align = spec.columns[at]!.align;
    const anchor = align === 'right' ? lefts[at]! + widths[at]! - PAD_X : lefts[at]! + PAD_X;
    column.forEach((line, k) => items.push(ts.line(textSpec, line, anchor, PAD_Y + k * lineHeight(size), align, { ...tag, column: at })));
  });
  if (kind === 'subtotal' || kind === 'total') {
    items.push({ kind: 'rect', role: 'tableRule', x, y: 0, width, height: kind === 'total' ? 0.9 : 0.6, color: COLORS.ruleDark, table: tag });
  }
  items.push({ kind: 'rect', role: 'tableRule', x, y: height - 0.4, width, height: 0.4, color: COLORS.rule, table: tag });
  return block(height, items);
}

/** A label across the whole table, kept with the rows it introduces. */
function groupBlock(spec: TableSpec, row: TableRow, index: number, x: number, width: number, size: number, ts: Typesetter): Block {
  const tag: TableTag = { table: spec.id, row: index };
  const textSpec: TextSpec = { role: 'tableGroup', style: 'bold', size, color: COLORS.accentDark };
  const top = PAD_Y + 2;
  const lines = ts.clamp(row.cells[0] ?? '', 'bold', size, width - 2 * PAD_X, 2);
  const items: PlanItem[] = lines.map((line, k) => ts.line(textSpec, line, x + PAD_X, top + k * lineHeight(size), 'left', tag));
  const height = top + Math.max(1, lines.length) * lineHeight(size) + PAD_Y;
  items.push({ kind: 'rect', role: 'tableRule', x, y: height - 0.4, width, height: 0.4, color: COLORS.rule, table: tag });
  return block(height, items, 0, true);
}
