import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { WorkshopSessionDto } from '../../../shared/api/dto';
import { ErrorAlert } from '../../components/ErrorAlert';
import { loadCohorts, loadParticipants, useCohorts } from '../cohorts/store';
import { useSession } from '../session/store';
import { DeleteSessionModal } from './DeleteSessionModal';
import { HoursTable } from './HoursTable';
import { SessionCard } from './SessionCard';
import { SessionFormModal } from './SessionFormModal';
import { loadSessions, useAttendance } from './store';

type Dialog = { kind: 'form'; session: WorkshopSessionDto | null } | { kind: 'delete'; session: WorkshopSessionDto } | null;

/** A cohort's workshop sessions by date, to add, change or delete, each opening its attendance; then the hours attended. */
export function SessionsScreen() {
  const { t } = useTranslation();
  const { cohortId = '' } = useParams();
  const cohorts = useCohorts((state) => state.cohorts);
  const staff = useCohorts((state) => state.staff);
  const participants = useCohorts((state) => state.participants[cohortId]);
  const user = useSession((state) => state.user);
  const sessions = useAttendance((state) => (state.cohortId === cohortId ? state.sessions : null));
  const loadError = useAttendance((state) => state.loadError);
  const [dialog, setDialog] = useState<Dialog>(null);
  const cohort = cohorts?.find((c) => c.id === cohortId);

  useEffect(() => {
    if (!cohorts) void loadCohorts();
  }, [cohorts]);
  useEffect(() => {
    void loadParticipants(cohortId);
    void loadSessions(cohortId);
  }, [cohortId]);

  if (cohorts && !cohort) return <ErrorAlert message={t('errors.NOT_FOUND')} />;
  const facilitatorName = (id: string | null) => (id ? (staff.find((person) => person.id === id)?.name ?? null) : null);

  return (
    <Stack gap="lg" maw={1200}>
      <Anchor component={Link} to={`/cohorts/${cohortId}`} size="md"><Group gap={4}><IconArrowLeft size={20} aria-hidden />{t('sessions.back')}</Group></Anchor>
      <Group justify="space-between" wrap="wrap">
        <Stack gap={0}>
          <Title order={1}>{t('sessions.title')}</Title>
          <Text size="lg" style={{ overflowWrap: 'anywhere' }}>{cohort?.name}</Text>
        </Stack>
        <Button leftSection={<IconPlus aria-hidden />} onClick={() => setDialog({ kind: 'form', session: null })} disabled={!cohort}>{t('sessions.add')}</Button>
      </Group>
      <ErrorAlert message={loadError ? t(`errors.${loadError}`) : null} />
      {sessions?.length === 0 && <Text>{t('sessions.empty')}</Text>}
      {sessions && sessions.length > 0 && (
        <Stack gap="md" component="ul" aria-label={t('sessions.listLabel')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {sessions.map((session) => (
            <SessionCard
              key={session.id}
              session={session}
              facilitatorName={facilitatorName(session.facilitatorId)}
              participantCount={participants?.length ?? cohort?.participantCount ?? 0}
              onEdit={() => setDialog({ kind: 'form', session })}
              onDelete={() => setDialog({ kind: 'delete', session })}
            />
          ))}
        </Stack>
      )}
      {sessions && <HoursTable />}
      {dialog?.kind === 'form' && cohort && (
        <SessionFormModal
          cohortId={cohortId}
          session={dialog.session}
          defaultPlace={cohort.place}
          defaultFacilitatorId={user?.role === 'facilitator' ? user.id : null}
          staff={staff}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'delete' && <DeleteSessionModal session={dialog.session} onClose={() => setDialog(null)} />}
    </Stack>
  );
}
