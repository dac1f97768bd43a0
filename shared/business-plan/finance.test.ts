import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeFinancials, loanSchedule, seasonalUnits, type Financials } from './finance';
import { MAX_LOAN_MONTHS, MAX_QUANTITY, MAX_RATE_BP, emptyBusinessPlan, financeSchema, type PlanFinance } from './model';
import { planWarnings } from './warnings';
import { bamakoShop, everyMonth } from './test-finance';


function financialsOf(finance: PlanFinance): Financials {
  const result = computeFinancials(finance);
  if (!result.ok) throw new Error(`computeFinancials refused the plan: ${result.problem}`);
  return result.financials;
}

const loan = (amount: number, yearlyRateBp: number, months: number) => ({ id: 'loan', lender: 'Banque', amount, yearlyRateBp, months });
const sumOf = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

describe('computeFinancials, for a small shop in Bamako', () => {
  const shop = bamakoShop();
  const financials = financialsOf(shop);

  it('adds up the start-up needs, the funds and the unit margins', () => {
    expect(financeSchema.safeParse(shop).success).toBe(true);
    expect(financials).toMatchObject({
      equipmentTotal: 350_000, // 2 × 150 000 + 50 000
      workingCapitalTotal: 200_000,
      startupTotal: 550_000,
      loansTotal: 300_000,
      fundingTotal: 550_000, // 200 000 own + 50 000 in kind + 300 000 loan
      fundingBalance: 0,
    });
    expect(financials.products).toEqual([
      { productId: 'drink', unitCost: 350, unitMargin: 150 },
      { productId: 'ice', unitCost: 100, unitMargin: 100 },
    ]);
  });

  it('repays the loan in equal instalments (annuity) that settle it exactly', () => {
    const [schedule] = financials.loans;
    // 300 000 × 1 % ÷ (1 − 1.01^−12) = 3 000 ÷ 0.112551 = 26 654.64
    expect(schedule!.monthlyRepayment).toBe(26_655);
    expect(schedule!.months[0]).toEqual({ month: 1, interest: 3_000, principal: 23_655, balance: 276_345 });
    expect(schedule!.months[1]).toEqual({ month: 2, interest: 2_763, principal: 23_892, balance: 252_453 }); // 1 % of 276 345, rounded
    expect(schedule!.months).toHaveLength(12);
    expect(sumOf(schedule!.months.map((row) => row.principal))).toBe(300_000);
    expect(schedule!.months[11]).toMatchObject({ principal: 26_387, balance: 0 }); // the last instalment settles the rest
  });

  it('builds the profit and loss, with only the interest as a cost', () => {
    // Sales 1 000 × 500 + 600 × 200; variable costs 1 000 × 350 + 600 × 100.
    expect(financials.profitAndLoss[0]).toEqual({
      month: 1, sales: 620_000, variableCosts: 410_000, grossMargin: 210_000, operatingCosts: 135_000, loanInterest: 3_000, profit: 72_000,
    });
    expect(financials.profitAndLoss[1]).toMatchObject({ loanInterest: 2_763, profit: 72_237 });
    expect(financials.yearTotals).toEqual({
      sales: 7_440_000, variableCosts: 4_920_000, grossMargin: 2_520_000, operatingCosts: 1_620_000, loanInterest: 19_856, profit: 880_144,
    });
  });

  it('puts the start-up in the cash flow of month 1, less what is given in kind', () => {
    expect(financials.cashFlow[0]).toEqual({
      month: 1,
      opening: 0,
      in: { sales: 620_000, own: 200_000, loans: 300_000, total: 1_120_000 },
      out: { startup: 500_000, variableCosts: 410_000, operatingCosts: 135_000, loanRepayments: 26_655, total: 1_071_655 },
      closing: 48_345,
    });
    expect(financials.cashFlow[1]).toEqual({
      month: 2,
      opening: 48_345,
      in: { sales: 620_000, own: 0, loans: 0, total: 620_000 },
      out: { startup: 0, variableCosts: 410_000, operatingCosts: 135_000, loanRepayments: 26_655, total: 571_655 },
      closing: 96_690,
    });
    const generous = bamakoShop();
    generous.funding.inKind = 600_000; // more than the start-up needs: nothing is spent, nothing comes back
    expect(financialsOf(generous).cashFlow[0]!.out.startup).toBe(0);
  });

  it('gives the break-even, the gross margin rate and the payback', () => {
    // Fixed costs 135 000 + ⌈19 856 ÷ 12⌉; 19 200 units and 7 440 000 sold a year for a margin of 2 520 000.
    expect(financials.breakEven).toEqual({ monthlyFixedCosts: 136_655, units: 1_042, sales: 403_458 }); // ⌈1 041.2⌉, ⌈403 457.6⌉
    expect(financials.grossMarginPercent).toBe(33.9); // 2 520 000 ÷ 7 440 000 = 33.87 %
    expect(financials.paybackMonths).toBe(8); // cumulative profit: 509 051 after 7 months, 582 757 after 8
  });

  it('pays back in the month the cumulative profit reaches the start-up, exactly', () => {
    const noLoan = bamakoShop();
    noLoan.funding.loans = [];
    noLoan.equipment = [];
    noLoan.workingCapital = { firstStock: 150_000, rent: 0, wages: 0, marketing: 0, other: 0 }; // two months of 75 000 profit
    expect(financialsOf(noLoan).paybackMonths).toBe(2);
  });

  it('counts the payback beyond the first year at its average pace, or not at all without profit', () => {
    const dearer = bamakoShop();
    dearer.equipment[1]!.unitPrice = 1_500_000; // start-up 2 000 000
    expect(financialsOf(dearer).paybackMonths).toBe(28); // ⌈2 000 000 × 12 ÷ 880 144⌉ = ⌈27.3⌉
    const losing = bamakoShop();
    losing.operatingCosts.push({ id: 'guard', label: 'Gardien', monthly: 100_000 });
    expect(financialsOf(losing).paybackMonths).toBeNull();
  });
});

describe('loanSchedule', () => {
  it('at 0 %, rounds the instalment up and lets the last one settle the rest', () => {
    const schedule = loanSchedule(loan(100_000, 0, 3));
    expect(schedule.monthlyRepayment).toBe(33_334); // ⌈100 000 ÷ 3⌉
    expect(schedule.months).toEqual([
      { month: 1, interest: 0, principal: 33_334, balance: 66_666 },
      { month: 2, interest: 0, principal: 33_334, balance: 33_332 },
      { month: 3, interest: 0, principal: 33_332, balance: 0 },
    ]);
  });

  it('over more than 12 months, shows the plan year only and what is still owed', () => {
    const schedule = loanSchedule(loan(1_200_000, 1_200, 24));
    expect(schedule.monthlyRepayment).toBe(56_488); // 12 000 ÷ (1 − 1.01^−24) = 56 488.17
    expect(schedule.months).toHaveLength(12);
    const owed = schedule.months[11]!.balance;
    expect(owed).toBe(1_200_000 - sumOf(schedule.months.map((row) => row.principal)));
    // What is owed is worth the 12 instalments left: 56 488.17 × (1 − 1.01^−12) ÷ 1 % = 635 778.7 (a few units off from rounding).
    expect(Math.abs(owed - 635_779)).toBeLessThanOrEqual(12);
  });
});

describe('computeFinancials, edge plans', () => {
  it('gives zeros for an empty plan, with no break-even and nothing to pay back', () => {
    const financials = financialsOf(emptyBusinessPlan('fr', 'ML').finance);
    expect(financials).toMatchObject({ startupTotal: 0, fundingTotal: 0, fundingBalance: 0, grossMarginPercent: null, paybackMonths: 0 });
    expect(financials.breakEven).toEqual({ monthlyFixedCosts: 0, units: null, sales: null });
    expect(financials.yearTotals).toEqual({ sales: 0, variableCosts: 0, grossMargin: 0, operatingCosts: 0, loanInterest: 0, profit: 0 });
    expect(financials.cashFlow.map((month) => month.closing)).toEqual(everyMonth(0));
  });

  it('refuses as too large a plan whose sales could not be counted exactly', () => {
    const huge = emptyBusinessPlan('fr', 'GN').finance;
    huge.products = Array.from({ length: 20 }, (_, index) => ({
      id: `p${index}`, name: 'Or', unit: 'kg', materials: 0, labour: 0, other: 0, price: 999_999_999_999, monthlyUnits: everyMonth(1_000_000),
    }));
    expect(financeSchema.safeParse(huge).success).toBe(true);
    expect(computeFinancials(huge)).toEqual({ ok: false, problem: 'tooLarge' });
  });

  it('computes the break-even of an ordinary plan in Guinean francs, whose figures are large but exact', () => {
    // A bakery in Conakry: 10 000 loaves a month at 25 000 GNF (cost 15 000), 10 000 000 GNF of monthly costs.
    const bakery = emptyBusinessPlan('fr', 'GN').finance;
    bakery.products.push({ id: 'bread', name: 'Pain', unit: 'pièce', materials: 15_000, labour: 0, other: 0, price: 25_000, monthlyUnits: everyMonth(10_000) });
    bakery.operatingCosts.push({ id: 'rent', label: 'Loyer et salaires', monthly: 10_000_000 });
    // 10 000 000 ÷ 10 000 margin per loaf = 1 000 loaves = 25 000 000 GNF of sales a month.
    expect(financialsOf(bakery).breakEven).toEqual({ monthlyFixedCosts: 10_000_000, units: 1_000, sales: 25_000_000 });
  });
});

describe('seasonalUnits', () => {
  it('sells half in a low month and one and a half in a high month', () => {
    const levels = ['low', 'normal', 'high', ...Array<'normal'>(9).fill('normal')] as const;
    expect(seasonalUnits(100, levels).slice(0, 3)).toEqual([50, 100, 150]);
    expect(seasonalUnits(3, ['low', 'high'])).toEqual([2, 5, ...everyMonth(3).slice(2)]); // 1.5 and 4.5 rounded up; unset months as usual
  });

  it('never goes past the largest quantity a participant may type', () => {
    expect(seasonalUnits(900_000, Array(12).fill('high'))).toEqual(everyMonth(MAX_QUANTITY));
  });
});

// ——— Properties, over plans in ranges where every figure stays exact ———

const amount = (max = 10_000_000) => fc.integer({ min: 0, max });
const units = fc.integer({ min: 0, max: 1_000 });
const withIds = <T extends object>(prefix: string) => (items: T[]) => items.map((item, index) => ({ id: `${prefix}-${index}`, ...item }));

function planFinance(maxLoanMonths = MAX_LOAN_MONTHS): fc.Arbitrary<PlanFinance> {
  const equipmentItem = fc.record({ name: fc.constant('Outil'), quantity: units, unitPrice: amount() });
  const loanTerms = fc.record({ lender: fc.constant('Banque'), amount: amount(), yearlyRateBp: fc.integer({ min: 0, max: MAX_RATE_BP }), months: fc.integer({ min: 1, max: maxLoanMonths }) });
  // Unit costs up to 3 000 000 beside prices up to 10 000 000: most products make a margin, some do not.
  const product = fc.record({
    name: fc.constantFrom('Pain', 'Savon'), unit: fc.constant('pièce'), materials: amount(1_000_000), labour: amount(1_000_000), other: amount(1_000_000),
    price: amount(), monthlyUnits: fc.array(units, { minLength: 12, maxLength: 12 }),
  });
  return fc.record({
    startMonth: fc.constantFrom('', '2027-03'),
    equipment: fc.array(equipmentItem, { maxLength: 5 }).map(withIds('equipment')),
    workingCapital: fc.record({ firstStock: amount(), rent: amount(), wages: amount(), marketing: amount(), other: amount() }),
    funding: fc.record({ own: amount(), inKind: amount(), loans: fc.array(loanTerms, { maxLength: 3 }).map(withIds('loan')) }),
    products: fc.array(product, { maxLength: 5 }).map(withIds('product')),
    operatingCosts: fc.array(fc.record({ label: fc.constant('Loyer'), monthly: amount() }), { maxLength: 5 }).map(withIds('cost')),
  });
}

function numbersIn(value: unknown, path: string): Array<[string, number]> {
  if (typeof value === 'number') return [[path, value]];
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, child]) => numbersIn(child, `${path}.${key}`));
  return [];
}

describe('computeFinancials, properties', () => {
  it('is given valid plans (the arbitrary matches the schema) and computes every figure as a safe integer', () => {
    fc.assert(fc.property(planFinance(), (finance) => {
      expect(financeSchema.safeParse(finance).success).toBe(true);
      const { grossMarginPercent, ...figures } = financialsOf(finance);
      const unsafe = numbersIn(figures, 'financials').filter(([, value]) => !Number.isSafeInteger(value));
      expect(unsafe).toEqual([]);
      if (grossMarginPercent !== null) expect(Math.round(grossMarginPercent * 10) / 10).toBe(grossMarginPercent);
    }));
  });

  it('chains the cash flow month to month and adds up its rows', () => {
    fc.assert(fc.property(planFinance(), (finance) => {
      const { cashFlow, loans } = financialsOf(finance);
      expect(cashFlow).toHaveLength(12);
      expect(cashFlow[0]!.opening).toBe(0);
      cashFlow.forEach((month, index) => {
        if (index > 0) expect(month.opening).toBe(cashFlow[index - 1]!.closing);
        expect(month.in.total).toBe(month.in.sales + month.in.own + month.in.loans);
        expect(month.out.total).toBe(month.out.startup + month.out.variableCosts + month.out.operatingCosts + month.out.loanRepayments);
        expect(month.closing).toBe(month.opening + month.in.total - month.out.total);
        const repaid = loans.flatMap((schedule) => schedule.months.filter((row) => row.month === month.month));
        expect(month.out.loanRepayments).toBe(sumOf(repaid.map((row) => row.interest + row.principal)));
      });
    }));
  });

  it('keeps the profit and loss consistent with its year totals and the start-up with its parts', () => {
    fc.assert(fc.property(planFinance(), (finance) => {
      const financials = financialsOf(finance);
      const months = financials.profitAndLoss;
      for (const month of months) {
        expect(month.grossMargin).toBe(month.sales - month.variableCosts);
        expect(month.profit).toBe(month.grossMargin - month.operatingCosts - month.loanInterest);
      }
      for (const row of ['sales', 'variableCosts', 'grossMargin', 'operatingCosts', 'loanInterest', 'profit'] as const) {
        expect(financials.yearTotals[row]).toBe(sumOf(months.map((month) => month[row])));
      }
      expect(financials.startupTotal).toBe(financials.equipmentTotal + financials.workingCapitalTotal);
      expect(financials.equipmentTotal).toBe(sumOf(finance.equipment.map((item) => item.quantity * item.unitPrice)));
    }));
  });

  it('repays exactly each loan over its term, and never owes a negative balance', () => {
    fc.assert(fc.property(planFinance(12), (finance) => {
      financialsOf(finance).loans.forEach((schedule, index) => {
        const { amount: borrowed, months } = finance.funding.loans[index]!;
        expect(schedule.months).toHaveLength(months);
        expect(sumOf(schedule.months.map((row) => row.principal))).toBe(borrowed);
        expect(schedule.months.at(-1)!.balance).toBe(0);
        expect(schedule.months.every((row) => row.balance >= 0 && row.principal >= 0 && row.interest >= 0)).toBe(true);
      });
    }));
    fc.assert(fc.property(planFinance(), (finance) => {
      financialsOf(finance).loans.forEach((schedule, index) => {
        expect(schedule.months).toHaveLength(Math.min(12, finance.funding.loans[index]!.months));
        expect(schedule.months.every((row) => row.balance >= 0)).toBe(true);
      });
    }));
  });

  it('puts the break-even where the margin first covers the fixed costs', () => {
    fc.assert(fc.property(planFinance(), (finance) => {
      const { breakEven, yearTotals } = financialsOf(finance);
      const unitsSold = sumOf(finance.products.flatMap((product) => product.monthlyUnits));
      expect(breakEven.units === null).toBe(yearTotals.grossMargin <= 0 || unitsSold === 0);
      if (breakEven.units === null || breakEven.sales === null) return;
      // In BigInt: the products go past 2^53. Margin brought = level × year margin ÷ year level.
      const [fixed, margin] = [BigInt(breakEven.monthlyFixedCosts), BigInt(yearTotals.grossMargin)];
      const covers = (level: number, yearLevel: number) => BigInt(level) * margin >= fixed * BigInt(yearLevel);
      expect(covers(breakEven.sales, yearTotals.sales)).toBe(true);
      expect(covers(breakEven.units, unitsSold)).toBe(true);
      if (breakEven.monthlyFixedCosts > 0) {
        expect(covers(breakEven.sales - 1, yearTotals.sales)).toBe(false);
        expect(covers(breakEven.units - 1, unitsSold)).toBe(false);
      }
    }));
  });

  it('warns of negative cash exactly when a month closes below zero, naming the first', () => {
    fc.assert(fc.property(planFinance(), (finance) => {
      const financials = financialsOf(finance);
      const firstNegative = financials.cashFlow.find((month) => month.closing < 0);
      const warning = planWarnings(finance, financials).find((candidate) => candidate.kind === 'cashNegative');
      expect(warning).toEqual(firstNegative ? { kind: 'cashNegative', month: firstNegative.month, closing: firstNegative.closing } : undefined);
    }));
  });
});

