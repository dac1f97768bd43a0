import { Button, Group, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCheck, IconTrophy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LessonStateDto } from '../../../shared/api/dto';
import type { Lesson } from '../../../shared/content/schema';
import type { Language } from '../../../shared/domain/roles';
import { pick } from './segments';

/** The clear end of a lesson: what was learnt and how the questions went. */
export function LessonEnd({ lesson, answers, language }: { lesson: Lesson; answers: LessonStateDto['answers']; language: Language }) {
  const { t } = useTranslation();
  const questions = lesson.steps.filter((step) => step.type === 'singleChoice' || step.type === 'multipleChoice');
  const correct = questions.filter((step) => answers[step.id]?.score === 1).length;
  return (
    <Stack gap="lg" maw={800} mx="auto">
      <Group gap="md">
        <ThemeIcon size={64} radius="xl"><IconTrophy size={40} aria-hidden /></ThemeIcon>
        <Title order={1}>{t('lessons.doneTitle')}</Title>
      </Group>
      <Text size="xl">{pick(lesson.title, language)}</Text>
      <Paper withBorder p="lg" radius="lg">
        <Title order={2} size="h3" mb="sm">{t('lessons.learnt')}</Title>
        <List spacing="sm" size="lg" icon={<ThemeIcon size={28} radius="xl" variant="light"><IconCheck size={18} aria-hidden /></ThemeIcon>}>
          {lesson.objectives.map((objective, index) => <List.Item key={index}>{pick(objective, language)}</List.Item>)}
        </List>
      </Paper>
      {questions.length > 0 && <Text size="lg">{t('lessons.score', { correct, total: questions.length })}</Text>}
      <Group><Button component={Link} to="/" size="xl">{t('lessons.backHome')}</Button></Group>
    </Stack>
  );
}
