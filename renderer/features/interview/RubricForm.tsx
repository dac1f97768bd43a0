import { Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RUBRIC, RUBRIC_CRITERIA, type Rating, type RubricCriterion } from '../../../shared/interview/rubric';
import { asLanguage } from '../../i18n';

/** The five criteria, each 1–4 with its descriptor: the same grid for self-assessment and the facilitator. */
export function RubricForm({ value, onChange }: { value: Partial<Rating>; onChange: (value: Partial<Rating>) => void }) {
  const { i18n } = useTranslation();
  const rubric = RUBRIC[asLanguage(i18n.language)];
  return (
    <Stack gap="md">
      {RUBRIC_CRITERIA.map((criterion: RubricCriterion) => (
        <Radio.Group key={criterion} label={<Text fw={700} size="lg">{rubric[criterion].name}</Text>} value={value[criterion] ? String(value[criterion]) : null}
          onChange={(next) => onChange({ ...value, [criterion]: Number(next) })}>
          <Stack gap={6} mt={6}>
            {rubric[criterion].levels.map((descriptor, index) => (
              <Radio key={index} value={String(index + 1)} size="md" label={`${index + 1} — ${descriptor}`} />
            ))}
          </Stack>
        </Radio.Group>
      ))}
    </Stack>
  );
}
