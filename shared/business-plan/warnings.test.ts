import { describe, expect, it } from 'vitest';
import { computeFinancials } from './finance';
import { emptyBusinessPlan, type PlanFinance } from './model';
import { planWarnings } from './warnings';
import { bamakoShop } from './test-finance';


function warningsFor(finance: PlanFinance) {
  const result = computeFinancials(finance);
  if (!result.ok) throw new Error(`computeFinancials refused the plan: ${result.problem}`);
  return planWarnings(finance, result.financials);
}

describe('planWarnings', () => {
  it('is quiet for a healthy plan', () => {
    expect(warningsFor(bamakoShop())).toEqual([]);
  });

  it('is quiet for an empty plan, whose cash stays at exactly 0', () => {
    expect(warningsFor(emptyBusinessPlan('fr', 'ML').finance)).toEqual([]);
  });

  it('names the product sold below its cost', () => {
    const shop = bamakoShop();
    shop.products[0]!.price = 300;
    expect(warningsFor(shop)).toContainEqual({ kind: 'priceBelowCost', productId: 'drink', name: 'Boisson fraîche', price: 300, unitCost: 350 });
  });

  it('does not warn about a product sold exactly at its cost', () => {
    const shop = bamakoShop();
    shop.products[1]!.price = 100;
    expect(warningsFor(shop).filter((warning) => warning.kind === 'priceBelowCost')).toEqual([]);
  });

  it('points at the first month whose cash closes below zero', () => {
    const shop = bamakoShop();
    // Nothing sold in months 3 and 4: 96 690 − 135 000 − 26 655 at the end of month 3.
    for (const product of shop.products) product.monthlyUnits.splice(2, 2, 0, 0);
    expect(warningsFor(shop)).toEqual([{ kind: 'cashNegative', month: 3, closing: -64_965 }]);
  });

  it('warns when the loan instalment is more than the monthly profit before interest', () => {
    const shop = bamakoShop();
    shop.operatingCosts.push({ id: 'guard', label: 'Gardien', monthly: 60_000 });
    // 210 000 of margin − 195 000 of costs = 15 000 a month, against a 26 655 instalment.
    expect(warningsFor(shop)).toContainEqual({ kind: 'repaymentAboveProfit', repayment: 26_655, monthlyProfit: 15_000 });
  });

  it('does not warn when the profit before interest just pays the instalment', () => {
    const shop = bamakoShop();
    shop.operatingCosts.push({ id: 'guard', label: 'Gardien', monthly: 48_345 }); // leaves exactly 26 655 a month
    expect(warningsFor(shop).filter((warning) => warning.kind === 'repaymentAboveProfit')).toEqual([]);
  });

  it('adds up the instalments of every loan', () => {
    const shop = bamakoShop();
    shop.funding.loans.push({ id: 'family', lender: 'Famille', amount: 600_000, yearlyRateBp: 0, months: 12 }); // 50 000 a month
    // Monthly profit before interest: 210 000 − 135 000 = 75 000, below 26 655 + 50 000.
    expect(warningsFor(shop)).toContainEqual({ kind: 'repaymentAboveProfit', repayment: 76_655, monthlyProfit: 75_000 });
  });

  it('does not warn about repayments without a loan, even at a loss', () => {
    const shop = bamakoShop();
    shop.funding.loans = [];
    shop.operatingCosts.push({ id: 'guard', label: 'Gardien', monthly: 300_000 });
    expect(warningsFor(shop).map((warning) => warning.kind)).not.toContain('repaymentAboveProfit');
  });

  it('gives the amount missing to fund the start-up', () => {
    const shop = bamakoShop();
    shop.funding.own = 150_000;
    expect(warningsFor(shop)).toContainEqual({ kind: 'fundingGap', missing: 50_000 });
  });

  it('counts what is given in kind as funding', () => {
    const shop = bamakoShop();
    shop.funding.own = 150_000;
    shop.funding.inKind = 100_000;
    expect(warningsFor(shop)).toEqual([]);
  });

  it('lists every problem of a weak plan, cash first and funding last', () => {
    const shop = bamakoShop();
    shop.funding.own = 0;
    shop.products[0]!.price = 300;
    // Month 1: 420 000 of sales + 300 000 of loan in; 500 000 + 410 000 + 135 000 + 26 655 out.
    // Year: margin 12 × 10 000, costs 12 × 135 000 → (120 000 − 1 620 000) ÷ 12 before interest.
    expect(warningsFor(shop)).toEqual([
      { kind: 'cashNegative', month: 1, closing: -351_655 },
      { kind: 'priceBelowCost', productId: 'drink', name: 'Boisson fraîche', price: 300, unitCost: 350 },
      { kind: 'repaymentAboveProfit', repayment: 26_655, monthlyProfit: -125_000 },
      { kind: 'fundingGap', missing: 200_000 },
    ]);
  });
});
