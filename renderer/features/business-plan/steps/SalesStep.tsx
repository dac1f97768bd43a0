import { Accordion, Button, Card, Group, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCalendarStats } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { seasonalUnits, SEASON_LEVELS, type SeasonLevel } from '../../../../shared/business-plan/finance';
import { MAX_QUANTITY, MONTHS, type BusinessPlan, type Product } from '../../../../shared/business-plan/model';
import { NumberField } from '../NumberField';
import { useMoney } from '../useMoney';
import { editFinance, replaceAt } from './finance-edit';
import { StepIntro } from './StepIntro';

/** Units sold each month, per product; the seasons helper fills the 12 months from a normal month. */
export function SalesStep({ plan, readOnly }: { plan: BusinessPlan; readOnly: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <StepIntro step="sales" />
      <TextInput type="month" label={t('plan.startMonth')} description={t('plan.startMonthHint')} value={plan.finance.startMonth} readOnly={readOnly} maw={320}
        onChange={(event) => {
          const value = event.currentTarget.value;
          if (value === '' || /^20\d\d-(0[1-9]|1[0-2])$/.test(value)) editFinance((f) => ({ ...f, startMonth: value }));
        }} />
      {plan.finance.products.length === 0 && <Text>{t('plan.noProducts')}</Text>}
      {plan.finance.products.map((product, index) => (
        <ProductSales key={product.id} plan={plan} product={product} index={index} readOnly={readOnly} />
      ))}
    </Stack>
  );
}

function ProductSales({ plan, product, index, readOnly }: { plan: BusinessPlan; product: Product; index: number; readOnly: boolean }) {
  const { t } = useTranslation();
  const { month } = useMoney(plan);
  const [usual, setUsual] = useState(0);
  const [levels, setLevels] = useState<SeasonLevel[]>(() => Array.from({ length: MONTHS }, () => 'normal'));
  const name = product.name || `${t('planLabels.finance.product')} ${index + 1}`;
  const setUnits = (monthlyUnits: number[]) => editFinance((f) => ({ ...f, products: replaceAt(f.products, index, { monthlyUnits }) }));

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={name}>
      <Stack gap="sm">
        <Title order={3} size="h4">{name}{product.unit ? ` (${product.unit})` : ''}</Title>
        {!readOnly && (
          <Accordion variant="contained">
            <Accordion.Item value="seasons">
              <Accordion.Control icon={<IconCalendarStats aria-hidden />}>{t('plan.seasons.title')}</Accordion.Control>
              <Accordion.Panel>
                <Stack gap="sm">
                  <Text size="sm">{t('plan.seasons.hint')}</Text>
                  <NumberField label={t('plan.seasons.usual')} value={usual} max={MAX_QUANTITY} onChange={setUsual} maw={260} />
                  <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
                    {levels.map((level, at) => (
                      <Stack key={at} gap={2}>
                        <Text size="sm" fw={600} id={`season-${product.id}-${at}`}>{month(at)}</Text>
                        <SegmentedControl size="sm" aria-labelledby={`season-${product.id}-${at}`} value={level}
                          data={SEASON_LEVELS.map((value) => ({ value, label: t(`plan.seasons.${value}`) }))}
                          onChange={(value) => setLevels((current) => current.map((old, i) => (i === at ? (value as SeasonLevel) : old)))} />
                      </Stack>
                    ))}
                  </SimpleGrid>
                  <Group><Button onClick={() => setUnits(seasonalUnits(usual, levels))}>{t('plan.seasons.apply')}</Button></Group>
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          </Accordion>
        )}
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 4 }}>
          {product.monthlyUnits.map((units, at) => (
            <NumberField key={at} label={month(at)} aria-label={`${t('plan.monthUnits', { month: month(at) })} — ${name}`} value={units} max={MAX_QUANTITY} readOnly={readOnly}
              onChange={(value) => setUnits(product.monthlyUnits.map((old, i) => (i === at ? value : old)))} />
          ))}
        </SimpleGrid>
      </Stack>
    </Card>
  );
}
