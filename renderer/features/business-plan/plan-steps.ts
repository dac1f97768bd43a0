import { PLAN_SECTION_IDS, type PlanSectionId, type PlanStatus } from '../../../shared/business-plan/model';

/** The worksheet's screens, in order: the written sections, then the figures. */
export const FINANCE_STEPS = ['startup', 'funding', 'products', 'sales', 'costs', 'results'] as const;
export type FinanceStep = (typeof FINANCE_STEPS)[number];
export type PlanStep = PlanSectionId | FinanceStep;
export const PLAN_STEPS: readonly PlanStep[] = [...PLAN_SECTION_IDS, ...FINANCE_STEPS];

export function isFinanceStep(step: PlanStep): step is FinanceStep {
  return (FINANCE_STEPS as readonly string[]).includes(step);
}

export function asPlanStep(value: string | null): PlanStep {
  return PLAN_STEPS.find((step) => step === value) ?? PLAN_STEPS[0]!;
}

/** A short id for a new row (equipment, product…), unique within the plan. */
export function newItemId(existing: readonly { id: string }[]): string {
  let index = existing.length + 1;
  while (existing.some((item) => item.id === `item-${index}`)) index += 1;
  return `item-${index}`;
}

export const STATUS_COLOUR: Record<PlanStatus, string> = { draft: 'gray', submitted: 'indigo', reviewed: 'teal' };
