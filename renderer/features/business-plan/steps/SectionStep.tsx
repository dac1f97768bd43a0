import { Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PLAN_SECTIONS, type BusinessPlan, type PlanSectionId } from '../../../../shared/business-plan/model';
import { asLanguage } from '../../../i18n';
import { ReadAloudButton } from '../../lessons/ReadAloudButton';
import { editPlan } from '../store';
import { ProjectFields } from './ProjectFields';

/** One written section: what it is for, then one question per field with an example, read aloud on request. */
export function SectionStep({ plan, section, readOnly }: { plan: BusinessPlan; section: PlanSectionId; readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const fields = PLAN_SECTIONS[section] as readonly string[];
  const guide = (path: string) => t(`planGuidance.sections.${section}.${path}`);
  const values = plan.sections[section] as Record<string, string>;

  return (
    <Stack gap="lg">
      <Title order={2}>{t(`planLabels.sections.${section}`)}</Title>
      <Text>{guide('explanation')}</Text>
      <Group>
        <ReadAloudButton
          key={section}
          language={asLanguage(i18n.language)}
          segments={[{ key: 'explanation', text: guide('explanation') }, ...fields.map((field) => ({ key: field, text: guide(`fields.${field}.question`) }))]}
        />
      </Group>
      {section === 'summary' && <ProjectFields plan={plan} readOnly={readOnly} />}
      {fields.map((field) => (
        <Textarea
          key={field}
          label={guide(`fields.${field}.question`)}
          description={`${t('plan.example')} : ${guide(`fields.${field}.example`)}`}
          value={values[field] ?? ''}
          readOnly={readOnly}
          styles={{ description: { fontSize: 'var(--mantine-font-size-md)' } }}
          autosize
          minRows={3}
          maxLength={2000}
          onChange={(event) => {
            const text = event.currentTarget.value;
            editPlan((doc) => ({ ...doc, sections: { ...doc.sections, [section]: { ...doc.sections[section], [field]: text } } }));
          }}
        />
      ))}
    </Stack>
  );
}
