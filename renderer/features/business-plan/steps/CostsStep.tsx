import { Button, Group, Stack, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Financials } from '../../../../shared/business-plan/finance';
import { MAX_AMOUNT, type BusinessPlan } from '../../../../shared/business-plan/model';
import { NumberField } from '../NumberField';
import { newItemId } from '../plan-steps';
import { useMoney } from '../useMoney';
import { FigureLine } from './FigureLine';
import { editFinance, removeAt, replaceAt } from './finance-edit';
import { RemoveButton } from './RemoveButton';
import { StepIntro } from './StepIntro';

/** What the business pays every month, whatever it sells: rent, electricity, wages, transport… */
export function CostsStep({ plan, financials, readOnly }: { plan: BusinessPlan; financials: Financials | null; readOnly: boolean }) {
  const { t } = useTranslation();
  const { money } = useMoney(plan);
  const label = (key: string) => t(`planLabels.finance.${key}`);

  return (
    <Stack gap="lg">
      <StepIntro step="costs" />
      {plan.finance.operatingCosts.map((cost, index) => (
        <Group key={cost.id} align="flex-end" wrap="nowrap">
          <TextInput style={{ flex: 2 }} label={label('costLabel')} aria-label={`${label('costLabel')} ${index + 1}`} value={cost.label} maxLength={120} readOnly={readOnly}
            onChange={(event) => { const text = event.currentTarget.value; editFinance((f) => ({ ...f, operatingCosts: replaceAt(f.operatingCosts, index, { label: text }) })); }} />
          <NumberField style={{ flex: 1 }} label={label('perMonth')} aria-label={`${label('perMonth')} — ${cost.label || index + 1}`} value={cost.monthly} max={MAX_AMOUNT} readOnly={readOnly}
            onChange={(monthly) => editFinance((f) => ({ ...f, operatingCosts: replaceAt(f.operatingCosts, index, { monthly }) }))} />
          <RemoveButton name={cost.label} disabled={readOnly} onClick={() => editFinance((f) => ({ ...f, operatingCosts: removeAt(f.operatingCosts, index) }))} />
        </Group>
      ))}
      <Group>
        <Button variant="default" leftSection={<IconPlus aria-hidden />} disabled={readOnly || plan.finance.operatingCosts.length >= 20}
          onClick={() => editFinance((f) => ({ ...f, operatingCosts: [...f.operatingCosts, { id: newItemId(f.operatingCosts), label: '', monthly: 0 }] }))}>
          {t('plan.addCost')}
        </Button>
      </Group>
      {financials && <Stack maw={560}><FigureLine label={label('operatingCosts')} value={money(financials.profitAndLoss[0]?.operatingCosts ?? 0)} strong /></Stack>}
    </Stack>
  );
}
