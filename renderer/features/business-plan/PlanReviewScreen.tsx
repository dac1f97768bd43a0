import { Anchor, Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconArrowLeft, IconCheck, IconFileTypePdf, IconMessagePlus } from '@tabler/icons-react';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PLAN_SECTION_IDS, PLAN_SECTIONS, type BusinessPlan, type PlanSectionId } from '../../../shared/business-plan/model';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CommentsList } from './CommentsList';
import { STATUS_COLOUR } from './plan-steps';
import { ResultsStep } from './steps/ResultsStep';
import { addComment, closePlan, exportPlanPdf, markReviewed, openPlan, usePlans } from './store';
import { useFinancials } from './useFinancials';

type CommentSection = PlanSectionId | 'finance' | 'general';

/** A facilitator reads a submitted plan, comments section by section and marks it reviewed. */
export function PlanReviewScreen() {
  const { t, i18n } = useTranslation();
  const { planId = '' } = useParams();
  const plan = usePlans((state) => state.current);
  const [missing, setMissing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void openPlan(planId).then(setMissing);
    return closePlan;
  }, [planId]);

  if (missing) return <ErrorAlert message={t(`errors.${missing}`)} />;
  if (!plan) return null;
  const run = async (action: () => Promise<string | null>) => {
    const code = await action();
    setError(code ? t(`errors.${code}`) : null);
  };
  const date = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString(i18n.language) : '');

  return (
    <Stack gap="lg" maw={1300}>
      <Anchor component={Link} to={`/cohorts/${plan.cohortId}`}>
        <Group gap={4}><IconArrowLeft size={20} aria-hidden />{t('plan.review.back')}</Group>
      </Anchor>
      <Group justify="space-between" wrap="wrap">
        <Stack gap={4}>
          <Title order={1} style={{ overflowWrap: 'anywhere' }}>{plan.document.projectTitle || plan.title}</Title>
          <Text size="lg">{t('plan.review.by', { name: plan.participantName })}</Text>
          <Group gap="xs">
            <Badge size="lg" color={STATUS_COLOUR[plan.status]} variant="light">{t(`planLabels.statuses.${plan.status}`)}</Badge>
            {plan.submittedAt && <Text size="sm">{t('plan.review.submittedOn', { date: date(plan.submittedAt) })}</Text>}
            {plan.reviewedAt && <Text size="sm">{t('plan.review.reviewedOn', { date: date(plan.reviewedAt) })}</Text>}
          </Group>
        </Stack>
        <Group>
          <Button variant="default" leftSection={<IconFileTypePdf aria-hidden />} onClick={() => void run(() => exportPlanPdf(plan.id))}>{t('plan.exportPdf')}</Button>
          {plan.status === 'submitted' && <Button leftSection={<IconCheck aria-hidden />} onClick={() => void run(markReviewed)}>{t('plan.review.markReviewed')}</Button>}
        </Group>
      </Group>
      <ErrorAlert message={error} />
      <ReviewCard section="general" title={t('plan.general')} />
      {PLAN_SECTION_IDS.map((section) => (
        <ReviewCard key={section} section={section} title={t(`planLabels.sections.${section}`)}>
          {(PLAN_SECTIONS[section] as readonly string[]).map((field) => {
            const value = (plan.document.sections[section] as Record<string, string>)[field] ?? '';
            return (
              <Stack key={field} gap={2}>
                <Text fw={700}>{t(`planLabels.fields.${field}`)}</Text>
                <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{value.trim() || '—'}</Text>
              </Stack>
            );
          })}
        </ReviewCard>
      ))}
      <ReviewCard section="finance" title={t('plan.finance')}>
        <FinanceResults plan={plan.document} />
      </ReviewCard>
    </Stack>
  );
}

function FinanceResults({ plan }: { plan: BusinessPlan }) {
  const { result, warnings } = useFinancials(plan);
  return <ResultsStep plan={plan} result={result} warnings={warnings} intro={false} />;
}

function ReviewCard({ section, title, children }: { section: CommentSection; title: string; children?: ReactNode }) {
  const { t } = useTranslation();
  const all = usePlans((state) => state.current?.comments);
  const comments = useMemo(() => (all ?? []).filter((comment) => comment.section === section), [all, section]);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const send = async () => {
    const code = await addComment(section, text);
    setError(code ? t(`errors.${code}`) : null);
    if (!code) setText('');
  };
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label={title}>
      <Stack gap="md">
        <Title order={2} size="h3">{title}</Title>
        {children}
        <CommentsList comments={comments} />
        <Textarea label={t('plan.commentLabel', { section: title })} value={text} maxLength={2000} autosize minRows={2} onChange={(event) => setText(event.currentTarget.value)} />
        <ErrorAlert message={error} />
        <Group><Button variant="light" leftSection={<IconMessagePlus aria-hidden />} disabled={text.trim() === ''} onClick={() => void send()}>{t('plan.sendComment')}</Button></Group>
      </Stack>
    </Card>
  );
}
