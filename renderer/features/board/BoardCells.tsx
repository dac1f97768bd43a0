import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { IconCircleCheckFilled, IconCircleDashed, IconProgress } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BoardRow } from '../../../shared/api/dto';
import { STATUS_COLOUR } from '../business-plan/plan-steps';
import { plansToShow, type LessonCellView } from './cells';

/** The three lesson states, each with its own icon (and text), never colour alone. */
export const LESSON_ICONS = {
  done: { icon: IconCircleCheckFilled, color: 'var(--mantine-color-teal-8)' },
  progress: { icon: IconProgress, color: 'var(--mantine-color-indigo-7)' },
  none: { icon: IconCircleDashed, color: 'var(--mantine-color-gray-6)' },
} as const;

export function LessonCell({ view }: { view: LessonCellView }) {
  const { t } = useTranslation();
  const Look = LESSON_ICONS[view.kind].icon;
  const visible = view.kind === 'done' ? (view.scored ? t('board.doneScore', view) : '') : view.kind === 'progress' ? t('board.inProgress', view) : '';
  const spoken =
    view.kind === 'done'
      ? view.scored ? t('board.doneLabel', view) : t('board.done')
      : view.kind === 'progress' ? t('board.inProgressLabel', view) : t('board.notStarted');
  return (
    <Group gap={6} wrap="nowrap">
      <Look size={24} color={LESSON_ICONS[view.kind].color} aria-hidden />
      {visible && <span aria-hidden>{visible}</span>}
      <span className="visually-hidden">{spoken}</span>
    </Group>
  );
}

/** Self-assessment averages before → after, "—" where not given. */
export function SelfAssessmentCell({ value, language }: { value: { before: number | null; after: number | null } | undefined; language: string }) {
  const { t } = useTranslation();
  const format = (n: number | null | undefined) => (n === null || n === undefined ? t('board.nothing') : new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(n));
  return <Text span size="md" style={{ whiteSpace: 'nowrap' }}>{t('board.selfAssessmentValue', { before: format(value?.before), after: format(value?.after) })}</Text>;
}

/** Sent or reviewed plans link to the review screen; drafts are private and only counted. */
export function PlansCell({ plans }: { plans: BoardRow['plans'] }) {
  const { t } = useTranslation();
  const { open, drafts } = plansToShow(plans);
  if (open.length === 0 && drafts === 0) return <Text span>{t('board.nothing')}</Text>;
  return (
    <Stack gap={4}>
      {open.map((plan) => (
        <Stack key={plan.id} gap={2} align="flex-start">
          <Anchor component={Link} to={`/plans/${plan.id}`} aria-label={t('board.openPlan', { title: plan.title })} fw={600} style={{ overflowWrap: 'anywhere' }}>{plan.title}</Anchor>
          <Badge color={STATUS_COLOUR[plan.status]} variant="light">{t(`planLabels.statuses.${plan.status}`)}</Badge>
        </Stack>
      ))}
      {drafts > 0 && <Badge color={STATUS_COLOUR.draft} variant="light">{t('board.drafts', { count: drafts })}</Badge>}
    </Stack>
  );
}
