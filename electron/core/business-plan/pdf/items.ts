import type { MeasuredRun } from '../../cv/pdf/measure';

/**
 * The business plan as positioned data, like the CV's layout: pages of text
 * lines, filled rectangles (rules, table backgrounds, bars), strokes (chart
 * lines) and dots, in PDF points from the page's top-left corner. Every item
 * carries its bounding box, so tests can check that nothing leaves the
 * printable area; render-plan-pdf.ts only draws them.
 */

export interface PageGeometry {
  orientation: 'portrait' | 'landscape';
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export const A4_PORTRAIT: PageGeometry = { orientation: 'portrait', width: 595.28, height: 841.89, margin: { top: 50, right: 48, bottom: 40, left: 48 } };
/** The 12-month tables: 14 columns of figures need the long side of the sheet. */
export const A4_LANDSCAPE: PageGeometry = { orientation: 'landscape', width: 841.89, height: 595.28, margin: { top: 42, right: 48, bottom: 34, left: 48 } };

export const contentWidth = (page: PageGeometry): number => page.width - page.margin.left - page.margin.right;

export type ItemRole =
  | 'coverOrganisation'
  | 'coverTitle'
  | 'coverRule'
  | 'coverProject'
  | 'coverLabel'
  | 'coverValue'
  | 'heading'
  | 'headingRule'
  | 'subheading'
  | 'caption'
  | 'fieldLabel'
  | 'body'
  | 'empty'
  | 'bullet'
  | 'notice'
  | 'noticeBox'
  | 'tableHeader'
  | 'tableHeaderFill'
  | 'tableCell'
  | 'tableGroup'
  | 'tableRule'
  | 'tableStripe'
  | 'chartLegend'
  | 'chartSwatch'
  | 'chartAxisLabel'
  | 'chartCategory'
  | 'chartGrid'
  | 'chartZero'
  | 'chartBar'
  | 'chartLine'
  | 'chartDot'
  | 'signatureRole'
  | 'signatureHint'
  | 'signatureLine'
  | 'footer';

/** Which table row (-1: the header) and column an item belongs to, for the tests' checks. */
export interface TableTag {
  table: string;
  row: number;
  /** Set on cell text. */
  column?: number;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TextItem extends Box {
  kind: 'text';
  role: ItemRole;
  /** The line as written (logical order), for tests and search. */
  text: string;
  /** The glyphs sit on this line (inside the box). */
  baseline: number;
  size: number;
  color: string;
  /** Runs by font, left to right, with absolute x. */
  runs: MeasuredRun[];
  table?: TableTag;
}

export interface RectItem extends Box {
  kind: 'rect';
  role: ItemRole;
  color: string;
  table?: TableTag;
}

/** An open path (a chart line, a grid line), its box including half the line width. */
export interface StrokeItem extends Box {
  kind: 'stroke';
  role: ItemRole;
  points: ReadonlyArray<readonly [number, number]>;
  color: string;
  lineWidth: number;
}

/** A filled circle inscribed in its box. */
export interface DotItem extends Box {
  kind: 'dot';
  role: ItemRole;
  color: string;
}

export type PlanItem = TextItem | RectItem | StrokeItem | DotItem;

export interface LayoutPage {
  geometry: PageGeometry;
  /** In drawing order: backgrounds before the text on them. */
  items: PlanItem[];
}

export interface PlanLayout {
  pages: LayoutPage[];
}

/** A piece never split across pages: a line, a table row, a chart. Item positions are relative to its top. */
export interface Block {
  height: number;
  items: PlanItem[];
  /** Space above, dropped at the top of a page. */
  spaceBefore: number;
  /** Kept on the same page as the next block (headings, a table's header). */
  keepWithNext: boolean;
  /** Placed first when this block has to open a new page (a table's title and header, repeated). */
  repeatOnNewPage?: Block[];
}

export function block(height: number, items: PlanItem[], spaceBefore = 0, keepWithNext = false): Block {
  return { height, items, spaceBefore, keepWithNext };
}

export function moveItem<T extends PlanItem>(item: T, dy: number): T {
  switch (item.kind) {
    case 'text':
      return { ...item, y: item.y + dy, baseline: item.baseline + dy };
    case 'stroke':
      return { ...item, y: item.y + dy, points: item.points.map(([x, y]) => [x, y + dy] as const) };
    default:
      return { ...item, y: item.y + dy };
  }
}

export function strokeItem(role: ItemRole, points: ReadonlyArray<readonly [number, number]>, color: string, lineWidth: number): StrokeItem {
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const half = lineWidth / 2;
  const x = Math.min(...xs) - half;
  const y = Math.min(...ys) - half;
  return { kind: 'stroke', role, points, color, lineWidth, x, y, width: Math.max(...xs) + half - x, height: Math.max(...ys) + half - y };
}

/** Sober colours: near-black text, one teal accent, light greys for rules and fills. */
export const COLORS = {
  text: '#1a1a1a',
  muted: '#555e66',
  accent: '#0b7285',
  accentDark: '#0b4a5a',
  accentTint: '#e6f2f4',
  rule: '#c8cfd4',
  ruleDark: '#39434a',
  stripe: '#f3f5f6',
  costs: '#a3aab0',
  negative: '#b42318',
} as const;
