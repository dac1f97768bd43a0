import { Alert, Anchor, Badge, Button, Grid, Group, NavLink, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconFileTypePdf, IconLock, IconLockOpen, IconMessageCircle, IconSend } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { PlanDto } from '../../../shared/api/dto';
import type { Language } from '../../../shared/domain/roles';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SaveState } from '../../components/SaveState';
import { CommentsList } from './CommentsList';
import { LiveFigures } from './LiveFigures';
import { asPlanStep, isFinanceStep, PLAN_STEPS, STATUS_COLOUR, type PlanStep } from './plan-steps';
import { PlanStepView } from './PlanStepView';
import { closePlan, editPlan, exportPlanPdf, openPlan, setSubmitted, usePlans } from './store';
import { useFinancials } from './useFinancials';

/** The worksheet: one screen per section and per table, figures recomputed as the participant types. */
export function PlanEditor() {
  const { t } = useTranslation();
  const { planId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const step = asPlanStep(params.get('step'));
  const { current, save, problems } = usePlans();
  const [missing, setMissing] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  useEffect(() => {
    void openPlan(planId).then(setMissing);
    return closePlan;
  }, [planId]);

  if (missing) return <ErrorAlert message={t(`errors.${missing}`)} />;
  if (!current) return null;
  return <Worksheet plan={current} step={step} save={save} problems={problems} actionError={actionError} setActionError={setActionError}
    goTo={(next) => { setParams({ step: next }); window.scrollTo({ top: 0 }); }} />;
}

interface WorksheetProps {
  plan: PlanDto;
  step: PlanStep;
  save: ReturnType<typeof usePlans.getState>['save'];
  problems: string[];
  actionError: string | null;
  setActionError: (message: string | null) => void;
  goTo: (step: PlanStep) => void;
}

function Worksheet({ plan, step, save, problems, actionError, setActionError, goTo }: WorksheetProps) {
  const { t } = useTranslation();
  const { result, warnings } = useFinancials(plan.document);
  const readOnly = plan.status === 'submitted';
  const index = PLAN_STEPS.indexOf(step);
  const stepTitle = (id: PlanStep) => (isFinanceStep(id) ? t(`plan.financeSteps.${id}`) : t(`planLabels.sections.${id}`));
  const commentsHere = plan.comments.filter((comment) => comment.section === step || (isFinanceStep(step) && comment.section === 'finance'));
  const run = async (action: () => Promise<string | null>) => {
    const code = await action();
    setActionError(code ? t(`errors.${code}`) : null);
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Anchor component={Link} to="/plans"><Group gap={4}><IconArrowLeft size={20} aria-hidden />{t('plan.allPlans')}</Group></Anchor>
        <SaveState state={save} />
      </Group>
      <Group align="flex-end" wrap="wrap">
        <TextInput label={t('plan.title')} value={plan.title} maxLength={80} readOnly={readOnly} w={280}
          onChange={(event) => { const title = event.currentTarget.value; editPlan((doc) => doc, title); }} />
        <Stack gap={4}>
          <Text fw={500} id="plan-language">{t('plan.language')}</Text>
          <SegmentedControl aria-labelledby="plan-language" value={plan.document.language} readOnly={readOnly}
            data={[{ value: 'fr', label: 'Français' }, { value: 'en', label: 'English' }]}
            onChange={(language) => editPlan((doc) => ({ ...doc, language: language as Language }))} />
        </Stack>
        <Badge size="xl" color={STATUS_COLOUR[plan.status]} variant="light" leftSection={plan.status === 'submitted' ? <IconLock size={16} aria-hidden /> : undefined}>
          {t(`planLabels.statuses.${plan.status}`)}
        </Badge>
        {plan.status === 'submitted' ? (
          <Button variant="default" leftSection={<IconLockOpen aria-hidden />} onClick={() => void run(() => setSubmitted(false))}>{t('plan.reopen')}</Button>
        ) : (
          <Button leftSection={<IconSend aria-hidden />} onClick={() => void run(() => setSubmitted(true))}>{t('plan.submit')}</Button>
        )}
        <Button variant="default" leftSection={<IconFileTypePdf aria-hidden />} onClick={() => void run(() => exportPlanPdf(plan.id))}>{t('plan.exportPdf')}</Button>
      </Group>
      {plan.status === 'submitted' && <Alert color="indigo" icon={<IconLock aria-hidden />}>{t('plan.lockedNotice')}</Alert>}
      {plan.status === 'reviewed' && <Alert color="teal" icon={<IconMessageCircle aria-hidden />}>{t('plan.reviewedNotice')}</Alert>}
      <ErrorAlert message={actionError ?? (problems.length > 0 ? problems.map((key) => t(key)).join(' ') : null)} />
      <CommentsList comments={plan.comments.filter((comment) => comment.section === 'general')} />

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 3 }}>
          <nav aria-label={t('plan.steps')}>
            <Text fw={700} mb={4}>{t('plan.writtenPart')}</Text>
            {PLAN_STEPS.map((id, at) => (
              <div key={id}>
                {at === PLAN_STEPS.indexOf('startup') && <Text fw={700} mt="md" mb={4}>{t('plan.financePart')}</Text>}
                <NavLink component="button" label={stepTitle(id)} active={id === step} aria-current={id === step ? 'step' : undefined} onClick={() => goTo(id)}
                  rightSection={plan.comments.some((comment) => comment.section === id) ? <IconMessageCircle size={18} aria-label={t('plan.commentsTitle')} /> : undefined} />
              </div>
            ))}
          </nav>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: isFinanceStep(step) && step !== 'results' ? 6 : 9 }}>
          <Stack gap="lg">
            <CommentsList comments={commentsHere} />
            <PlanStepView plan={plan.document} step={step} result={result} warnings={warnings} readOnly={readOnly} />
            <Group justify="space-between">
              {index > 0 ? <Button variant="default" leftSection={<IconArrowLeft aria-hidden />} onClick={() => goTo(PLAN_STEPS[index - 1]!)}>{t('plan.previous')}</Button> : <span />}
              {index < PLAN_STEPS.length - 1 && <Button rightSection={<IconArrowRight aria-hidden />} onClick={() => goTo(PLAN_STEPS[index + 1]!)}>{t('plan.next')}</Button>}
            </Group>
          </Stack>
        </Grid.Col>
        {isFinanceStep(step) && step !== 'results' && (
          <Grid.Col span={{ base: 12, md: 3 }}>
            <div style={{ position: 'sticky', top: 100 }}><LiveFigures plan={plan.document} result={result} warnings={warnings} /></div>
          </Grid.Col>
        )}
      </Grid>
    </Stack>
  );
}
