import { Badge, Button, Card, Group, Progress, Stack, Text } from '@mantine/core';
import { IconCheck, IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LessonProgressSummary, LessonSummary } from '../../../shared/api/dto';
import type { Language } from '../../../shared/domain/roles';
import { StepIcon } from '../../components/StepIcon';
import { pick } from '../lessons/segments';

/** A lesson on the participant's home: where they are in it and one button to go on. */
export function LessonCard({ lesson, progress, language }: { lesson: LessonSummary; progress: LessonProgressSummary | undefined; language: Language }) {
  const { t } = useTranslation();
  const done = Boolean(progress?.completedAt);
  const started = Boolean(progress && (progress.position > 0 || progress.answered > 0));
  const stepsSeen = done ? lesson.stepCount : started ? (progress?.position ?? 0) + 1 : 0;
  const title = pick(lesson.title, language);
  return (
    <Card withBorder padding="lg" radius="lg" component="li" data-testid="lesson-card">
      <Stack gap="sm" h="100%" justify="space-between">
        <Stack gap="xs">
          <Group justify="space-between" wrap="nowrap">
            <StepIcon name={lesson.icon} size={40} stroke={1.6} color="var(--mantine-color-teal-8)" />
            {done && <Badge color="teal" leftSection={<IconCheck size={16} aria-hidden />}>{t('lessons.completed')}</Badge>}
          </Group>
          <Text fw={700} size="lg">{title}</Text>
          <Text>{pick(lesson.summary, language)}</Text>
          <Group gap={6} c="dimmed"><IconClock size={18} aria-hidden /><Text size="sm" c="dimmed">{t('lessons.minutes', { count: lesson.durationMinutes })}</Text></Group>
        </Stack>
        <Stack gap="xs">
          <Progress value={(stepsSeen / lesson.stepCount) * 100} aria-label={t('lessons.progressOf', { title })} />
          <Button component={Link} to={`/lessons/${lesson.id}`} variant={done ? 'default' : 'filled'} aria-label={`${t(done ? 'lessons.review' : started ? 'lessons.continue' : 'lessons.start')} — ${title}`}>
            {t(done ? 'lessons.review' : started ? 'lessons.continue' : 'lessons.start')}
          </Button>
        </Stack>
      </Stack>
    </Card>
  );
}
