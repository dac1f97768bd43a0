import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlayerPlay, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { AttemptDto } from '../../../shared/api/dto';
import { RUBRIC, RUBRIC_CRITERIA, ratingAverage, type Rating } from '../../../shared/interview/rubric';
import type { QuestionBank } from '../../../shared/interview/schema';
import { api } from '../../api/api';
import { base64ToBytes } from '../../api/base64';
import { AppModal } from '../../components/AppModal';
import { RubricForm } from './RubricForm';
import { refreshAttempts } from './store';
import { asLanguage } from '../../i18n';

// Distinct in hue and in dash, so the lines stay apart in black and white too.
const LINE_STYLES = [
  { color: '#087f5b', dash: undefined },
  { color: '#1c4f9c', dash: '6 3' },
  { color: '#9c4409', dash: '2 3' },
  { color: '#6b2fa3', dash: '10 4' },
  { color: '#a61e4d', dash: '4 2 1 2' },
];

/** Every attempt with its date, ratings and recording, and the ratings over time per criterion. */
export function History({ attempts, bank }: { attempts: AttemptDto[]; bank: QuestionBank }) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const [audio, setAudio] = useState<Record<string, string>>({});
  const [rating, setRating] = useState<{ attemptId: string; value: Partial<Rating> } | null>(null);
  const saveRating = async () => {
    if (!rating || !RUBRIC_CRITERIA.every((criterion) => rating.value[criterion])) return;
    const result = await api()['interview.rateSelf']({ attemptId: rating.attemptId, rating: rating.value as Rating });
    if (result.ok) {
      setRating(null);
      await refreshAttempts();
    }
  };
  const rated = attempts.filter((attempt) => attempt.selfRating);
  const chart = rated.map((attempt, index) => ({ name: String(index + 1), ...attempt.selfRating }));

  const play = async (attemptId: string) => {
    const result = await api()['interview.recording']({ attemptId });
    if (!result.ok) return;
    setAudio((current) => ({ ...current, [attemptId]: URL.createObjectURL(new Blob([base64ToBytes(result.value.base64)], { type: result.value.mime })) }));
  };
  const remove = async (attemptId: string) => {
    await api()['interview.deleteRecording']({ attemptId });
    await refreshAttempts();
  };

  if (attempts.length === 0) return <Text>{t('interview.noHistory')}</Text>;
  return (
    <Stack gap="md">
      {chart.length > 1 && (
        <Paper withBorder p="md" radius="md" aria-label={t('interview.chartLabel')} role="img">
          <Title order={3} size="h4" mb="sm">{t('interview.chartTitle')}</Title>
          <ResponsiveContainer width="100%" height={260}>
            <LineChart data={chart}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="name" label={{ value: t('interview.attemptAxis'), position: 'insideBottom', offset: -2 }} />
              <YAxis domain={[1, 4]} ticks={[1, 2, 3, 4]} />
              <Tooltip />
              <Legend />
              {RUBRIC_CRITERIA.map((criterion, index) => (
                <Line key={criterion} type="monotone" dataKey={criterion} name={RUBRIC[language][criterion].name} stroke={LINE_STYLES[index]!.color} strokeDasharray={LINE_STYLES[index]!.dash} strokeWidth={2} isAnimationActive={false} />
              ))}
            </LineChart>
          </ResponsiveContainer>
        </Paper>
      )}
      <Table verticalSpacing="sm" fz="md" aria-label={t('interview.historyTitle')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('interview.date')}</Table.Th>
            <Table.Th>{t('interview.question')}</Table.Th>
            <Table.Th>{t('interview.selfRating')}</Table.Th>
            <Table.Th>{t('interview.facilitatorRating')}</Table.Th>
            <Table.Th>{t('interview.recording')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...attempts].reverse().map((attempt) => (
            <Table.Tr key={attempt.id} data-testid="attempt-row">
              <Table.Td>{new Date(attempt.createdAt).toLocaleString(i18n.language)}</Table.Td>
              <Table.Td>{bank.questions.find((q) => q.id === attempt.questionId)?.question[language] ?? attempt.questionId}</Table.Td>
              <Table.Td>
                {attempt.selfRating ? `${ratingAverage(attempt.selfRating)} / 4` : (
                  <Button size="sm" variant="light" onClick={() => setRating({ attemptId: attempt.id, value: {} })}>{t('interview.rateMyself')}</Button>
                )}
              </Table.Td>
              <Table.Td>{attempt.facilitatorRating ? `${ratingAverage(attempt.facilitatorRating)} / 4` : '—'}</Table.Td>
              <Table.Td>
                {attempt.hasRecording ? (
                  <Group gap="xs" wrap="nowrap">
                    {audio[attempt.id] ? <audio controls src={audio[attempt.id]} aria-label={t('interview.recording')} /> : (
                      <Button size="sm" variant="light" leftSection={<IconPlayerPlay size={16} aria-hidden />} onClick={() => void play(attempt.id)}>{t('interview.listen')}</Button>
                    )}
                    <Button size="sm" variant="subtle" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => void remove(attempt.id)}>{t('interview.deleteRecording')}</Button>
                  </Group>
                ) : attempt.typedAnswer ? t('interview.typed') : '—'}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {rating && (
        <AppModal opened onClose={() => setRating(null)} size="lg" title={<Text fw={700}>{t('interview.rateTitle')}</Text>}>
          <Stack>
            <RubricForm value={rating.value} onChange={(value) => setRating({ ...rating, value })} />
            <Group justify="flex-end"><Button onClick={() => void saveRating()}>{t('common.save')}</Button></Group>
          </Stack>
        </AppModal>
      )}
    </Stack>
  );
}
