import { Anchor, Button, Checkbox, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ParticipantDto } from '../../../shared/api/dto';
import { RUBRIC_CRITERIA, type Rating } from '../../../shared/interview/rubric';
import { INTERVIEW_CATEGORIES, type InterviewQuestion, type QuestionBank } from '../../../shared/interview/schema';
import { DEFAULT_TIMER, formatCountdown, timerPhase } from '../../../shared/interview/timer';
import { api } from '../../api/api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNow } from '../../components/useNow';
import { RubricForm } from './RubricForm';
import { asLanguage } from '../../i18n';


/** A facilitator runs a mock interview: picks questions, shows and times them, rates with the participant's rubric. */
export function MockInterviewScreen() {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const { participantId = '' } = useParams();
  const [bank, setBank] = useState<QuestionBank | null>(null);
  const [participant, setParticipant] = useState<ParticipantDto | null>(null);
  const [category, setCategory] = useState<string>('introduction');
  const [chosen, setChosen] = useState<string[]>([]);
  const [running, setRunning] = useState<InterviewQuestion[] | null>(null);
  const [index, setIndex] = useState(0);
  const [startedAt, setStartedAt] = useState(0);
  const [answerAt, setAnswerAt] = useState<number | null>(null);
  const [rating, setRating] = useState<Partial<Rating>>({});
  const [error, setError] = useState<string | null>(null);
  const [finished, setFinished] = useState(false);
  const now = useNow();

  useEffect(() => {
    void api()['interview.bank']({}).then((result) => result.ok && setBank(result.value));
    void api()['participants.get']({ participantId }).then((result) => (result.ok ? setParticipant(result.value) : setError(t(`errors.${result.error.code}`))));
  }, [participantId, t]);

  if (error && !participant) return <ErrorAlert message={error} />;
  if (!bank || !participant) return null;
  const name = `${participant.firstName} ${participant.lastName}`;
  const back = <Anchor component={Link} to={`/cohorts/${participant.cohortId}`}><Group gap={4}><IconArrowLeft size={20} aria-hidden />{t('mock.back')}</Group></Anchor>;

  if (finished) {
    return <Stack gap="lg">{back}<Title order={1}>{t('mock.finished', { name })}</Title><Text>{t('mock.finishedHint')}</Text></Stack>;
  }

  if (!running) {
    const questions = bank.questions.filter((question) => question.category === category);
    return (
      <Stack gap="lg" maw={900}>
        {back}
        <Title order={1}>{t('mock.title', { name })}</Title>
        <Select label={t('interview.category')} allowDeselect={false} value={category} onChange={(value) => value && setCategory(value)} data={INTERVIEW_CATEGORIES.map((c) => ({ value: c, label: t(`interview.categories.${c}`) }))} />
        <Checkbox.Group label={t('mock.pick')} value={chosen} onChange={setChosen}>
          <Stack gap="xs" mt="xs">{questions.map((question) => <Checkbox key={question.id} value={question.id} label={question.question[language]} size="md" />)}</Stack>
        </Checkbox.Group>
        <Group>
          <Button size="lg" disabled={chosen.length === 0} onClick={() => { setRunning(bank.questions.filter((q) => chosen.includes(q.id))); setStartedAt(Date.now()); }}>
            {t('mock.start', { count: chosen.length })}
          </Button>
        </Group>
      </Stack>
    );
  }

  const question = running[index]!;
  const phase = timerPhase(DEFAULT_TIMER, startedAt, now, answerAt);
  const save = async () => {
    if (!RUBRIC_CRITERIA.every((criterion) => rating[criterion])) return setError(t('interview.rateAll'));
    const result = await api()['interview.mockAttempt']({ participantId, questionId: question.id, rating: rating as Rating });
    if (!result.ok) return setError(t(`errors.${result.error.code}`));
    setError(null);
    setRating({});
    if (index === running.length - 1) return setFinished(true);
    setIndex(index + 1);
    setStartedAt(Date.now());
    setAnswerAt(null);
  };

  return (
    <Stack gap="lg" maw={1000}>
      {back}
      <Text fw={700}>{t('interview.questionOf', { current: index + 1, total: running.length })} — {name}</Text>
      <Paper withBorder p="xl" radius="lg"><Title order={1} fz={40} lh={1.25} data-testid="mock-question">{question.question[language]}</Title></Paper>
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between">
          <Text size="lg" fw={700}>{t(`interview.phase.${phase.phase}`)}</Text>
          <Text fz={56} fw={700} ff="monospace" role="timer">{formatCountdown(phase.remainingMs)}</Text>
        </Group>
        {phase.phase === 'prepare' && <Button variant="light" onClick={() => setAnswerAt(Date.now())}>{t('mock.answerNow')}</Button>}
      </Paper>
      <Title order={2} size="h3">{t('mock.rate')}</Title>
      <RubricForm value={rating} onChange={setRating} />
      <ErrorAlert message={error} />
      <Group><Button size="lg" onClick={() => void save()}>{index === running.length - 1 ? t('interview.saveAndFinish') : t('interview.saveAndNext')}</Button></Group>
    </Stack>
  );
}
