import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { fillLabel } from '../../../shared/business-plan/labels';
import type { BusinessPlan } from '../../../shared/business-plan/model';
import type { PlanWarning } from '../../../shared/business-plan/warnings';
import { useMoney } from './useMoney';

/** What to look at again, in plain words; never blocks anything. */
export function WarningsList({ plan, warnings }: { plan: BusinessPlan; warnings: PlanWarning[] }) {
  const { t } = useTranslation();
  const { money, month } = useMoney(plan);
  if (warnings.length === 0) {
    return <Text c="teal.9"><IconCircleCheck size={20} aria-hidden style={{ verticalAlign: 'text-bottom' }} /> {t('plan.noWarnings')}</Text>;
  }
  const text = (warning: PlanWarning): string => {
    const template = t(`planLabels.warnings.${warning.kind}`);
    switch (warning.kind) {
      case 'cashNegative': return fillLabel(template, { month: month(warning.month - 1) });
      case 'priceBelowCost': return fillLabel(template, { name: warning.name || t('plan.unnamed') });
      case 'repaymentAboveProfit': return fillLabel(template, { repayment: money(warning.repayment), profit: money(warning.monthlyProfit) });
      case 'fundingGap': return fillLabel(template, { missing: money(warning.missing) });
    }
  };
  return (
    <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('planLabels.warnings.title')} data-testid="plan-warnings">
      <List spacing={4}>{warnings.map((warning) => <List.Item key={`${warning.kind}-${'productId' in warning ? warning.productId : ''}`}>{text(warning)}</List.Item>)}</List>
    </Alert>
  );
}
