import { PLAN_LABELS } from '../../../../shared/business-plan/labels';
import type { BusinessPlan } from '../../../../shared/business-plan/model';
import { countryName } from '../../../../shared/domain/countries';
import { headingBlock } from './blocks';
import { A4_PORTRAIT, COLORS, block, contentWidth, type Block, type PlanItem } from './items';
import { formatIssuedOn } from './pdf-labels';
import { lineHeight, type TextSpec, type Typesetter } from './typeset';

/** What the PDF says about who presents the plan, beside the plan itself. */
export interface PlanPdfContext {
  /** First and last name, any script (up to 161 characters). */
  participantName: string;
  organisationName: string;
  /** May be ''. */
  programmeName: string;
  /** 'YYYY-MM-DD', printed in the plan's language. */
  issuedOn: string;
}

const LEFT = A4_PORTRAIT.margin.left;
const WIDTH = contentWidth(A4_PORTRAIT);
const LABEL_WIDTH = 150;
const EMPTY = '—';

/** The cover page: organisation at the top, the title and project in the middle, who, where and when below. */
export function coverBlocks(plan: BusinessPlan, context: PlanPdfContext, ts: Typesetter): Block[] {
  const labels = PLAN_LABELS[plan.language];
  const blocks: Block[] = [];
  const organisation = [context.organisationName.trim(), context.programmeName.trim()].filter(Boolean).join(' · ');
  if (organisation) {
    const spec: TextSpec = { role: 'coverOrganisation', style: 'bold', size: 10, color: COLORS.muted };
    const lines = ts.clamp(organisation, spec.style, spec.size, WIDTH, 3);
    blocks.push(block(lines.length * lineHeight(spec.size), lines.map((line, i) => ts.line(spec, line, LEFT, i * lineHeight(spec.size)))));
  }
  blocks.push(block(150, []));

  const titleSpec: TextSpec = { role: 'coverTitle', style: 'regular', size: 30, color: COLORS.accent };
  const title = ts.clamp(labels.documentTitle, titleSpec.style, titleSpec.size, WIDTH, 2);
  const titleItems: PlanItem[] = title.map((line, i) => ts.line(titleSpec, line, LEFT, i * lineHeight(titleSpec.size)));
  const titleHeight = title.length * lineHeight(titleSpec.size);
  titleItems.push({ kind: 'rect', role: 'coverRule', x: LEFT, y: titleHeight + 8, width: 56, height: 3, color: COLORS.accent });
  blocks.push(block(titleHeight + 22, titleItems));

  const project = plan.projectTitle.trim();
  if (project) {
    const size = ts.fitSize(project, 'bold', 22, 14, WIDTH);
    const spec: TextSpec = { role: 'coverProject', style: 'bold', size, color: COLORS.text };
    const lines = ts.clamp(project, 'bold', size, WIDTH, 5);
    blocks.push(block(lines.length * lineHeight(size), lines.map((line, i) => ts.line(spec, line, LEFT, i * lineHeight(size)))));
  }
  blocks.push(block(80, []));

  const place = [plan.country ? countryName(plan.country, plan.language) : '', plan.town.trim()].filter(Boolean).join(', ');
  const facts: Array<[string, string, boolean]> = [
    [labels.cover.presentedBy, context.participantName.trim() || EMPTY, true],
    [labels.cover.returnTo, place || EMPTY, false],
    [labels.cover.date, formatIssuedOn(context.issuedOn, plan.language), false],
    [labels.cover.organisation, context.organisationName.trim() || EMPTY, false],
  ];
  if (context.programmeName.trim()) facts.push([labels.cover.programme, context.programmeName.trim(), false]);
  facts.forEach(([label, value, strong], i) => blocks.push(factBlock(label, value, strong, i === 0 ? 0 : 10, ts)));
  return blocks;
}

/** A label on the left, its value wrapped on the right; a thin rule above. */
function factBlock(label: string, value: string, strong: boolean, spaceBefore: number, ts: Typesetter): Block {
  const labelSpec: TextSpec = { role: 'coverLabel', style: 'regular', size: 9.5, color: COLORS.muted };
  const valueSpec: TextSpec = { role: 'coverValue', style: strong ? 'bold' : 'regular', size: 12, color: COLORS.text };
  const valueX = LEFT + LABEL_WIDTH + 12;
  const top = 7;
  const labels = ts.wrap(label, labelSpec.style, labelSpec.size, LABEL_WIDTH);
  const values = ts.clamp(value, valueSpec.style, valueSpec.size, LEFT + WIDTH - valueX, 4);
  // Label and value share the first baseline.
  const labelTop = top + (valueSpec.size - labelSpec.size) * 1.02;
  const items: PlanItem[] = [
    { kind: 'rect', role: 'coverRule', x: LEFT, y: 0, width: WIDTH, height: 0.5, color: COLORS.rule },
    ...labels.map((line, i) => ts.line(labelSpec, line, LEFT, labelTop + i * lineHeight(labelSpec.size))),
    ...values.map((line, i) => ts.line(valueSpec, line, valueX, top + i * lineHeight(valueSpec.size))),
  ];
  const height = Math.max(labelTop + labels.length * lineHeight(labelSpec.size), top + values.length * lineHeight(valueSpec.size));
  return block(height, items, spaceBefore);
}

/** Three places to sign (participant, facilitator, home-country office), side by side, never split. */
export function signatureBlocks(plan: BusinessPlan, ts: Typesetter): Block[] {
  const labels = PLAN_LABELS[plan.language].signatures;
  const gap = 18;
  const columnWidth = (WIDTH - 2 * gap) / 3;
  const roleSpec: TextSpec = { role: 'signatureRole', style: 'bold', size: 10, color: COLORS.text };
  const hintSpec: TextSpec = { role: 'signatureHint', style: 'regular', size: 8.5, color: COLORS.muted };
  const roles = [labels.participant, labels.facilitator, labels.office].map((role) => ts.clamp(role, roleSpec.style, roleSpec.size, columnWidth, 3));
  const roleLines = Math.max(...roles.map((lines) => lines.length));
  const hintTop = roleLines * lineHeight(roleSpec.size) + 1;
  const hints = ts.clamp(labels.dateAndSignature, hintSpec.style, hintSpec.size, columnWidth, 2);
  const lineY = hintTop + hints.length * lineHeight(hintSpec.size) + 70;
  const items: PlanItem[] = [];
  roles.forEach((lines, column) => {
    const x = LEFT + column * (columnWidth + gap);
    lines.forEach((line, i) => items.push(ts.line(roleSpec, line, x, i * lineHeight(roleSpec.size))));
    hints.forEach((line, i) => items.push(ts.line(hintSpec, line, x, hintTop + i * lineHeight(hintSpec.size))));
    items.push({ kind: 'rect', role: 'signatureLine', x, y: lineY, width: columnWidth, height: 0.7, color: COLORS.ruleDark });
  });
  return [headingBlock(ts, labels.title, 1, LEFT, WIDTH), block(lineY + 0.7, items, 0)];
}
