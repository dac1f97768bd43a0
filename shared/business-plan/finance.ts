import { AmountTooLargeError, add, divCeil, divRound, mul, mulDivCeil, sub, sum } from './money';
import { MAX_QUANTITY, MONTHS, WORKING_CAPITAL_ITEMS, type Loan, type PlanFinance, type Product } from './model';

/**
 * The plan's figures, derived from what the participant typed: start-up
 * needs and funds, unit costs and margins, loan repayments, the 12-month
 * profit and loss and cash flow, break-even and pay-back. Pure functions in
 * whole units (see money.ts); recomputed on every keystroke in the worksheet
 * and again on the Node side for the PDF.
 *
 * Conventions (small-business training's): the start-up happens in month 1 —
 * own money and loans come in, equipment and pre-opening costs go out, less
 * what is given in kind; loans are repaid in equal monthly instalments from
 * month 1; only their interest is a cost in the profit and loss.
 */

export interface ProductEconomics {
  productId: string;
  unitCost: number;
  /** Selling price minus unit cost; negative when sold at a loss. */
  unitMargin: number;
}

export interface LoanMonth {
  month: number;
  interest: number;
  principal: number;
  /** What is still owed after this month's instalment. */
  balance: number;
}

export interface LoanSchedule {
  loanId: string;
  /** The regular instalment (interest + principal). */
  monthlyRepayment: number;
  /** The months of the plan's year in which the loan is repaid (at most 12). */
  months: LoanMonth[];
}

export interface ProfitMonth {
  month: number;
  sales: number;
  /** Units sold × unit cost. */
  variableCosts: number;
  grossMargin: number;
  operatingCosts: number;
  loanInterest: number;
  profit: number;
}

export interface CashMonth {
  month: number;
  opening: number;
  in: { sales: number; own: number; loans: number; total: number };
  out: { startup: number; variableCosts: number; operatingCosts: number; loanRepayments: number; total: number };
  closing: number;
}

export interface Financials {
  equipmentTotal: number;
  workingCapitalTotal: number;
  /** Equipment + working capital. */
  startupTotal: number;
  loansTotal: number;
  /** Own money + in kind + loans. */
  fundingTotal: number;
  /** Funds minus needs: negative when the start-up is not fully funded. */
  fundingBalance: number;
  products: ProductEconomics[];
  loans: LoanSchedule[];
  profitAndLoss: ProfitMonth[];
  yearTotals: Omit<ProfitMonth, 'month'>;
  cashFlow: CashMonth[];
  breakEven: {
    monthlyFixedCosts: number;
    /** Units to sell per month (all products, in the plan's sales mix); null when no sale makes a margin. */
    units: number | null;
    /** Sales per month; null when no sale makes a margin. */
    sales: number | null;
  };
  /** Gross margin as a percentage of sales, one decimal; null without sales. */
  grossMarginPercent: number | null;
  /** Months of profit needed to earn back the start-up needs; null when the year makes no profit. */
  paybackMonths: number | null;
}

export type FinanceResult = { ok: true; financials: Financials } | { ok: false; problem: 'tooLarge' };

export function computeFinancials(finance: PlanFinance): FinanceResult {
  try {
    return { ok: true, financials: compute(finance) };
  } catch (error) {
    if (error instanceof AmountTooLargeError) return { ok: false, problem: 'tooLarge' };
    throw error;
  }
}

const monthNumbers = Array.from({ length: MONTHS }, (_, index) => index + 1);

function compute(finance: PlanFinance): Financials {
  const equipmentTotal = sum(finance.equipment.map((item) => mul(item.quantity, item.unitPrice)));
  const workingCapitalTotal = sum(WORKING_CAPITAL_ITEMS.map((item) => finance.workingCapital[item]));
  const startupTotal = add(equipmentTotal, workingCapitalTotal);
  const loansTotal = sum(finance.funding.loans.map((loan) => loan.amount));
  const fundingTotal = sum([finance.funding.own, finance.funding.inKind, loansTotal]);

  const products = finance.products.map(productEconomics);
  const loans = finance.funding.loans.map(loanSchedule);
  const interestIn = (month: number) => sum(loans.map((loan) => loan.months.find((row) => row.month === month)?.interest ?? 0));
  const repaymentIn = (month: number) =>
    sum(loans.map((loan) => {
      const row = loan.months.find((candidate) => candidate.month === month);
      return row ? add(row.interest, row.principal) : 0;
    }));
  const operatingCosts = sum(finance.operatingCosts.map((cost) => cost.monthly));

  const profitAndLoss = monthNumbers.map((month): ProfitMonth => {
    const index = month - 1;
    const sales = sum(finance.products.map((product) => mul(product.monthlyUnits[index] ?? 0, product.price)));
    const variableCosts = sum(finance.products.map((product, at) => mul(product.monthlyUnits[index] ?? 0, products[at]!.unitCost)));
    const grossMargin = sub(sales, variableCosts);
    const loanInterest = interestIn(month);
    return { month, sales, variableCosts, grossMargin, operatingCosts, loanInterest, profit: sub(sub(grossMargin, operatingCosts), loanInterest) };
  });
  const yearTotals = {
    sales: sum(profitAndLoss.map((row) => row.sales)),
    variableCosts: sum(profitAndLoss.map((row) => row.variableCosts)),
    grossMargin: sum(profitAndLoss.map((row) => row.grossMargin)),
    operatingCosts: sum(profitAndLoss.map((row) => row.operatingCosts)),
    loanInterest: sum(profitAndLoss.map((row) => row.loanInterest)),
    profit: sum(profitAndLoss.map((row) => row.profit)),
  };

  // What is given in kind is not bought: it lowers the start-up cash spent.
  const startupCash = Math.max(0, sub(startupTotal, finance.funding.inKind));
  const cashFlow: CashMonth[] = [];
  let opening = 0;
  for (const row of profitAndLoss) {
    const first = row.month === 1;
    const moneyIn = { sales: row.sales, own: first ? finance.funding.own : 0, loans: first ? loansTotal : 0 };
    const moneyOut = {
      startup: first ? startupCash : 0,
      variableCosts: row.variableCosts,
      operatingCosts: row.operatingCosts,
      loanRepayments: repaymentIn(row.month),
    };
    const inTotal = sum([moneyIn.sales, moneyIn.own, moneyIn.loans]);
    const outTotal = sum([moneyOut.startup, moneyOut.variableCosts, moneyOut.operatingCosts, moneyOut.loanRepayments]);
    const closing = sub(add(opening, inTotal), outTotal);
    cashFlow.push({ month: row.month, opening, in: { ...moneyIn, total: inTotal }, out: { ...moneyOut, total: outTotal }, closing });
    opening = closing;
  }

  return {
    equipmentTotal,
    workingCapitalTotal,
    startupTotal,
    loansTotal,
    fundingTotal,
    fundingBalance: sub(fundingTotal, startupTotal),
    products,
    loans,
    profitAndLoss,
    yearTotals,
    cashFlow,
    breakEven: breakEven(finance.products, operatingCosts, yearTotals),
    grossMarginPercent: yearTotals.sales > 0 ? Math.round((yearTotals.grossMargin / yearTotals.sales) * 1000) / 10 + 0 : null,
    paybackMonths: paybackMonths(startupTotal, profitAndLoss, yearTotals.profit),
  };
}

export function productEconomics(product: Product): ProductEconomics {
  const unitCost = sum([product.materials, product.labour, product.other]);
  return { productId: product.id, unitCost, unitMargin: sub(product.price, unitCost) };
}

/**
 * Equal monthly instalments (an annuity) rounded to the whole unit; each
 * month's interest is the balance × the monthly rate, rounded; the last
 * instalment settles what remains, so the principal repaid is exactly the loan.
 */
export function loanSchedule(loan: Loan): LoanSchedule {
  const monthlyRepayment = instalment(loan);
  const months: LoanMonth[] = [];
  let balance = loan.amount;
  for (let month = 1; month <= Math.min(loan.months, MONTHS); month++) {
    // Yearly rate in basis points over 12 months: balance × bp ÷ 120 000.
    const interest = divRound(mul(balance, loan.yearlyRateBp), 120_000);
    const principal = month === loan.months ? balance : Math.min(balance, Math.max(0, sub(monthlyRepayment, interest)));
    balance = sub(balance, principal);
    months.push({ month, interest, principal, balance });
  }
  return { loanId: loan.id, monthlyRepayment, months };
}

function instalment(loan: Loan): number {
  if (loan.amount === 0) return 0;
  if (loan.yearlyRateBp === 0) return divCeil(loan.amount, loan.months);
  const rate = loan.yearlyRateBp / 120_000;
  // The annuity formula needs a power: computed in floating point, then rounded to a whole unit.
  const payment = Math.round((loan.amount * rate) / (1 - (1 + rate) ** -loan.months));
  if (!Number.isSafeInteger(payment)) throw new AmountTooLargeError();
  return payment;
}

function breakEven(products: readonly Product[], operatingCosts: number, year: Financials['yearTotals']): Financials['breakEven'] {
  // Fixed costs of an average month: operating costs and the year's loan interest spread over 12 months.
  const monthlyFixedCosts = add(operatingCosts, divCeil(year.loanInterest, MONTHS));
  const unitsSold = sum(products.map((product) => sum(product.monthlyUnits)));
  if (year.grossMargin <= 0 || unitsSold === 0) return { monthlyFixedCosts, units: null, sales: null };
  // In the year's sales mix: each unit brings grossMargin ÷ units, each unit of money grossMargin ÷ sales.
  return {
    monthlyFixedCosts,
    units: mulDivCeil(monthlyFixedCosts, unitsSold, year.grossMargin),
    sales: mulDivCeil(monthlyFixedCosts, year.sales, year.grossMargin),
  };
}

function paybackMonths(startupTotal: number, profitAndLoss: readonly ProfitMonth[], yearProfit: number): number | null {
  if (startupTotal === 0) return 0;
  let cumulative = 0;
  for (const row of profitAndLoss) {
    cumulative = add(cumulative, row.profit);
    if (cumulative >= startupTotal) return row.month;
  }
  if (yearProfit <= 0) return null;
  // Beyond the first year, at the first year's average pace.
  return divCeil(mul(startupTotal, MONTHS), yearProfit);
}

export const SEASON_LEVELS = ['low', 'normal', 'high'] as const;
export type SeasonLevel = (typeof SEASON_LEVELS)[number];
const SEASON_PERCENT: Record<SeasonLevel, number> = { low: 50, normal: 100, high: 150 };

/** The seasonality helper: a usual month's units, scaled by each month's level (half, as usual, one and a half). */
export function seasonalUnits(usualUnits: number, levels: readonly SeasonLevel[]): number[] {
  return monthNumbers.map((month) => Math.min(MAX_QUANTITY, divRound(mul(usualUnits, SEASON_PERCENT[levels[month - 1] ?? 'normal']), 100)));
}
