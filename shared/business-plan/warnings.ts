import type { Financials } from './finance';
import type { PlanFinance } from './model';

/**
 * What a participant should look at again, in plain words (the renderer and
 * the PDF word them in the plan's language). Never blocks a save.
 */
export type PlanWarning =
  | { kind: 'cashNegative'; month: number; closing: number }
  | { kind: 'priceBelowCost'; productId: string; name: string; price: number; unitCost: number }
  | { kind: 'repaymentAboveProfit'; repayment: number; monthlyProfit: number }
  | { kind: 'fundingGap'; missing: number };

export function planWarnings(finance: PlanFinance, financials: Financials): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  const firstNegative = financials.cashFlow.find((month) => month.closing < 0);
  if (firstNegative) warnings.push({ kind: 'cashNegative', month: firstNegative.month, closing: firstNegative.closing });

  finance.products.forEach((product, index) => {
    const economics = financials.products[index]!;
    if (economics.unitMargin < 0) {
      warnings.push({ kind: 'priceBelowCost', productId: product.id, name: product.name, price: product.price, unitCost: economics.unitCost });
    }
  });

  // The instalments are paid from the profit the business makes before paying interest.
  const repayment = financials.loans.reduce((total, loan) => total + (loan.months.length > 0 ? loan.monthlyRepayment : 0), 0);
  const monthlyProfit = Math.floor((financials.yearTotals.profit + financials.yearTotals.loanInterest) / 12);
  if (repayment > 0 && repayment > monthlyProfit) warnings.push({ kind: 'repaymentAboveProfit', repayment, monthlyProfit });

  if (financials.fundingBalance < 0) warnings.push({ kind: 'fundingGap', missing: -financials.fundingBalance });
  return warnings;
}
