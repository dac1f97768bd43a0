import { Alert, Anchor, Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconChevronLeft, IconChevronRight, IconFlagCheck, IconPhone, IconPresentation } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SaveState } from '../../components/SaveState';
import { StepIcon } from '../../components/StepIcon';
import { CountryPageNote } from '../orientation/CountryPageNote';
import { useSession } from '../session/store';
import { LessonEnd } from './LessonEnd';
import { ReadAloudButton } from './ReadAloudButton';
import { segmentsOf, pick } from './segments';
import { StepView } from './steps/StepView';
import { answerStep, finishLesson, goToStep, openLesson, usePlayer } from './store';
import { asLanguage } from '../../i18n';

/** The lesson player: one step per screen, large targets, every answer saved as it is given. */
export function LessonPlayer() {
  const { t, i18n } = useTranslation();
  const { lessonId = '' } = useParams();
  const navigate = useNavigate();
  const isParticipant = useSession((state) => state.user?.role === 'participant');
  const { lesson, position, answers, finished, save, loadFailed, contact, countryPage } = usePlayer();
  const language = asLanguage(i18n.language);

  useEffect(() => {
    void openLesson(lessonId, isParticipant);
  }, [lessonId, isParticipant]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (target.closest('input, textarea, [role="radiogroup"], [role="dialog"]')) return;
      if (event.key === 'ArrowRight') void goToStep(usePlayer.getState().position + 1, isParticipant);
      if (event.key === 'ArrowLeft') void goToStep(usePlayer.getState().position - 1, isParticipant);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [isParticipant]);

  if (loadFailed) return <ErrorAlert message={t('errors.NOT_FOUND')} />;
  if (!lesson) return null;
  if (finished) return <LessonEnd lesson={lesson} answers={answers} language={language} />;

  const step = lesson.steps[position]!;
  const last = position === lesson.steps.length - 1;
  const saved = answers[step.id];
  return (
    <Stack gap="lg" maw={900} mx="auto">
      <Group justify="space-between">
        <Anchor component={Link} to="/" size="md"><Group gap={4}><IconArrowLeft size={20} aria-hidden />{t('lessons.backHome')}</Group></Anchor>
        {!isParticipant && (
          <Button variant="default" size="md" leftSection={<IconPresentation aria-hidden />} onClick={() => void navigate(`/present/${lesson.id}`)}>
            {t('projection.start')}
          </Button>
        )}
      </Group>
      <Group gap="sm" wrap="nowrap">
        <StepIcon name={lesson.icon} size={36} />
        <Title order={1} size="h2">{pick(lesson.title, language)}</Title>
      </Group>
      <Stack gap={6}>
        <Group justify="space-between">
          <Text fw={700}>{t('lessons.stepOf', { current: position + 1, total: lesson.steps.length })}</Text>
          {isParticipant && <SaveState state={save} />}
        </Group>
        <Progress value={((position + 1) / lesson.steps.length) * 100} size="lg" aria-label={t('lessons.progress')} />
      </Stack>
      <Group><ReadAloudButton key={`${language}:${step.id}`} segments={segmentsOf(step, language)} language={language} /></Group>
      <Paper withBorder radius="lg" p="xl" key={step.id} data-testid="lesson-step">
        {step.icon && <StepIcon name={step.icon} size={48} stroke={1.5} color="var(--mantine-color-teal-8)" />}
        <StepView step={step} language={language} answer={saved?.answer} score={saved?.score} onAnswer={(answer) => void answerStep(step.id, answer)} />
        {isParticipant && step.countries && (
          <Alert mt="lg" color="blue" variant="light" icon={<IconPhone aria-hidden />} title={t('lessons.contactsTitle')}>
            <CountryPageNote page={countryPage} fallback={contact || t('lessons.contactsMissing')} />
          </Alert>
        )}
      </Paper>
      <Group justify="space-between">
        <Button variant="default" size="xl" leftSection={<IconChevronLeft aria-hidden />} disabled={position === 0} onClick={() => void goToStep(position - 1, isParticipant)}>
          {t('lessons.previous')}
        </Button>
        {last ? (
          <Button size="xl" leftSection={<IconFlagCheck aria-hidden />} onClick={() => void finishLesson(isParticipant)}>{t('lessons.finish')}</Button>
        ) : (
          <Button size="xl" rightSection={<IconChevronRight aria-hidden />} onClick={() => void goToStep(position + 1, isParticipant)}>{t('lessons.next')}</Button>
        )}
      </Group>
    </Stack>
  );
}
