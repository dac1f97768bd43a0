import { COLORS, block, type Block, type ItemRole, type PlanItem } from './items';
import { lineHeight, type TextSpec, type Typesetter } from './typeset';

/** The building blocks shared by the plan's parts: headings, captions, wrapped text kept together sensibly. */

export const SIZES = { h1: 14, h2: 11, field: 9.5, body: 10, caption: 8.5, bullet: 10 } as const;

/** Level 1: a part of the plan (accent colour, rule under it); level 2: a table inside a part. */
export function headingBlock(ts: Typesetter, text: string, level: 1 | 2, x: number, width: number, spaceBefore?: number): Block {
  const spec: TextSpec = level === 1 ? { role: 'heading', style: 'bold', size: SIZES.h1, color: COLORS.accent } : { role: 'subheading', style: 'bold', size: SIZES.h2, color: COLORS.accentDark };
  const lines = ts.wrap(text, spec.style, spec.size, width);
  const items: PlanItem[] = lines.map((line, i) => ts.line(spec, line, x, i * lineHeight(spec.size)));
  let height = lines.length * lineHeight(spec.size);
  if (level === 1) {
    items.push({ kind: 'rect', role: 'headingRule', x, y: height + 1.5, width, height: 0.8, color: COLORS.accent });
    height += 10;
  } else {
    height += 3;
  }
  return block(height, items, spaceBefore ?? (level === 1 ? 20 : 12), true);
}

/** Wrapped lines in one style, one block per line: no first line alone at a page's bottom, no last line alone at its top. */
export function lineBlocks(ts: Typesetter, lines: readonly string[], spec: TextSpec, x: number, spaceBefore = 0): Block[] {
  const blocks = lines.map((line, i) => block(lineHeight(spec.size), [ts.line(spec, line, x, 0)], i === 0 ? spaceBefore : 0));
  keepLines(blocks);
  return blocks;
}

/** Paragraphs of written text, a little air between them. */
export function paragraphBlocks(ts: Typesetter, text: string, spec: TextSpec, x: number, width: number, spaceBefore = 0): Block[] {
  return ts.paragraphs(text, spec.style, spec.size, width).flatMap((lines, i) => lineBlocks(ts, lines, spec, x, i === 0 ? spaceBefore : 4));
}

export function captionBlock(ts: Typesetter, text: string, x: number, width: number, role: ItemRole = 'caption'): Block[] {
  const blocks = lineBlocks(ts, ts.wrap(text, 'regular', SIZES.caption, width), { role, style: 'regular', size: SIZES.caption, color: COLORS.muted }, x);
  const last = blocks[blocks.length - 1];
  if (last) last.height += 3;
  blocks.forEach((one) => (one.keepWithNext = true));
  return blocks;
}

/** An item with a bullet, its lines hanging after it. */
export function bulletBlocks(ts: Typesetter, text: string, x: number, width: number, spaceBefore: number): Block[] {
  const indent = 12;
  const spec: TextSpec = { role: 'body', style: 'regular', size: SIZES.bullet, color: COLORS.text };
  const blocks = lineBlocks(ts, ts.wrap(text, spec.style, spec.size, width - indent), spec, x + indent, spaceBefore);
  blocks[0]?.items.unshift(ts.line({ role: 'bullet', style: 'bold', size: SIZES.bullet, color: COLORS.accent }, '•', x + 1, 0));
  return blocks;
}

export function keepLines(blocks: Block[]): Block[] {
  if (blocks.length < 2) return blocks;
  const first = blocks[0];
  const beforeLast = blocks[blocks.length - 2];
  if (first) first.keepWithNext = true;
  if (beforeLast) beforeLast.keepWithNext = true;
  return blocks;
}

/** Keeps every block but the last with the next one. */
export function keepAll(blocks: Block[]): Block[] {
  blocks.slice(0, -1).forEach((one) => (one.keepWithNext = true));
  return blocks;
}
