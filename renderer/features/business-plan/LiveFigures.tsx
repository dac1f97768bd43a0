import { Alert, Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FinanceResult } from '../../../shared/business-plan/finance';
import type { BusinessPlan } from '../../../shared/business-plan/model';
import type { PlanWarning } from '../../../shared/business-plan/warnings';
import { FigureLine } from './steps/FigureLine';
import { useMoney } from './useMoney';
import { WarningsList } from './WarningsList';

/** Beside every figures screen: the totals that move as the participant types, and the warnings. */
export function LiveFigures({ plan, result, warnings }: { plan: BusinessPlan; result: FinanceResult; warnings: PlanWarning[] }) {
  const { t } = useTranslation();
  const { money } = useMoney(plan);
  const label = (key: string) => t(`planLabels.finance.${key}`);
  if (!result.ok) return <Alert color="red" role="alert">{t('plan.tooLarge')}</Alert>;
  const f = result.financials;
  const lowestCash = Math.min(...f.cashFlow.map((month) => month.closing));
  return (
    <Paper withBorder radius="md" p="md" component="aside" aria-label={t('plan.live')}>
      <Stack gap="xs">
        <Title order={2} size="h4">{t('plan.live')}</Title>
        <FigureLine label={label('startupTotal')} value={money(f.startupTotal)} />
        <FigureLine label={label('fundingBalance')} value={money(f.fundingBalance)} danger={f.fundingBalance < 0} />
        <FigureLine label={label('sales')} value={money(f.yearTotals.sales)} />
        <FigureLine label={t('plan.yearProfit')} value={money(f.yearTotals.profit)} danger={f.yearTotals.profit < 0} />
        <FigureLine label={t('plan.lowestCash')} value={money(lowestCash)} danger={lowestCash < 0} />
        <WarningsList plan={plan} warnings={warnings} />
      </Stack>
    </Paper>
  );
}
