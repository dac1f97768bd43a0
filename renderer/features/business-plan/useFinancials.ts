import { useMemo } from 'react';
import { computeFinancials, type FinanceResult } from '../../../shared/business-plan/finance';
import type { BusinessPlan } from '../../../shared/business-plan/model';
import { planWarnings, type PlanWarning } from '../../../shared/business-plan/warnings';

/** The plan's figures and warnings, recomputed whenever the participant types. */
export function useFinancials(plan: BusinessPlan): { result: FinanceResult; warnings: PlanWarning[] } {
  return useMemo(() => {
    const result = computeFinancials(plan.finance);
    return { result, warnings: result.ok ? planWarnings(plan.finance, result.financials) : [] };
  }, [plan.finance]);
}
