import { Anchor, Badge, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconChecks, IconClock, IconMapPin } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SaveState } from '../../components/SaveState';
import { loadParticipants, useCohorts } from '../cohorts/store';
import { longDate, summarise } from './attendance';
import { AttendanceCard } from './AttendanceCard';
import { AttendanceSummary } from './AttendanceSummary';
import { capitalise, MODULE_COLOUR } from './format';
import { closeAttendance, markAttendance, markRestPresent, openAttendance, useAttendance } from './store';

/** Taking attendance for one session: every participant's card, each tap saved at once. */
export function AttendanceScreen() {
  const { t, i18n } = useTranslation();
  const { cohortId = '', sessionId = '' } = useParams();
  const participants = useCohorts((state) => state.participants[cohortId]);
  const session = useAttendance((state) => state.sessions?.find((s) => s.id === sessionId && s.cohortId === cohortId));
  const marks = useAttendance((state) => state.marks);
  const markErrors = useAttendance((state) => state.markErrors);
  const save = useAttendance((state) => state.save);
  const [missing, setMissing] = useState<string | null>(null);

  useEffect(() => {
    void loadParticipants(cohortId);
    void openAttendance(cohortId, sessionId).then(setMissing);
    return closeAttendance;
  }, [cohortId, sessionId]);

  if (missing) return <ErrorAlert message={t(`errors.${missing}`)} />;
  const ids = (participants ?? []).map((participant) => participant.id);
  const summary = summarise(ids, marks ?? {});

  return (
    <Stack gap="lg" maw={1200}>
      <Anchor component={Link} to={`/cohorts/${cohortId}/sessions`} size="md"><Group gap={4}><IconArrowLeft size={20} aria-hidden />{t('attendance.back')}</Group></Anchor>
      <Stack gap="xs">
        <Title order={1}>{t('attendance.title')}{session ? ` — ${capitalise(longDate(session.date, i18n.language))}` : ''}</Title>
        {session && (
          <Group gap="md">
            <Badge color={MODULE_COLOUR[session.moduleId]} variant="light">{t(`sessions.modules.${session.moduleId}`)}</Badge>
            <Group gap={4}><IconClock size={20} aria-hidden /><Text>{t('sessions.times', { start: session.start, end: session.end })}</Text></Group>
            <Group gap={4}><IconMapPin size={20} aria-hidden /><Text style={{ overflowWrap: 'anywhere' }}>{session.place}</Text></Group>
          </Group>
        )}
        <Text>{t('attendance.intro')}</Text>
      </Stack>
      {marks && participants && (
        <>
          <Group justify="space-between" align="center" wrap="wrap" gap="md">
            <AttendanceSummary summary={summary} />
            <SaveState state={save} />
          </Group>
          <Group gap="md" wrap="wrap">
            <Button leftSection={<IconChecks aria-hidden />} disabled={summary.unmarked === 0} onClick={() => markRestPresent(cohortId, sessionId, ids)} aria-describedby="all-present-hint">
              {t('attendance.allPresent')}
            </Button>
            <Text id="all-present-hint" c="dimmed" maw={520}>{t('attendance.allPresentHint')}</Text>
          </Group>
          {participants.length === 0 && <Text>{t('attendance.noParticipants')}</Text>}
          <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="md" component="ul" aria-label={t('attendance.listLabel')} style={{ listStyle: 'none', padding: 0, margin: 0, alignItems: 'start' }}>
            {participants.map((participant) => (
              <AttendanceCard
                key={participant.id}
                participant={participant}
                mark={marks[participant.id]}
                error={markErrors[participant.id]}
                onMark={(status, minutes) => markAttendance(cohortId, sessionId, participant.id, status, minutes)}
              />
            ))}
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
