import { Button, Group, MultiSelect, Paper, Select, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INTERVIEW_CATEGORIES, JOB_FIELDS, newQuestionSchema, type InterviewCategory, type JobField, type QuestionBank } from '../../../shared/interview/schema';
import { api } from '../../api/api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage, translateFields, zodValidator } from '../../components/forms';
import { asLanguage } from '../../i18n';

interface Values {
  category: InterviewCategory;
  fields: JobField[];
  question: { fr: string; en: string };
  tip: { fr: string; en: string };
  modelAnswer: { fr: string; en: string };
}

const EMPTY: Values = { category: 'introduction', fields: ['all'], question: { fr: '', en: '' }, tip: { fr: '', en: '' }, modelAnswer: { fr: '', en: '' } };

/** Coordinators add their own interview questions (French required, English optional) beside the shipped bank. */
export function QuestionsScreen() {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const [bank, setBank] = useState<QuestionBank | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<Values>({ initialValues: EMPTY, validate: zodValidator<Values>(newQuestionSchema, t) });

  const load = () => void api()['interview.bank']({}).then((result) => result.ok && setBank(result.value));
  useEffect(load, []);

  const submit = form.onSubmit(async (values) => {
    const result = await api()['interview.addQuestion'](values);
    if (!result.ok) {
      if (result.error.fields) form.setErrors(translateFields(result.error.fields, t));
      return setError(errorMessage(result.error, t));
    }
    setError(null);
    setSaved(true);
    form.setValues(EMPTY);
    load();
  });

  const custom = bank?.questions.filter((question) => question.id.startsWith('custom-')) ?? [];
  const pair = (name: 'question' | 'tip' | 'modelAnswer') => (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Textarea label={t(`questions.${name}Fr`)} withAsterisk autosize minRows={2} {...form.getInputProps(`${name}.fr`)} />
      <Textarea label={t(`questions.${name}En`)} description={t('questions.englishOptional')} autosize minRows={2} {...form.getInputProps(`${name}.en`)} />
    </SimpleGrid>
  );

  return (
    <Stack gap="lg" maw={1100}>
      <Title order={1}>{t('questions.title')}</Title>
      <Text>{t('questions.intro', { count: bank?.questions.length ?? 0 })}</Text>
      {custom.length > 0 && (
        <Table verticalSpacing="sm" fz="md" aria-label={t('questions.ours')}>
          <Table.Thead><Table.Tr><Table.Th>{t('interview.category')}</Table.Th><Table.Th>{t('interview.question')}</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {custom.map((question) => (
              <Table.Tr key={question.id}><Table.Td>{t(`interview.categories.${question.category}`)}</Table.Td><Table.Td>{question.question[language]}</Table.Td></Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Paper withBorder p="lg" radius="lg">
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Title order={2} size="h3">{t('questions.add')}</Title>
            <Group grow align="flex-start">
              <Select label={t('interview.category')} allowDeselect={false} data={INTERVIEW_CATEGORIES.map((c) => ({ value: c, label: t(`interview.categories.${c}`) }))} {...form.getInputProps('category')} />
              <MultiSelect label={t('questions.fields')} data={JOB_FIELDS.map((f) => ({ value: f, label: t(`questions.field.${f}`) }))} {...form.getInputProps('fields')} />
            </Group>
            {pair('question')}
            {pair('tip')}
            {pair('modelAnswer')}
            <ErrorAlert message={error} />
            {saved && <Text role="status" c="teal.9">{t('questions.saved')}</Text>}
            <Group><Button type="submit" leftSection={<IconPlus aria-hidden />}>{t('questions.add')}</Button></Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
