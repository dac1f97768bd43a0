import { Button, Group, SimpleGrid, Stack, Table, TextInput, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Financials } from '../../../../shared/business-plan/finance';
import { MAX_AMOUNT, MAX_LOAN_MONTHS, MAX_RATE_BP, type BusinessPlan } from '../../../../shared/business-plan/model';
import { NumberField } from '../NumberField';
import { newItemId } from '../plan-steps';
import { useMoney } from '../useMoney';
import { FigureLine } from './FigureLine';
import { editFinance, removeAt, replaceAt } from './finance-edit';
import { RemoveButton } from './RemoveButton';
import { StepIntro } from './StepIntro';

/** Where the money comes from: own savings, support in kind, loans with their monthly repayment. */
export function FundingStep({ plan, financials, readOnly }: { plan: BusinessPlan; financials: Financials | null; readOnly: boolean }) {
  const { t } = useTranslation();
  const { money } = useMoney(plan);
  const { funding } = plan.finance;
  const label = (key: string) => t(`planLabels.finance.${key}`);

  return (
    <Stack gap="lg">
      <StepIntro step="funding" />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberField label={label('own')} value={funding.own} max={MAX_AMOUNT} readOnly={readOnly}
          onChange={(own) => editFinance((f) => ({ ...f, funding: { ...f.funding, own } }))} />
        <NumberField label={label('inKind')} value={funding.inKind} max={MAX_AMOUNT} readOnly={readOnly}
          onChange={(inKind) => editFinance((f) => ({ ...f, funding: { ...f.funding, inKind } }))} />
      </SimpleGrid>

      <Title order={3}>{label('loans')}</Title>
      {funding.loans.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="xs" aria-label={label('loans')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{label('lender')}</Table.Th>
                <Table.Th w={180}>{label('amount')}</Table.Th>
                <Table.Th w={130}>{t('plan.ratePercent')}</Table.Th>
                <Table.Th w={110}>{label('months')}</Table.Th>
                <Table.Th w={170} ta="right">{label('monthlyRepayment')}</Table.Th>
                <Table.Th w={56}><span className="visually-hidden">{t('plan.removeNamed', { name: '' })}</span></Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {funding.loans.map((loan, index) => {
                const name = loan.lender || String(index + 1);
                const schedule = financials?.loans[index];
                return (
                  <Table.Tr key={loan.id}>
                    <Table.Td>
                      <TextInput aria-label={`${label('lender')} ${index + 1}`} value={loan.lender} maxLength={120} readOnly={readOnly}
                        onChange={(event) => { const lender = event.currentTarget.value; editFinance((f) => ({ ...f, funding: { ...f.funding, loans: replaceAt(f.funding.loans, index, { lender }) } })); }} />
                    </Table.Td>
                    <Table.Td>
                      <NumberField aria-label={`${label('amount')} — ${name}`} value={loan.amount} max={MAX_AMOUNT} readOnly={readOnly}
                        onChange={(amount) => editFinance((f) => ({ ...f, funding: { ...f.funding, loans: replaceAt(f.funding.loans, index, { amount }) } }))} />
                    </Table.Td>
                    <Table.Td>
                      <NumberField aria-label={`${t('plan.ratePercent')} — ${name}`} value={loan.yearlyRateBp / 100} max={MAX_RATE_BP / 100} decimals={2} readOnly={readOnly}
                        onChange={(percent) => editFinance((f) => ({ ...f, funding: { ...f.funding, loans: replaceAt(f.funding.loans, index, { yearlyRateBp: Math.round(percent * 100) }) } }))} />
                    </Table.Td>
                    <Table.Td>
                      <NumberField aria-label={`${label('months')} — ${name}`} value={loan.months} max={MAX_LOAN_MONTHS} readOnly={readOnly}
                        onChange={(months) => editFinance((f) => ({ ...f, funding: { ...f.funding, loans: replaceAt(f.funding.loans, index, { months: Math.max(1, months) }) } }))} />
                    </Table.Td>
                    <Table.Td ta="right" fw={700}>{schedule ? money(schedule.monthlyRepayment) : '—'}</Table.Td>
                    <Table.Td>
                      <RemoveButton name={loan.lender} disabled={readOnly} onClick={() => editFinance((f) => ({ ...f, funding: { ...f.funding, loans: removeAt(f.funding.loans, index) } }))} />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group>
        <Button variant="default" leftSection={<IconPlus aria-hidden />} disabled={readOnly || funding.loans.length >= 5}
          onClick={() => editFinance((f) => ({ ...f, funding: { ...f.funding, loans: [...f.funding.loans, { id: newItemId(f.funding.loans), lender: '', amount: 0, yearlyRateBp: 0, months: 12 }] } }))}>
          {t('plan.addLoan')}
        </Button>
      </Group>
      {financials && (
        <Stack gap={4} maw={560}>
          <FigureLine label={label('fundingTotal')} value={money(financials.fundingTotal)} />
          <FigureLine label={label('startupTotal')} value={money(financials.startupTotal)} />
          <FigureLine label={label('fundingBalance')} value={money(financials.fundingBalance)} strong danger={financials.fundingBalance < 0} />
        </Stack>
      )}
    </Stack>
  );
}
