import type { Financials } from '../../../../shared/business-plan/finance';
import { PLAN_LABELS, fillLabel } from '../../../../shared/business-plan/labels';
import { MONTHS, WORKING_CAPITAL_ITEMS, type BusinessPlan } from '../../../../shared/business-plan/model';
import { mul, sum } from '../../../../shared/business-plan/money';
import { PDF_LABELS, currencySign, formatMoney, formatNumber, formatPercent, formatRate, monthHeadings } from './pdf-labels';
import type { TableColumn, TableRow, TableSpec } from './table';

/**
 * The plan's figures as table specifications, in the plan's language:
 * amounts with formatMoney, except in the 12-month tables where the cells
 * carry bare numbers and the caption names the currency (14 columns of
 * "1 250 000 F CFA" would not fit a page at a readable size).
 */

export interface FinanceTables {
  /** Start-up needs, funds, loans, products, monthly costs: portrait pages. */
  inputs: TableSpec[];
  /** Sales forecast, profit and loss, cash flow: landscape pages. */
  months: TableSpec[];
  keyFigures: TableSpec;
}

const PORTRAIT_SIZE = 8.5;
const MONTHLY_SIZE = 7.5;
const EMPTY = '—';

export function financeTables(plan: BusinessPlan, financials: Financials): FinanceTables {
  const language = plan.language;
  const labels = PLAN_LABELS[language];
  const words = labels.finance;
  const money = (amount: number) => formatMoney(amount, plan.currency, language);
  const number = (value: number) => formatNumber(value, language);
  const continued = (title: string) => fillLabel(PDF_LABELS[language].continued, { title });
  const table = (spec: Omit<TableSpec, 'continuedTitle'>): TableSpec => ({ ...spec, continuedTitle: continued(spec.title) });
  const text = (header: string, weight = 1, maxLines = 2, maxWidth?: number): TableColumn => ({ header, align: 'left', weight, maxLines, ...(maxWidth ? { maxWidth } : {}) });
  const figure = (header: string): TableColumn => ({ header, align: 'right' });
  const name = (value: string) => value.trim() || EMPTY;
  const { finance } = plan;

  const startupRows: TableRow[] = [
    { kind: 'group', cells: [words.equipment] },
    ...(finance.equipment.length === 0
      ? [{ cells: [EMPTY] }]
      : finance.equipment.map((item) => ({ cells: [name(item.name), number(item.quantity), money(item.unitPrice), money(mul(item.quantity, item.unitPrice))] }))),
    { kind: 'subtotal', cells: [words.total, '', '', money(financials.equipmentTotal)] },
    { kind: 'group', cells: [words.workingCapital] },
    ...WORKING_CAPITAL_ITEMS.map((item) => ({ cells: [words.workingCapitalItems[item], '', '', money(finance.workingCapital[item])] })),
    { kind: 'subtotal', cells: [words.total, '', '', money(financials.workingCapitalTotal)] },
    { kind: 'total', cells: [words.startupTotal, '', '', money(financials.startupTotal)] },
  ];
  const startup = table({
    id: 'startup',
    title: words.startup,
    titleLevel: 1,
    columns: [text(words.item, 1, 3), figure(words.quantity), figure(words.unitPrice), figure(words.total)],
    rows: startupRows,
    size: PORTRAIT_SIZE,
  });

  const funding = table({
    id: 'funding',
    title: words.funding,
    titleLevel: 1,
    columns: [text(''), figure(words.amount)],
    rows: [
      { cells: [words.own, money(finance.funding.own)] },
      { cells: [words.inKind, money(finance.funding.inKind)] },
      { cells: [words.loans, money(financials.loansTotal)] },
      { kind: 'total', cells: [words.fundingTotal, money(financials.fundingTotal)] },
      { kind: 'subtotal', cells: [words.fundingBalance, money(financials.fundingBalance)] },
    ],
    size: PORTRAIT_SIZE,
  });

  const loans = finance.funding.loans.length === 0
    ? []
    : [
        table({
          id: 'loans',
          title: words.loans,
          titleLevel: 2,
          columns: [text(words.lender, 1, 3), figure(words.amount), figure(words.yearlyRate), figure(words.months), figure(words.monthlyRepayment)],
          rows: finance.funding.loans.map((loan, index) => ({
            cells: [name(loan.lender), money(loan.amount), formatRate(loan.yearlyRateBp, language), number(loan.months), money(financials.loans[index]?.monthlyRepayment ?? 0)],
          })),
          size: PORTRAIT_SIZE,
        }),
      ];

  const products = table({
    id: 'products',
    title: words.products,
    titleLevel: 1,
    columns: [text(words.product, 2, 3, 170), text(words.unit, 0.6, 2, 80), figure(words.materials), figure(words.labour), figure(words.other), figure(words.unitCost), figure(words.price), figure(words.unitMargin)],
    rows:
      finance.products.length === 0
        ? [{ cells: [EMPTY] }]
        : finance.products.map((product, index) => {
            const economics = financials.products[index]!;
            return { cells: [name(product.name), product.unit.trim(), money(product.materials), money(product.labour), money(product.other), money(economics.unitCost), money(product.price), money(economics.unitMargin)] };
          }),
    size: PORTRAIT_SIZE,
  });

  const operatingCosts = table({
    id: 'operatingCosts',
    title: words.operatingCosts,
    titleLevel: 1,
    columns: [text(words.costLabel, 1, 3), figure(words.perMonth), figure(words.year)],
    rows: [
      ...finance.operatingCosts.map((cost) => ({ cells: [name(cost.label), money(cost.monthly), money(mul(cost.monthly, MONTHS))] })),
      { kind: 'total' as const, cells: [words.total, money(financials.profitAndLoss[0]?.operatingCosts ?? 0), money(financials.yearTotals.operatingCosts)] },
    ],
    size: PORTRAIT_SIZE,
  });

  // ——— The 12-month tables ———
  const headings = monthHeadings(finance.startMonth, language);
  const monthColumns: TableColumn[] = Array.from({ length: MONTHS }, (_, index) => ({
    // The month on one line, its year under it, in every column alike.
    header: (fits: (text: string) => boolean) => (headings(fits)[index] ?? '').replace(/ (\d{4})$/, '\n$1'),
    align: 'right',
    group: 'month',
  }));
  const monthly = (id: string, title: string, firstHeader: string, rows: TableRow[], caption?: string): TableSpec =>
    table({ id, title, titleLevel: 1, ...(caption ? { caption } : {}), columns: [text(firstHeader, 1, 2, 150), ...monthColumns, figure(words.year)], rows, size: MONTHLY_SIZE, stripes: true });
  const amountsIn = fillLabel(PDF_LABELS[language].amountsIn, { currency: currencySign(plan.currency, language) });
  const line = (label: string, values: readonly number[], year: number, kind?: TableRow['kind']): TableRow => ({ cells: [label, ...values.map(number), number(year)], ...(kind ? { kind } : {}) });

  const salesForecast = monthly(
    'salesForecast',
    words.salesForecast,
    words.product,
    finance.products.length === 0 ? [{ cells: [EMPTY] }] : finance.products.map((product) => line(name(product.name), product.monthlyUnits, sum(product.monthlyUnits))),
  );

  const pl = financials.profitAndLoss;
  const year = financials.yearTotals;
  const profitAndLoss = monthly(
    'profitAndLoss',
    words.profitAndLoss,
    '',
    [
      line(words.sales, pl.map((row) => row.sales), year.sales),
      line(words.variableCosts, pl.map((row) => row.variableCosts), year.variableCosts),
      line(words.grossMargin, pl.map((row) => row.grossMargin), year.grossMargin, 'subtotal'),
      line(words.operatingCosts, pl.map((row) => row.operatingCosts), year.operatingCosts),
      line(words.loanInterest, pl.map((row) => row.loanInterest), year.loanInterest),
      line(words.profit, pl.map((row) => row.profit), year.profit, 'total'),
    ],
    amountsIn,
  );

  const cash = financials.cashFlow;
  const yearOf = (pick: (month: (typeof cash)[number]) => number) => sum(cash.map(pick));
  const cashLine = (label: string, pick: (month: (typeof cash)[number]) => number, kind?: TableRow['kind']) => line(label, cash.map(pick), yearOf(pick), kind);
  const cashFlow = monthly(
    'cashFlow',
    words.cashFlow,
    '',
    [
      // The year opens with the first month's cash and closes with the last month's.
      line(words.opening, cash.map((month) => month.opening), cash[0]?.opening ?? 0, 'subtotal'),
      { kind: 'group', cells: [words.moneyIn] },
      cashLine(words.sales, (month) => month.in.sales),
      cashLine(words.own, (month) => month.in.own),
      cashLine(words.loans, (month) => month.in.loans),
      cashLine(words.total, (month) => month.in.total, 'subtotal'),
      { kind: 'group', cells: [words.moneyOut] },
      cashLine(words.startupSpending, (month) => month.out.startup),
      cashLine(words.variableCosts, (month) => month.out.variableCosts),
      cashLine(words.operatingCosts, (month) => month.out.operatingCosts),
      cashLine(words.loanRepayments, (month) => month.out.loanRepayments),
      cashLine(words.total, (month) => month.out.total, 'subtotal'),
      line(words.closing, cash.map((month) => month.closing), cash[cash.length - 1]?.closing ?? 0, 'total'),
    ],
    amountsIn,
  );

  const { breakEven } = financials;
  const keyFigures = table({
    id: 'keyFigures',
    title: words.indicators,
    titleLevel: 1,
    columns: [text('', 1, 3), figure('')],
    showHeader: false,
    rows: [
      { cells: [PDF_LABELS[language].yearSales, money(year.sales)] },
      { cells: [PDF_LABELS[language].yearProfit, money(year.profit)] },
      { cells: [words.breakEvenUnits, breakEven.units === null ? EMPTY : number(breakEven.units)] },
      { cells: [words.breakEvenSales, breakEven.sales === null ? EMPTY : money(breakEven.sales)] },
      { cells: [words.monthlyFixedCosts, money(breakEven.monthlyFixedCosts)] },
      { cells: [words.grossMarginPercent, financials.grossMarginPercent === null ? EMPTY : formatPercent(financials.grossMarginPercent, language)] },
      { cells: [words.paybackMonths, financials.paybackMonths === null ? words.notReached : number(financials.paybackMonths)] },
    ],
    size: 9.5,
  });

  return { inputs: [startup, funding, ...loans, products, operatingCosts], months: [salesForecast, profitAndLoss, cashFlow], keyFigures };
}
