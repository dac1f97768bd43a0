import { Paper, SimpleGrid, Title } from '@mantine/core';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { Financials } from '../../../shared/business-plan/finance';
import type { BusinessPlan } from '../../../shared/business-plan/model';
import { asLanguage } from '../../i18n';
import { useMoney } from './useMoney';

const SALES_COLOUR = '#0b7285';
const COSTS_COLOUR = '#c2410c';
const CASH_COLOUR = '#1c4f8c';

/** Monthly sales against costs, and the cash at the end of each month, with the zero line marked. */
export function PlanCharts({ plan, financials }: { plan: BusinessPlan; financials: Financials }) {
  const { t, i18n } = useTranslation();
  const { money, month } = useMoney(plan);
  const compact = new Intl.NumberFormat(asLanguage(i18n.language) === 'fr' ? 'fr-FR' : 'en-GB', { notation: 'compact', maximumFractionDigits: 1 });
  const data = financials.profitAndLoss.map((row, index) => ({
    month: month(index),
    sales: row.sales,
    costs: row.variableCosts + row.operatingCosts + row.loanInterest,
    cash: financials.cashFlow[index]!.closing,
  }));
  const label = (key: string) => t(`planLabels.finance.${key}`);
  const tooltip = { formatter: (value: unknown) => money(Number(value)) };
  const negative = data.some((row) => row.cash < 0);

  return (
    <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="lg">
      <Paper withBorder radius="md" p="md" component="figure" m={0} aria-label={t('plan.chartSalesCostsAlt')}>
        <Title order={3} size="h4" component="figcaption" mb="sm">{label('chartSalesCosts')}</Title>
        <ResponsiveContainer width="100%" height={300}>
          <BarChart data={data}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="month" tick={{ fontSize: 14 }} interval="preserveStartEnd" />
            <YAxis tickFormatter={(value: number) => compact.format(value)} tick={{ fontSize: 14 }} width={64} />
            <Tooltip {...tooltip} />
            <Legend />
            <Bar dataKey="sales" name={label('sales')} fill={SALES_COLOUR} isAnimationActive={false} />
            <Bar dataKey="costs" name={label('costs')} fill={COSTS_COLOUR} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </Paper>
      <Paper withBorder radius="md" p="md" component="figure" m={0} aria-label={t('plan.chartCashAlt')}>
        <Title order={3} size="h4" component="figcaption" mb="sm">{label('chartCash')}</Title>
        <ResponsiveContainer width="100%" height={300}>
          <LineChart data={data}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="month" tick={{ fontSize: 14 }} interval="preserveStartEnd" />
            <YAxis tickFormatter={(value: number) => compact.format(value)} tick={{ fontSize: 14 }} width={64} />
            <Tooltip {...tooltip} />
            <ReferenceLine y={0} stroke={negative ? '#b91c1c' : '#495057'} strokeWidth={2} />
            <Line type="linear" dataKey="cash" name={label('closing')} stroke={CASH_COLOUR} strokeWidth={3} dot={{ r: 4 }} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </Paper>
    </SimpleGrid>
  );
}
