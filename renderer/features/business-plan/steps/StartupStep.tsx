import { Button, Group, SimpleGrid, Stack, Table, TextInput, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Financials } from '../../../../shared/business-plan/finance';
import { MAX_AMOUNT, MAX_QUANTITY, WORKING_CAPITAL_ITEMS, type BusinessPlan } from '../../../../shared/business-plan/model';
import { NumberField } from '../NumberField';
import { newItemId } from '../plan-steps';
import { useMoney } from '../useMoney';
import { FigureLine } from './FigureLine';
import { editFinance, removeAt, replaceAt } from './finance-edit';
import { RemoveButton } from './RemoveButton';
import { StepIntro } from './StepIntro';

/** Start-up needs: equipment (quantity × unit price) and the money needed before the first sale. */
export function StartupStep({ plan, financials, readOnly }: { plan: BusinessPlan; financials: Financials | null; readOnly: boolean }) {
  const { t } = useTranslation();
  const { money } = useMoney(plan);
  const { equipment, workingCapital } = plan.finance;
  const label = (key: string) => t(`planLabels.finance.${key}`);

  return (
    <Stack gap="lg">
      <StepIntro step="startup" />
      <Title order={3}>{label('equipment')}</Title>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="xs" aria-label={label('equipment')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{label('item')}</Table.Th>
              <Table.Th w={130}>{label('quantity')}</Table.Th>
              <Table.Th w={190}>{label('unitPrice')}</Table.Th>
              <Table.Th w={170} ta="right">{label('total')}</Table.Th>
              <Table.Th w={56}><span className="visually-hidden">{t('plan.removeNamed', { name: '' })}</span></Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {equipment.map((item, index) => (
              <Table.Tr key={item.id}>
                <Table.Td>
                  <TextInput aria-label={`${label('item')} ${index + 1}`} value={item.name} maxLength={120} readOnly={readOnly}
                    onChange={(event) => { const name = event.currentTarget.value; editFinance((f) => ({ ...f, equipment: replaceAt(f.equipment, index, { name }) })); }} />
                </Table.Td>
                <Table.Td>
                  <NumberField aria-label={`${label('quantity')} — ${item.name || index + 1}`} value={item.quantity} max={MAX_QUANTITY} readOnly={readOnly}
                    onChange={(quantity) => editFinance((f) => ({ ...f, equipment: replaceAt(f.equipment, index, { quantity }) }))} />
                </Table.Td>
                <Table.Td>
                  <NumberField aria-label={`${label('unitPrice')} — ${item.name || index + 1}`} value={item.unitPrice} max={MAX_AMOUNT} readOnly={readOnly}
                    onChange={(unitPrice) => editFinance((f) => ({ ...f, equipment: replaceAt(f.equipment, index, { unitPrice }) }))} />
                </Table.Td>
                <Table.Td ta="right">{Number.isSafeInteger(item.quantity * item.unitPrice) ? money(item.quantity * item.unitPrice) : '—'}</Table.Td>
                <Table.Td><RemoveButton name={item.name} disabled={readOnly} onClick={() => editFinance((f) => ({ ...f, equipment: removeAt(f.equipment, index) }))} /></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group>
        <Button variant="default" leftSection={<IconPlus aria-hidden />} disabled={readOnly || equipment.length >= 30}
          onClick={() => editFinance((f) => ({ ...f, equipment: [...f.equipment, { id: newItemId(f.equipment), name: '', quantity: 1, unitPrice: 0 }] }))}>
          {t('plan.addEquipment')}
        </Button>
      </Group>

      <Title order={3}>{label('workingCapital')}</Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {WORKING_CAPITAL_ITEMS.map((item) => (
          <NumberField key={item} label={t(`planLabels.finance.workingCapitalItems.${item}`)} value={workingCapital[item]} max={MAX_AMOUNT} readOnly={readOnly}
            onChange={(amount) => editFinance((f) => ({ ...f, workingCapital: { ...f.workingCapital, [item]: amount } }))} />
        ))}
      </SimpleGrid>
      {financials && (
        <Stack gap={4} maw={560}>
          <FigureLine label={label('equipment')} value={money(financials.equipmentTotal)} />
          <FigureLine label={label('workingCapital')} value={money(financials.workingCapitalTotal)} />
          <FigureLine label={label('startupTotal')} value={money(financials.startupTotal)} strong />
        </Stack>
      )}
    </Stack>
  );
}
