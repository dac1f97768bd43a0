import { Button, Card, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Financials } from '../../../../shared/business-plan/finance';
import { MAX_AMOUNT, MONTHS, type BusinessPlan, type Product } from '../../../../shared/business-plan/model';
import { NumberField } from '../NumberField';
import { newItemId } from '../plan-steps';
import { useMoney } from '../useMoney';
import { FigureLine } from './FigureLine';
import { editFinance, removeAt, replaceAt } from './finance-edit';
import { RemoveButton } from './RemoveButton';
import { StepIntro } from './StepIntro';

const COST_PARTS = ['materials', 'labour', 'other', 'price'] as const;

/** Each product or service: what one unit costs (materials, labour, other), its price, and the margin on it. */
export function ProductsStep({ plan, financials, readOnly }: { plan: BusinessPlan; financials: Financials | null; readOnly: boolean }) {
  const { t } = useTranslation();
  const { money } = useMoney(plan);
  const label = (key: string) => t(`planLabels.finance.${key}`);
  const change = (index: number, patch: Partial<Product>) => editFinance((f) => ({ ...f, products: replaceAt(f.products, index, patch) }));

  return (
    <Stack gap="lg">
      <StepIntro step="products" />
      {plan.finance.products.map((product, index) => {
        const economics = financials?.products[index];
        const name = product.name || String(index + 1);
        return (
          <Card key={product.id} withBorder radius="md" padding="md" component="section" aria-label={`${label('product')} ${name}`}>
            <Stack gap="sm">
              <Group align="flex-end" wrap="nowrap">
                <TextInput style={{ flex: 2 }} label={label('product')} value={product.name} maxLength={120} readOnly={readOnly}
                  onChange={(event) => change(index, { name: event.currentTarget.value })} />
                <TextInput style={{ flex: 1 }} label={label('unit')} value={product.unit} maxLength={40} readOnly={readOnly}
                  onChange={(event) => change(index, { unit: event.currentTarget.value })} />
                <RemoveButton name={product.name} disabled={readOnly} onClick={() => editFinance((f) => ({ ...f, products: removeAt(f.products, index) }))} />
              </Group>
              <SimpleGrid cols={{ base: 2, md: 4 }}>
                {COST_PARTS.map((part) => (
                  <NumberField key={part} label={label(part)} aria-label={`${label(part)} — ${name}`} value={product[part]} max={MAX_AMOUNT} readOnly={readOnly}
                    onChange={(amount) => change(index, { [part]: amount })} />
                ))}
              </SimpleGrid>
              {economics && (
                <Stack gap={2} maw={560}>
                  <FigureLine label={label('unitCost')} value={money(economics.unitCost)} />
                  <FigureLine label={label('unitMargin')} value={money(economics.unitMargin)} strong danger={economics.unitMargin < 0} />
                </Stack>
              )}
            </Stack>
          </Card>
        );
      })}
      <Group>
        <Button variant="default" leftSection={<IconPlus aria-hidden />} disabled={readOnly || plan.finance.products.length >= 20}
          onClick={() => editFinance((f) => ({
            ...f,
            products: [...f.products, { id: newItemId(f.products), name: '', unit: '', materials: 0, labour: 0, other: 0, price: 0, monthlyUnits: Array.from({ length: MONTHS }, () => 0) }],
          }))}>
          {t('plan.addProduct')}
        </Button>
      </Group>
    </Stack>
  );
}
