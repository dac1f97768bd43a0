import { Alert, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FinanceResult } from '../../../../shared/business-plan/finance';
import { formatNumber, formatPercent } from '../../../../shared/business-plan/labels';
import type { BusinessPlan } from '../../../../shared/business-plan/model';
import type { PlanWarning } from '../../../../shared/business-plan/warnings';
import { asLanguage } from '../../../i18n';
import { FinanceTables } from '../FinanceTables';
import { PlanCharts } from '../PlanCharts';
import { useMoney } from '../useMoney';
import { WarningsList } from '../WarningsList';
import { FigureLine } from './FigureLine';
import { StepIntro } from './StepIntro';

/** Everything the figures say: key figures, warnings, the two charts and the 12-month tables. */
export function ResultsStep({ plan, result, warnings, intro = true }: { plan: BusinessPlan; result: FinanceResult; warnings: PlanWarning[]; intro?: boolean }) {
  const { t, i18n } = useTranslation();
  const { money } = useMoney(plan);
  const label = (key: string) => t(`planLabels.finance.${key}`);
  if (!result.ok) return <Alert color="red" role="alert">{t('plan.tooLarge')}</Alert>;
  const f = result.financials;
  const language = asLanguage(i18n.language);

  return (
    <Stack gap="lg">
      {intro && <StepIntro step="results" />}
      <WarningsList plan={plan} warnings={warnings} />
      <Title order={3}>{label('indicators')}</Title>
      <Stack gap={4} maw={640}>
        <FigureLine label={label('startupTotal')} value={money(f.startupTotal)} />
        <FigureLine label={t('plan.yearProfit')} value={money(f.yearTotals.profit)} strong danger={f.yearTotals.profit < 0} />
        <FigureLine label={label('monthlyFixedCosts')} value={money(f.breakEven.monthlyFixedCosts)} />
        <FigureLine label={label('breakEvenUnits')} value={f.breakEven.units === null ? label('notReached') : formatNumber(f.breakEven.units, language)} />
        <FigureLine label={label('breakEvenSales')} value={f.breakEven.sales === null ? label('notReached') : money(f.breakEven.sales)} />
        <FigureLine label={label('grossMarginPercent')} value={f.grossMarginPercent === null ? '—' : formatPercent(f.grossMarginPercent, language)} />
        <FigureLine label={label('paybackMonths')} value={f.paybackMonths === null ? label('notReached') : formatNumber(f.paybackMonths, language)} />
      </Stack>
      <Title order={3}>{t('plan.chartsTitle')}</Title>
      <PlanCharts plan={plan} financials={f} />
      <FinanceTables plan={plan} financials={f} />
    </Stack>
  );
}
