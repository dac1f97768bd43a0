import { Alert, Badge, Button, Group, Paper, Progress, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconMicrophone, IconPlayerStop } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rating } from '../../../shared/interview/rubric';
import { RUBRIC_CRITERIA } from '../../../shared/interview/rubric';
import type { InterviewQuestion } from '../../../shared/interview/schema';
import { formatCountdown, MAX_RECORDING_MS, timerPhase, type TimerSettings } from '../../../shared/interview/timer';
import { api } from '../../api/api';
import { blobToBase64 } from '../../api/base64';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNow } from '../../components/useNow';
import { ReadAloudButton } from '../lessons/ReadAloudButton';
import { RubricForm } from './RubricForm';
import { refreshAttempts } from './store';
import { useRecorder, type Recording } from './useRecorder';
import { asLanguage } from '../../i18n';

interface Props {
  questions: InterviewQuestion[];
  settings: TimerSettings;
  audioConsent: boolean;
  onDone: () => void;
}


/** One question at a time: read aloud, prepare, answer (spoken and recorded, or typed), then rate it. */
export function PracticeSession({ questions, settings, audioConsent, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const now = useNow();
  const [index, setIndex] = useState(0);
  const [startedAt, setStartedAt] = useState(() => Date.now());
  const [answerStartedAt, setAnswerStartedAt] = useState<number | null>(null);
  const [stage, setStage] = useState<'answer' | 'rate'>('answer');
  const [typed, setTyped] = useState('');
  const [recording, setRecording] = useState<Recording | null>(null);
  const [rating, setRating] = useState<Partial<Rating>>({});
  const [error, setError] = useState<string | null>(null);
  const recorder = useRecorder(setRecording);
  const question = questions[index]!;
  const phase = timerPhase(settings, startedAt, now, answerStartedAt);

  useEffect(() => {
    if (phase.phase === 'over' && recorder.state === 'recording') recorder.stop();
  }, [phase.phase, recorder]);

  const record = async () => {
    if (phase.phase === 'prepare') setAnswerStartedAt(Date.now());
    await recorder.start();
  };

  const finish = () => {
    recorder.stop();
    setStage('rate');
  };

  const save = async () => {
    if (!RUBRIC_CRITERIA.every((criterion) => rating[criterion])) return setError(t('interview.rateAll'));
    const result = await api()['interview.saveAttempt']({
      questionId: question.id,
      typedAnswer: typed,
      recording: recording ? { base64: await blobToBase64(recording.blob), mime: recording.mime, ms: recording.ms } : null,
      selfRating: rating as Rating,
    });
    if (!result.ok) return setError(t(`errors.${result.error.code}`));
    await refreshAttempts();
    if (index === questions.length - 1) return onDone();
    setIndex(index + 1);
    setStartedAt(Date.now());
    setAnswerStartedAt(null);
    setStage('answer');
    setTyped('');
    setRecording(null);
    setRating({});
    setError(null);
  };

  const micMessage = recorder.state === 'denied' || recorder.state === 'missing' || recorder.state === 'failed' ? t(`interview.mic.${recorder.state}`) : null;
  const text = question.question[language];
  return (
    <Stack gap="lg" maw={900}>
      <Group justify="space-between">
        <Text fw={700}>{t('interview.questionOf', { current: index + 1, total: questions.length })}</Text>
        <Badge color="gray" variant="outline">{t(`interview.categories.${question.category}`)}</Badge>
      </Group>
      <Progress value={((index + (stage === 'rate' ? 1 : 0.5)) / questions.length) * 100} aria-label={t('interview.questionOf', { current: index + 1, total: questions.length })} />
      <Paper withBorder p="xl" radius="lg">
        <Title order={1} fz={34} lh={1.3} data-testid="interview-question">{text}</Title>
      </Paper>
      <Group><ReadAloudButton key={`${language}:${question.id}`} segments={[{ key: 'question', text }]} language={language} /></Group>

      {stage === 'answer' && (
        <>
          <Paper withBorder p="md" radius="md">
            <Group justify="space-between">
              <Text size="lg" fw={700}>{t(`interview.phase.${phase.phase}`)}</Text>
              <Text fz={48} fw={700} ff="monospace" role="timer" data-testid="interview-timer">{formatCountdown(phase.remainingMs)}</Text>
            </Group>
            {phase.phase === 'prepare' && <Button variant="light" onClick={() => setAnswerStartedAt(Date.now())}>{t('interview.readyNow')}</Button>}
          </Paper>
          <Alert color="blue" variant="light" title={t('interview.tip')}>{question.tip[language]}</Alert>
          {audioConsent ? (
            <Group>
              {recorder.state === 'recording' ? (
                <>
                  <Button color="red" leftSection={<IconPlayerStop aria-hidden />} onClick={recorder.stop}>{t('interview.stopRecording')}</Button>
                  <Text fw={700} role="status">{t('interview.recordingLeft', { time: formatCountdown(MAX_RECORDING_MS - (now - (recorder.startedAt ?? now))) })}</Text>
                </>
              ) : (
                <Button leftSection={<IconMicrophone aria-hidden />} onClick={() => void record()}>{recording ? t('interview.recordAgain') : t('interview.record')}</Button>
              )}
              {recording && recorder.state !== 'recording' && <Text role="status">{t('interview.recorded', { seconds: Math.round(recording.ms / 1000) })}</Text>}
            </Group>
          ) : (
            <Text>{t('interview.noAudioConsent')}</Text>
          )}
          <ErrorAlert message={micMessage} />
          <Textarea label={t('interview.typedAnswer')} description={t('interview.typedHint')} autosize minRows={3} value={typed} onChange={(e) => setTyped(e.currentTarget.value)} />
          <Group><Button size="lg" onClick={finish}>{t('interview.done')}</Button></Group>
        </>
      )}

      {stage === 'rate' && (
        <>
          <Title order={2} size="h3">{t('interview.rateTitle')}</Title>
          <Alert color="teal" variant="light" title={t('interview.modelAnswer')}>{question.modelAnswer[language]}</Alert>
          <RubricForm value={rating} onChange={setRating} />
          <ErrorAlert message={error} />
          <Group><Button size="lg" onClick={() => void save()}>{index === questions.length - 1 ? t('interview.saveAndFinish') : t('interview.saveAndNext')}</Button></Group>
        </>
      )}
    </Stack>
  );
}
