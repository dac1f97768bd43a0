import { Button, Checkbox, Group, NumberInput, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INTERVIEW_CATEGORIES, type InterviewQuestion } from '../../../shared/interview/schema';
import { consentWording } from '../../../shared/consents/texts';
import { asLanguage } from '../../i18n';
import { DEFAULT_TIMER } from '../../../shared/interview/timer';
import { ErrorAlert } from '../../components/ErrorAlert';
import { History } from './History';
import { PracticeSession } from './PracticeSession';
import { loadInterview, pickQuestions, setAudioConsent, useInterview } from './store';

/** Interview practice: choose questions and times, practise, then see every attempt and the progress. */
export function InterviewScreen() {
  const { t, i18n } = useTranslation();
  // The consent's text is versioned in shared/consents; what is ticked is recorded with that version.
  const audioText = consentWording('audio', asLanguage(i18n.language));
  const { bank, attempts, audioConsent, loadFailed } = useInterview();
  const [category, setCategory] = useState<string>('mixed');
  const [count, setCount] = useState<number>(3);
  const [prepareSeconds, setPrepareSeconds] = useState<number>(DEFAULT_TIMER.prepareMs / 1000);
  const [answerSeconds, setAnswerSeconds] = useState<number>(DEFAULT_TIMER.answerMs / 1000);
  const [session, setSession] = useState<InterviewQuestion[] | null>(null);

  useEffect(() => {
    void loadInterview();
  }, []);

  if (loadFailed) return <ErrorAlert message={t('errors.TRANSPORT')} />;
  if (!bank) return null;
  if (session) {
    return (
      <PracticeSession questions={session} audioConsent={audioConsent} onDone={() => setSession(null)}
        settings={{ prepareMs: prepareSeconds * 1000, answerMs: answerSeconds * 1000 }} />
    );
  }
  return (
    <Stack gap="lg" maw={1000}>
      <Title order={1}>{t('interview.title')}</Title>
      <Paper withBorder p="lg" radius="lg">
        <Stack gap="md">
          <Group grow align="flex-start">
            <Select label={t('interview.category')} allowDeselect={false} value={category} onChange={(value) => value && setCategory(value)}
              data={[{ value: 'mixed', label: t('interview.mixed') }, ...INTERVIEW_CATEGORIES.map((c) => ({ value: c, label: t(`interview.categories.${c}`) }))]} />
            <NumberInput label={t('interview.count')} min={1} max={10} allowDecimal={false} value={count} onChange={(value) => setCount(Number(value) || 1)} />
          </Group>
          <Group grow align="flex-start">
            <NumberInput label={t('interview.prepareSeconds')} min={0} max={300} step={5} allowDecimal={false} value={prepareSeconds} onChange={(value) => setPrepareSeconds(Number(value) || 0)} />
            <NumberInput label={t('interview.answerSeconds')} min={10} max={300} step={10} allowDecimal={false} value={answerSeconds} onChange={(value) => setAnswerSeconds(Number(value) || 10)} />
          </Group>
          <Checkbox size="md" label={audioText.agreement} description={audioText.paragraphs.join(' ')} checked={audioConsent} onChange={(e) => void setAudioConsent(e.currentTarget.checked)} />
          <Group><Button size="lg" leftSection={<IconPlayerPlay aria-hidden />} onClick={() => setSession(pickQuestions(bank.questions, category, count))}>{t('interview.start')}</Button></Group>
        </Stack>
      </Paper>
      <Title order={2}>{t('interview.historyTitle')}</Title>
      <History attempts={attempts} bank={bank} />
      <Text size="sm">{t('interview.privacy')}</Text>
    </Stack>
  );
}
