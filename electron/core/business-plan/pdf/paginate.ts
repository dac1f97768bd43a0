import { fillLabel } from '../../../../shared/business-plan/labels';
import { COLORS, moveItem, type Block, type LayoutPage, type PageGeometry, type PlanItem } from './items';
import { lineHeight, type Typesetter } from './typeset';

/**
 * Blocks onto pages, top to bottom, as the CV does: a block never splits; a
 * block kept with the next one (a heading, a table's header) moves to a new
 * page with it when the pair would not fit; a table row that opens a page
 * brings its table's title and header again. Each flow starts on a new page
 * of its own orientation.
 */

export interface Flow {
  geometry: PageGeometry;
  blocks: Block[];
  /** Page numbers at the foot (not on the cover). */
  footer: boolean;
}

export const FOOTER_SIZE = 7.5;
/** Kept free above the bottom margin for the page number. */
export const FOOTER_ZONE = lineHeight(FOOTER_SIZE) + 8;

interface PlacedPage extends LayoutPage {
  footer: boolean;
}

export function paginate(flows: readonly Flow[]): PlacedPage[] {
  const pages: PlacedPage[] = [];
  for (const flow of flows) {
    if (flow.blocks.length === 0) continue;
    const { geometry, blocks } = flow;
    const top = geometry.margin.top;
    const bottom = geometry.height - geometry.margin.bottom - FOOTER_ZONE;
    let items: PlanItem[] = [];
    let y = top;
    const newPage = () => {
      items = [];
      pages.push({ geometry, items, footer: flow.footer });
      y = top;
    };
    const place = (one: Block) => {
      for (const item of one.items) items.push(moveItem(item, y));
      y += one.height;
    };
    const chainHeight = (from: number): number => {
      let height = 0;
      for (let i = from; i < blocks.length; i++) {
        const one = blocks[i]!;
        height += (i === from ? 0 : one.spaceBefore) + one.height;
        if (!one.keepWithNext) break;
      }
      return height;
    };
    newPage();
    blocks.forEach((one, i) => {
      const atTop = y === top;
      const space = atTop ? 0 : one.spaceBefore;
      const needed = one.keepWithNext ? chainHeight(i) : one.height;
      const fitsOnEmptyPage = needed <= bottom - top;
      if (!atTop && y + space + (fitsOnEmptyPage ? needed : one.height) > bottom) {
        newPage();
        for (const repeated of one.repeatOnNewPage ?? []) place(repeated);
      } else {
        y += space;
      }
      place(one);
    });
  }
  return pages;
}

/** "Plan d’affaires – Boutique …" on the left, "Page 2 sur 9" on the right, inside the bottom margin. */
export function addFooters(pages: PlacedPage[], leftText: string, pageLabel: string, ts: Typesetter): LayoutPage[] {
  return pages.map((page, index) => {
    if (!page.footer) return { geometry: page.geometry, items: page.items };
    const { geometry } = page;
    const left = geometry.margin.left;
    const right = geometry.width - geometry.margin.right;
    const y = geometry.height - geometry.margin.bottom - lineHeight(FOOTER_SIZE);
    const spec = { role: 'footer', style: 'regular', size: FOOTER_SIZE, color: COLORS.muted } as const;
    const number = ts.line(spec, fillLabel(pageLabel, { page: index + 1, pages: pages.length }), right, y, 'right');
    const title = ts.ellipsis(leftText, 'regular', FOOTER_SIZE, right - left - number.width - 24);
    const footer: PlanItem[] = [number];
    if (title) footer.unshift(ts.line(spec, title, left, y));
    return { geometry, items: [...page.items, ...footer] };
  });
}
