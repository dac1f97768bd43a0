import { Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Financials } from '../../../shared/business-plan/finance';
import type { BusinessPlan } from '../../../shared/business-plan/model';
import { useMoney } from './useMoney';

interface Row {
  label: string;
  values: number[];
  /** The year's figure, when a sum makes sense for this row. */
  year?: number;
  strong?: boolean;
}

/** The 12-month profit and loss and cash flow, months as columns, the year at the end. */
export function FinanceTables({ plan, financials }: { plan: BusinessPlan; financials: Financials }) {
  const { t } = useTranslation();
  const label = (key: string) => t(`planLabels.finance.${key}`);
  const pl = financials.profitAndLoss;
  const cash = financials.cashFlow;
  const year = financials.yearTotals;

  const profitRows: Row[] = [
    { label: label('sales'), values: pl.map((m) => m.sales), year: year.sales },
    { label: label('variableCosts'), values: pl.map((m) => m.variableCosts), year: year.variableCosts },
    { label: label('grossMargin'), values: pl.map((m) => m.grossMargin), year: year.grossMargin, strong: true },
    { label: label('operatingCosts'), values: pl.map((m) => m.operatingCosts), year: year.operatingCosts },
    { label: label('loanInterest'), values: pl.map((m) => m.loanInterest), year: year.loanInterest },
    { label: label('profit'), values: pl.map((m) => m.profit), year: year.profit, strong: true },
  ];
  const cashRows: Row[] = [
    { label: label('opening'), values: cash.map((m) => m.opening), strong: true },
    { label: `${label('moneyIn')} — ${label('sales')}`, values: cash.map((m) => m.in.sales) },
    { label: `${label('moneyIn')} — ${label('own')}`, values: cash.map((m) => m.in.own) },
    { label: `${label('moneyIn')} — ${label('loans')}`, values: cash.map((m) => m.in.loans) },
    { label: `${label('moneyOut')} — ${label('startupSpending')}`, values: cash.map((m) => m.out.startup) },
    { label: `${label('moneyOut')} — ${label('variableCosts')}`, values: cash.map((m) => m.out.variableCosts) },
    { label: `${label('moneyOut')} — ${label('operatingCosts')}`, values: cash.map((m) => m.out.operatingCosts) },
    { label: `${label('moneyOut')} — ${label('loanRepayments')}`, values: cash.map((m) => m.out.loanRepayments) },
    { label: label('closing'), values: cash.map((m) => m.closing), strong: true },
  ];

  return (
    <Stack gap="lg">
      <MonthTable plan={plan} title={label('profitAndLoss')} rows={profitRows} />
      <MonthTable plan={plan} title={label('cashFlow')} rows={cashRows} />
    </Stack>
  );
}

function MonthTable({ plan, title, rows }: { plan: BusinessPlan; title: string; rows: Row[] }) {
  const { t } = useTranslation();
  const { money, month } = useMoney(plan);
  const months = rows[0]?.values.map((_, index) => month(index)) ?? [];
  return (
    <Stack gap="xs">
      <Title order={3}>{title}</Title>
      <Table.ScrollContainer minWidth={1500} type="native" tabIndex={0} aria-label={title}>
        <Table striped withColumnBorders fz="md" aria-label={title}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th miw={220} style={{ position: 'sticky', left: 0, background: 'var(--mantine-color-body)' }}><span className="visually-hidden">{title}</span></Table.Th>
              {months.map((name) => <Table.Th key={name} ta="right">{name}</Table.Th>)}
              <Table.Th ta="right">{t('planLabels.finance.year')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.label} fw={row.strong ? 700 : undefined}>
                <Table.Th scope="row" style={{ position: 'sticky', left: 0, background: 'var(--mantine-color-body)' }}>{row.label}</Table.Th>
                {row.values.map((value, index) => (
                  <Table.Td key={index} ta="right" c={value < 0 ? 'red.9' : undefined} style={{ whiteSpace: 'nowrap' }}>{money(value)}</Table.Td>
                ))}
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{row.year === undefined ? '' : money(row.year)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
