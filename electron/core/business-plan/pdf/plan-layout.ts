import { computeFinancials, type Financials } from '../../../../shared/business-plan/finance';
import { PLAN_LABELS, fillLabel, monthName } from '../../../../shared/business-plan/labels';
import { MONTHS, PLAN_SECTIONS, PLAN_SECTION_IDS, type BusinessPlan, type PlanSectionId } from '../../../../shared/business-plan/model';
import { AmountTooLargeError } from '../../../../shared/business-plan/money';
import { planWarnings, type PlanWarning } from '../../../../shared/business-plan/warnings';
import { bulletBlocks, captionBlock, headingBlock, lineBlocks, paragraphBlocks } from './blocks';
import { layoutChart, type ChartSpec } from './chart';
import { coverBlocks, signatureBlocks, type PlanPdfContext } from './cover';
import { financeTables } from './finance-tables';
import { A4_LANDSCAPE, A4_PORTRAIT, COLORS, block, contentWidth, type Block, type PlanItem, type PlanLayout } from './items';
import { addFooters, paginate, type Flow } from './paginate';
import { PDF_LABELS, formatMoney, shortMonth, yearOf } from './pdf-labels';
import { layoutTable } from './table';
import { lineHeight, type TextSpec, type Typesetter } from './typeset';

/**
 * The whole plan as pages of positioned items (pure: the typesetter is the
 * only outside input). Parts, each from a new page:
 * 1. the cover;
 * 2. the written sections, in PLAN_SECTIONS order;
 * 3. start-up needs, funds, loans, products, monthly costs (portrait);
 * 4. sales forecast, profit and loss, cash flow (landscape: 12 months + year);
 * 5. key figures, points to look at again, the two charts, signatures.
 * When the figures cannot be counted, 3–5 become one sentence and the signatures.
 */

const LEFT = A4_PORTRAIT.margin.left;
const WIDTH = contentWidth(A4_PORTRAIT);
const CHART_HEIGHT = 215;

export interface PlanLayoutResult extends PlanLayout {
  /** False when the amounts were too large to count (no tables, no charts). */
  hasFigures: boolean;
}

export function layoutBusinessPlan(plan: BusinessPlan, context: PlanPdfContext, ts: Typesetter): PlanLayoutResult {
  const labels = PLAN_LABELS[plan.language];
  const flows: Flow[] = [
    { geometry: A4_PORTRAIT, blocks: coverBlocks(plan, context, ts), footer: false },
    { geometry: A4_PORTRAIT, blocks: PLAN_SECTION_IDS.flatMap((section, i) => sectionBlocks(plan, section, i === 0, ts)), footer: true },
  ];
  const figures = financeFlows(plan, ts);
  if (figures) flows.push(...figures);
  else flows.push({ geometry: A4_PORTRAIT, blocks: [noticeBlock(PDF_LABELS[plan.language].tooLarge, ts), ...signatureBlocks(plan, ts)], footer: true });

  const pages = paginate(flows);
  const subject = plan.projectTitle.trim() || context.participantName.trim();
  const footerText = subject ? `${labels.documentTitle} – ${subject}` : labels.documentTitle;
  return { pages: addFooters(pages, footerText, PDF_LABELS[plan.language].page, ts), hasFigures: figures !== null };
}

/** The figures' parts, or null when an amount is too large to be counted exactly. */
function financeFlows(plan: BusinessPlan, ts: Typesetter): Flow[] | null {
  const result = computeFinancials(plan.finance);
  if (!result.ok) return null;
  try {
    const { financials } = result;
    const tables = financeTables(plan, financials);
    const landscapeLeft = A4_LANDSCAPE.margin.left;
    const landscapeWidth = contentWidth(A4_LANDSCAPE);
    return [
      { geometry: A4_PORTRAIT, blocks: tables.inputs.flatMap((table, i) => firstWithoutSpace(layoutTable(table, LEFT, WIDTH, ts), i === 0)), footer: true },
      { geometry: A4_LANDSCAPE, blocks: tables.months.flatMap((table, i) => firstWithoutSpace(layoutTable(table, landscapeLeft, landscapeWidth, ts), i === 0)), footer: true },
      {
        geometry: A4_PORTRAIT,
        blocks: [
          ...firstWithoutSpace(layoutTable(tables.keyFigures, LEFT, WIDTH, ts), true),
          ...warningBlocks(plan, planWarnings(plan.finance, financials), ts),
          ...chartBlocks(plan, financials, ts),
          ...signatureBlocks(plan, ts),
        ],
        footer: true,
      },
    ];
  } catch (error) {
    // Year totals of the cash flow are added here too, and can overflow where the months did not.
    if (error instanceof AmountTooLargeError) return null;
    throw error;
  }
}

/** A part's first heading starts at the top of its page. */
function firstWithoutSpace(blocks: Block[], first: boolean): Block[] {
  if (first && blocks[0]) blocks[0].spaceBefore = 0;
  return blocks;
}

function sectionBlocks(plan: BusinessPlan, section: PlanSectionId, first: boolean, ts: Typesetter): Block[] {
  const labels = PLAN_LABELS[plan.language];
  const blocks = [headingBlock(ts, labels.sections[section], 1, LEFT, WIDTH, first ? 0 : undefined)];
  const texts = plan.sections[section] as Record<string, string>;
  const fields = PLAN_SECTIONS[section].filter((field) => (texts[field] ?? '').trim() !== '');
  if (fields.length === 0) {
    blocks.push(...lineBlocks(ts, ['—'], { role: 'empty', style: 'regular', size: 10, color: COLORS.muted }, LEFT));
    return blocks;
  }
  const labelSpec: TextSpec = { role: 'fieldLabel', style: 'bold', size: 9.5, color: COLORS.accentDark };
  const bodySpec: TextSpec = { role: 'body', style: 'regular', size: 10, color: COLORS.text };
  fields.forEach((field, i) => {
    const label = lineBlocks(ts, ts.wrap(labels.fields[field] ?? field, labelSpec.style, labelSpec.size, WIDTH), labelSpec, LEFT, i === 0 ? 0 : 9);
    label.forEach((one) => (one.keepWithNext = true));
    const last = label[label.length - 1];
    if (last) last.height += 1.5;
    blocks.push(...label, ...paragraphBlocks(ts, texts[field] ?? '', bodySpec, LEFT, WIDTH));
  });
  return blocks;
}

function warningBlocks(plan: BusinessPlan, warnings: PlanWarning[], ts: Typesetter): Block[] {
  if (warnings.length === 0) return [];
  const labels = PLAN_LABELS[plan.language].warnings;
  const money = (amount: number) => formatMoney(amount, plan.currency, plan.language);
  const sentence = (warning: PlanWarning): string => {
    switch (warning.kind) {
      case 'cashNegative':
        return fillLabel(labels.cashNegative, { month: monthName(plan.finance.startMonth, warning.month - 1, plan.language) });
      case 'priceBelowCost':
        return fillLabel(labels.priceBelowCost, { name: warning.name.trim() || '—' });
      case 'repaymentAboveProfit':
        return fillLabel(labels.repaymentAboveProfit, { repayment: money(warning.repayment), profit: money(warning.monthlyProfit) });
      case 'fundingGap':
        return fillLabel(labels.fundingGap, { missing: money(warning.missing) });
    }
  };
  return [headingBlock(ts, labels.title, 1, LEFT, WIDTH), ...warnings.flatMap((warning, i) => bulletBlocks(ts, sentence(warning), LEFT, WIDTH, i === 0 ? 0 : 5))];
}

function chartBlocks(plan: BusinessPlan, financials: Financials, ts: Typesetter): Block[] {
  const words = PLAN_LABELS[plan.language].finance;
  const money = (amount: number) => formatMoney(amount, plan.currency, plan.language);
  const categories = Array.from({ length: MONTHS }, (_, index) => {
    const short = shortMonth(plan.finance.startMonth, index, plan.language);
    if (short === null) return [fillLabel(PLAN_LABELS[plan.language].monthShort, { n: index + 1 })];
    // The year under the first month and under each January.
    const year = yearOf(plan.finance.startMonth, index);
    return index === 0 || year !== yearOf(plan.finance.startMonth, index - 1) ? [short, String(year)] : [short];
  });
  const pl = financials.profitAndLoss;
  const salesAndCosts: ChartSpec = {
    id: 'salesAndCosts',
    categories,
    series: [
      { label: words.sales, values: pl.map((row) => row.sales), color: COLORS.accent, kind: 'bars' },
      { label: words.costs, values: pl.map((row) => row.variableCosts + row.operatingCosts + row.loanInterest), color: COLORS.costs, kind: 'bars' },
    ],
    formatValue: money,
    height: CHART_HEIGHT,
  };
  const cash: ChartSpec = {
    id: 'cash',
    categories,
    series: [{ label: words.closing, values: financials.cashFlow.map((month) => month.closing), color: COLORS.accent, kind: 'line' }],
    formatValue: money,
    height: CHART_HEIGHT,
  };
  return [
    headingBlock(ts, words.chartSalesCosts, 1, LEFT, WIDTH),
    ...captionBlock(ts, PDF_LABELS[plan.language].costsMeaning, LEFT, WIDTH),
    layoutChart(salesAndCosts, LEFT, WIDTH, ts).block,
    headingBlock(ts, words.chartCash, 1, LEFT, WIDTH),
    layoutChart(cash, LEFT, WIDTH, ts).block,
  ];
}

/** A sentence in a tinted box with an accent bar: what replaces the figures when they cannot be counted. */
function noticeBlock(text: string, ts: Typesetter): Block {
  const spec: TextSpec = { role: 'notice', style: 'bold', size: 11, color: COLORS.text };
  const padding = 12;
  const lines = ts.wrap(text, spec.style, spec.size, WIDTH - 2 * padding - 4);
  const height = lines.length * lineHeight(spec.size) + 2 * padding;
  const items: PlanItem[] = [
    { kind: 'rect', role: 'noticeBox', x: LEFT, y: 0, width: WIDTH, height, color: COLORS.accentTint },
    { kind: 'rect', role: 'noticeBox', x: LEFT, y: 0, width: 4, height, color: COLORS.accent },
    ...lines.map((line, i) => ts.line(spec, line, LEFT + 4 + padding, padding + i * lineHeight(spec.size))),
  ];
  return block(height, items);
}
