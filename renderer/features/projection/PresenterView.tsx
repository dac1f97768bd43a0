import { ActionIcon, Anchor, Button, Group, Kbd, Paper, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconArrowLeft, IconChevronLeft, IconChevronRight, IconDeviceDesktop, IconEye, IconLayoutGrid, IconMinus, IconPlus, IconSquareFilled } from '@tabler/icons-react';
import { useEffect, useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Lesson } from '../../../shared/content/schema';
import { api } from '../../api/api';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { pick, stepTitle } from '../lessons/segments';
import { AudienceStep } from './AudienceStep';
import { toggleFullscreen } from './AudienceView';
import { AUDIENCE_URL, AUDIENCE_WINDOW_NAME, PROJECTION_CHANNEL, type AudienceMessage, type PresenterMessage } from './channel';
import { ActivityCountdown, PresenterClock } from './PresenterClock';
import { actionForKey, initialProjection, projectionReducer, type ProjectionAction } from './projection';
import classes from './projection.module.css';
import { asLanguage } from '../../i18n';

/** The facilitator's screen: what the room sees, what comes next, notes, clock and timers; keys and clickers drive it. */
export function PresenterView() {
  const { t, i18n } = useTranslation();
  const { lessonId = '' } = useParams();
  const [lesson, setLesson] = useState<Lesson | null>(null);
  const [failed, setFailed] = useState(false);
  const [state, dispatch] = useReducer(projectionReducer, initialProjection(1));
  const [notesSize, setNotesSize] = useState(24);
  const channel = useRef<BroadcastChannel | null>(null);
  const language = asLanguage(i18n.language);

  useEffect(() => {
    void api()['lessons.get']({ lessonId }).then((result) => {
      if (!result.ok) return setFailed(true);
      setLesson(result.value);
      dispatch({ type: 'load', count: result.value.steps.length });
    });
  }, [lessonId]);

  const count = state.count;
  const view = state;
  const act = (action: ProjectionAction) => {
    if (action.type === 'fullscreen') void toggleFullscreen();
    else dispatch(action);
  };

  const message: PresenterMessage | null = lesson
    ? { kind: 'show', lesson, index: Math.min(state.index, count - 1), blackout: state.blackout, revealed: state.revealed, language }
    : null;
  const latest = useRef(message);
  latest.current = message;

  useEffect(() => {
    const bc = new BroadcastChannel(PROJECTION_CHANNEL);
    channel.current = bc;
    bc.onmessage = (event: MessageEvent<AudienceMessage>) => {
      if (event.data.kind === 'hello' && latest.current) bc.postMessage(latest.current);
      if (event.data.kind === 'key') {
        const action = actionForKey(event.data.key);
        if (action) dispatch(action);
      }
    };
    return () => {
      bc.postMessage({ kind: 'end' } satisfies PresenterMessage);
      bc.close();
    };
  }, []);

  useEffect(() => {
    if (message) channel.current?.postMessage(message);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lesson, state.index, state.blackout, state.revealed, language]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.target as HTMLElement).closest('input, textarea, select')) return;
      const action = actionForKey(event.key);
      if (!action) return;
      if (event.key === ' ' && (event.target as HTMLElement).closest('button')) return;
      event.preventDefault();
      act(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (failed) return <ErrorAlert message={t('errors.NOT_FOUND')} />;
  if (!lesson) return null;
  const index = Math.min(view.index, count - 1);
  const step = lesson.steps[index]!;
  const next = lesson.steps[index + 1];

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Anchor component={Link} to="/lessons"><Group gap={4}><IconArrowLeft size={20} aria-hidden />{t('projection.stop')}</Group></Anchor>
        <Button leftSection={<IconDeviceDesktop aria-hidden />} onClick={() => window.open(AUDIENCE_URL, AUDIENCE_WINDOW_NAME, 'popup,width=1280,height=720')}>
          {t('projection.openAudience')}
        </Button>
      </Group>
      <Title order={1} size="h2">{pick(lesson.title, language)}</Title>
      <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="lg">
        <Stack gap="sm" style={{ gridColumn: 'span 2' }}>
          <Group justify="space-between">
            <Text fw={700}>{t('projection.nowShowing', { current: index + 1, total: count })}</Text>
            {view.blackout && <Text fw={700} c="red.9">{t('projection.blackedOut')}</Text>}
          </Group>
          <div className={`${classes.preview} ${classes.screen} ${view.blackout ? classes.blackout : ''}`} data-testid="presenter-preview">
            {!view.blackout && <AudienceStep step={step} language={language} revealed={view.revealed} />}
          </div>
          <Group gap="sm">
            <Button variant="default" leftSection={<IconChevronLeft aria-hidden />} onClick={() => act({ type: 'previous' })} disabled={index === 0}>{t('lessons.previous')}</Button>
            <Button rightSection={<IconChevronRight aria-hidden />} onClick={() => act({ type: 'next' })} disabled={index === count - 1}>{t('lessons.next')}</Button>
            <Button variant="default" leftSection={<IconSquareFilled aria-hidden />} onClick={() => act({ type: 'toggleBlackout' })} aria-pressed={view.blackout}>{t('projection.blackout')} <Kbd ml={6}>B</Kbd></Button>
            <Button variant="default" leftSection={<IconEye aria-hidden />} onClick={() => act({ type: 'toggleReveal' })} aria-pressed={view.revealed}>{t('projection.reveal')} <Kbd ml={6}>R</Kbd></Button>
            <Button variant="default" leftSection={<IconLayoutGrid aria-hidden />} onClick={() => act({ type: 'toggleOverview' })}>{t('projection.overview')} <Kbd ml={6}>Esc</Kbd></Button>
          </Group>
          {view.jump && <Text fw={700} role="status">{t('projection.jumpTo', { step: view.jump })}</Text>}
        </Stack>
        <Stack gap="md">
          <Paper withBorder p="md" radius="md"><PresenterClock /></Paper>
          {step.type === 'groupActivity' && <Paper withBorder p="md" radius="md" key={step.id}><ActivityCountdown minutes={step.durationMinutes} /></Paper>}
          <Paper withBorder p="md" radius="md">
            <Text size="sm">{t('projection.next')}</Text>
            <Text fw={700} size="lg">{next ? stepTitle(next, language) : t('projection.lastStep')}</Text>
          </Paper>
          <Paper withBorder p="md" radius="md">
            <Group justify="space-between" mb="xs">
              <Text fw={700}>{t('projection.notes')}</Text>
              <Group gap={4}>
                <ActionIcon variant="default" size="lg" onClick={() => setNotesSize((s) => Math.max(s - 2, 16))} aria-label={t('projection.smallerNotes')}><IconMinus aria-hidden /></ActionIcon>
                <ActionIcon variant="default" size="lg" onClick={() => setNotesSize((s) => Math.min(s + 2, 48))} aria-label={t('projection.biggerNotes')}><IconPlus aria-hidden /></ActionIcon>
              </Group>
            </Group>
            <Text fz={notesSize} data-testid="presenter-notes">{step.notes ? pick(step.notes, language) : t('projection.noNotes')}</Text>
          </Paper>
        </Stack>
      </SimpleGrid>
      {view.overview && (
        <AppModal opened onClose={() => act({ type: 'closeOverview' })} size="xl" title={<Text fw={700} size="lg">{t('projection.overview')}</Text>}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {lesson.steps.map((candidate, i) => (
              <UnstyledButton key={candidate.id} onClick={() => act({ type: 'goTo', index: i })} p="sm" style={{ border: '2px solid var(--mantine-color-gray-4)', borderRadius: 8, background: i === index ? 'var(--mantine-color-teal-0)' : undefined }}>
                <Text fw={700}>{i + 1}. {stepTitle(candidate, language)}</Text>
              </UnstyledButton>
            ))}
          </SimpleGrid>
        </AppModal>
      )}
    </Stack>
  );
}
