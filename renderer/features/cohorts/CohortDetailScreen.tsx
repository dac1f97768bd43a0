import { CohortPlansPanel } from '../business-plan/CohortPlansPanel';
import { Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconCertificate, IconArrowLeft, IconKey, IconMicrophone, IconPencil, IconPresentation, IconShieldLock, IconUserPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ParticipantDto } from '../../../shared/api/dto';
import { countryName } from '../../../shared/domain/countries';
import { formatPhone } from '../../../shared/domain/phone';
import { api } from '../../api/api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PersonAvatar } from '../../components/PersonAvatar';
import { ParticipantFormModal } from '../people/ParticipantFormModal';
import { ResetPinModal } from '../people/ResetPinModal';
import { useSession } from '../session/store';
import { CohortFormModal } from './CohortFormModal';
import { CohortWorkshopLinks } from '../attendance/CohortWorkshopLinks';
import { loadCohorts, loadParticipants, upsertParticipant, useCohorts } from './store';
import { asLanguage } from '../../i18n';

type Dialog = { kind: 'add' } | { kind: 'edit'; participant: ParticipantDto } | { kind: 'pin'; participant: ParticipantDto } | { kind: 'cohort' } | null;

export function CohortDetailScreen() {
  const { t, i18n } = useTranslation();
  const { cohortId = '' } = useParams();
  const { cohorts, staff, participants, loadFailed } = useCohorts();
  const isCoordinator = useSession((state) => state.user?.role === 'coordinator');
  const [dialog, setDialog] = useState<Dialog>(null);
  const cohort = cohorts?.find((c) => c.id === cohortId);
  const list = participants[cohortId];
  const language = asLanguage(i18n.language);

  useEffect(() => {
    if (!cohorts) void loadCohorts();
    void loadParticipants(cohortId);
  }, [cohortId, cohorts]);

  if (cohorts && !cohort) return <ErrorAlert message={t('errors.NOT_FOUND')} />;

  const showOnSignIn = async () => {
    const result = await api()['cohorts.setActive']({ cohortId });
    if (result.ok) await loadCohorts();
  };

  return (
    <Stack gap="lg" maw={1200}>
      <Anchor component={Link} to="/" size="md"><Group gap={4}><IconArrowLeft size={20} aria-hidden />{t('cohorts.back')}</Group></Anchor>
      <Group justify="space-between" wrap="wrap">
        <Group gap="sm">
          <Title order={1} style={{ overflowWrap: 'anywhere' }}>{cohort?.name}</Title>
          {cohort?.isSample && <Badge color="orange" variant="light" size="lg">{t('common.sample')}</Badge>}
          {cohort?.isActive && <Badge color="teal" size="lg">{t('cohorts.activeBadge')}</Badge>}
        </Group>
        <Group>
          {cohort && !cohort.isActive && (
            <Button variant="default" leftSection={<IconPresentation aria-hidden />} onClick={() => void showOnSignIn()}>{t('cohorts.setActive')}</Button>
          )}
          {isCoordinator && <Button variant="default" leftSection={<IconPencil aria-hidden />} onClick={() => setDialog({ kind: 'cohort' })}>{t('cohorts.edit')}</Button>}
          <Button variant="default" component={Link} to={`/cohorts/${cohortId}/certificates`} leftSection={<IconCertificate aria-hidden />}>{t('certificates.open')}</Button>
          <Button leftSection={<IconUserPlus aria-hidden />} onClick={() => setDialog({ kind: 'add' })}>{t('people.add')}</Button>
        </Group>
      </Group>
      <CohortWorkshopLinks cohortId={cohortId} />
      <ErrorAlert message={loadFailed ? t('errors.TRANSPORT') : null} />
      {list?.length === 0 && <Text>{t('people.empty')}</Text>}
      {list && list.length > 0 && (
        <Table verticalSpacing="sm" fz="md" striped highlightOnHover aria-label={t('people.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('people.name')}</Table.Th>
              <Table.Th>{t('people.country')}</Table.Th>
              <Table.Th>{t('people.phone')}</Table.Th>
              <Table.Th>{t('people.status')}</Table.Th>
              <Table.Th><span className="visually-hidden">{t('people.actions')}</span></Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((participant) => (
              <Table.Tr key={participant.id}>
                <Table.Td miw={200}>
                  <Group gap="sm" wrap="nowrap">
                    <PersonAvatar avatar={participant.avatar} firstName={participant.firstName} lastName={participant.lastName} size={40} />
                    <Text fw={600} style={{ overflowWrap: 'break-word', minWidth: 0 }}>{participant.firstName} {participant.lastName}</Text>
                  </Group>
                </Table.Td>
                <Table.Td>{countryName(participant.country, language)}{participant.city ? ` — ${participant.city}` : ''}</Table.Td>
                <Table.Td>{participant.phone ? formatPhone(participant.phone) : '—'}</Table.Td>
                <Table.Td miw={150}>
                  {participant.pinResetRequired ? <Badge color="red">{t('people.statusResetRequired')}</Badge>
                    : participant.lockedUntil && participant.lockedUntil > new Date().toISOString() ? <Badge color="orange">{t('people.statusLocked')}</Badge>
                    : <Badge color="gray" variant="outline">{t('people.statusOk')}</Badge>}
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="wrap" justify="flex-end">
                    <Button size="sm" variant="default" leftSection={<IconPencil size={18} aria-hidden />} onClick={() => setDialog({ kind: 'edit', participant })}
                      aria-label={t('people.editNamed', { name: `${participant.firstName} ${participant.lastName}` })}>{t('common.edit')}</Button>
                    <Button size="sm" variant="default" component={Link} to={`/mock/${participant.id}`} leftSection={<IconMicrophone size={18} aria-hidden />}
                      aria-label={t('mock.actionNamed', { name: `${participant.firstName} ${participant.lastName}` })}>{t('mock.action')}</Button>
                    <Button size="sm" variant="default" leftSection={<IconKey size={18} aria-hidden />} onClick={() => setDialog({ kind: 'pin', participant })}
                      aria-label={t('people.resetPinNamed', { name: `${participant.firstName} ${participant.lastName}` })}>{t('people.resetPin')}</Button>
                    <Button size="sm" variant="default" component={Link} to={`/participants/${participant.id}/privacy`} leftSection={<IconShieldLock size={18} aria-hidden />}
                      aria-label={t('privacy.staff.openNamed', { name: `${participant.firstName} ${participant.lastName}` })}>{t('privacy.staff.open')}</Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <CohortPlansPanel cohortId={cohortId} />
      {(dialog?.kind === 'add' || dialog?.kind === 'edit') && (
        <ParticipantFormModal
          cohortId={cohortId}
          participant={dialog.kind === 'edit' ? dialog.participant : null}
          onClose={() => setDialog(null)}
          onSaved={(participant) => {
            upsertParticipant(participant);
            setDialog(null);
          }}
        />
      )}
      {dialog?.kind === 'pin' && (
        <ResetPinModal participant={dialog.participant} onClose={() => setDialog(null)} onSaved={(participant) => { upsertParticipant(participant); setDialog(null); }} />
      )}
      {dialog?.kind === 'cohort' && cohort && (
        <CohortFormModal cohort={cohort} staff={staff} defaultPlace={cohort.place} onClose={() => setDialog(null)} onSaved={() => { setDialog(null); void loadCohorts(); }} />
      )}
    </Stack>
  );
}
