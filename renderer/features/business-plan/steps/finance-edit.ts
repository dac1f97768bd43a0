import type { BusinessPlan, PlanFinance } from '../../../../shared/business-plan/model';
import { editPlan } from '../store';

/** Changes one part of the plan's figures. */
export function editFinance(change: (finance: PlanFinance) => PlanFinance): void {
  editPlan((plan: BusinessPlan) => ({ ...plan, finance: change(plan.finance) }));
}

export function replaceAt<T>(list: readonly T[], index: number, patch: Partial<T>): T[] {
  return list.map((item, at) => (at === index ? { ...item, ...patch } : item));
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, at) => at !== index);
}
