import type { FinanceResult } from '../../../shared/business-plan/finance';
import type { BusinessPlan } from '../../../shared/business-plan/model';
import type { PlanWarning } from '../../../shared/business-plan/warnings';
import type { PlanStep } from './plan-steps';
import { CostsStep } from './steps/CostsStep';
import { FundingStep } from './steps/FundingStep';
import { ProductsStep } from './steps/ProductsStep';
import { ResultsStep } from './steps/ResultsStep';
import { SalesStep } from './steps/SalesStep';
import { SectionStep } from './steps/SectionStep';
import { StartupStep } from './steps/StartupStep';

/** The screen for one step of the worksheet. */
export function PlanStepView({ plan, step, result, warnings, readOnly }: { plan: BusinessPlan; step: PlanStep; result: FinanceResult; warnings: PlanWarning[]; readOnly: boolean }) {
  const financials = result.ok ? result.financials : null;
  switch (step) {
    case 'startup': return <StartupStep plan={plan} financials={financials} readOnly={readOnly} />;
    case 'funding': return <FundingStep plan={plan} financials={financials} readOnly={readOnly} />;
    case 'products': return <ProductsStep plan={plan} financials={financials} readOnly={readOnly} />;
    case 'sales': return <SalesStep plan={plan} readOnly={readOnly} />;
    case 'costs': return <CostsStep plan={plan} financials={financials} readOnly={readOnly} />;
    case 'results': return <ResultsStep plan={plan} result={result} warnings={warnings} />;
    default: return <SectionStep plan={plan} section={step} readOnly={readOnly} />;
  }
}
