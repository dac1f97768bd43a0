import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { asLanguage } from '../../../i18n';
import { ReadAloudButton } from '../../lessons/ReadAloudButton';
import type { FinanceStep } from '../plan-steps';

/** A finance screen's title and its explanation in everyday words, read aloud on request. */
export function StepIntro({ step }: { step: FinanceStep }) {
  const { t, i18n } = useTranslation();
  const explanation = t(`planGuidance.finance.${step}`);
  return (
    <Stack gap="sm">
      <Title order={2}>{t(`plan.financeSteps.${step}`)}</Title>
      <Text>{explanation}</Text>
      <Group><ReadAloudButton key={step} language={asLanguage(i18n.language)} segments={[{ key: 'explanation', text: explanation }]} /></Group>
    </Stack>
  );
}
