import { Alert, Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconDownload, IconSignature, IconTrash, IconX } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { ParticipantDto } from '../../../shared/api/dto';
import type { ParticipantConsentsDto } from '../../../shared/consents/types';
import type { ConsentPurpose } from '../../../shared/consents/texts';
import { api } from '../../api/api';
import { download } from '../../api/download';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage } from '../../components/error-message';
import { asLanguage } from '../../i18n';
import { useSession } from '../session/store';
import { ConsentHistoryTable } from './ConsentHistoryTable';
import { EraseDialog } from './EraseDialog';
import { formatDay } from './format';
import { RecordConsentModal } from './RecordConsentModal';

type Dialog = { kind: 'record'; purpose: ConsentPurpose; given: boolean } | { kind: 'erase' } | null;

/**
 * A participant's data and consents, for staff: where each consent stands
 * and its history; a consent signed on paper or a withdrawal recorded on
 * their behalf; and, for the coordinator, a copy of all their data and
 * erasure for good.
 */
export function ParticipantPrivacyScreen() {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const { participantId = '' } = useParams();
  const navigate = useNavigate();
  const isCoordinator = useSession((state) => state.user?.role === 'coordinator');
  const [participant, setParticipant] = useState<ParticipantDto | null>(null);
  const [details, setDetails] = useState<ParticipantConsentsDto | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [exporting, setExporting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void Promise.all([api()['participants.get']({ participantId }), api()['consents.details']({ participantId })]).then(([person, consents]) => {
      if (person.ok) setParticipant(person.value);
      if (consents.ok) setDetails(consents.value);
      const failed = !person.ok ? person : !consents.ok ? consents : null;
      if (failed && !failed.ok) setError(errorMessage(failed.error, t));
    });
  }, [participantId, t]);

  const exportData = async () => {
    setExporting(true);
    setError(null);
    const result = await api()['privacy.exportParticipant']({ participantId });
    setExporting(false);
    if (!result.ok) return setError(errorMessage(result.error, t));
    download(result.value);
    setNotice(t('privacy.staff.exported', { file: result.value.fileName }));
  };

  const name = participant ? `${participant.firstName} ${participant.lastName}` : '';
  return (
    <Stack gap="lg" maw={1100}>
      {participant && (
        <Anchor component={Link} to={`/cohorts/${participant.cohortId}`} size="md"><Group gap={4}><IconArrowLeft size={20} aria-hidden />{t('privacy.staff.back')}</Group></Anchor>
      )}
      <Title order={1} style={{ overflowWrap: 'anywhere' }}>{participant ? t('privacy.staff.title', { name }) : t('privacy.staff.titleShort')}</Title>
      <ErrorAlert message={error} />
      {notice && <Text role="status" c="teal.9">{notice}</Text>}
      {details?.erasureRequested && (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} role="note">{t('privacy.staff.erasureRequested')}</Alert>
      )}
      {details && (
        <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="consents-now">
          <Stack gap="sm">
            <Title order={2} size="h3" id="consents-now">{t('privacy.staff.now')}</Title>
            <Table.ScrollContainer minWidth={700} tabIndex={0} aria-label={t('privacy.staff.now')}>
              <Table verticalSpacing="sm" fz="md" striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('privacy.staff.purpose')}</Table.Th>
                    <Table.Th>{t('privacy.staff.state')}</Table.Th>
                    <Table.Th>{t('privacy.staff.version')}</Table.Th>
                    <Table.Th><span className="visually-hidden">{t('people.actions')}</span></Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {details.current.map((state) => (
                    <Table.Tr key={state.purpose} data-testid={`consent-row-${state.purpose}`}>
                      <Table.Td fw={600}>{t(`privacy.purposes.${state.purpose}`)}</Table.Td>
                      <Table.Td>
                        {/* Plain text, not a badge: a badge cuts a long date. */}
                        {state.given
                          ? <Text fw={600} c="teal.9">{t('privacy.staff.givenOn', { date: formatDay(state.givenAt!, language) })}</Text>
                          : state.withdrawnAt
                            ? <Text fw={600} c="orange.9">{t('privacy.staff.withdrawnOn', { date: formatDay(state.withdrawnAt, language) })}</Text>
                            : <Text c="dimmed">{t('privacy.staff.never')}</Text>}
                      </Table.Td>
                      <Table.Td>{state.given ? `${state.textVersion ?? '—'}${state.language ? ` (${state.language.toUpperCase()})` : ''}` : '—'}</Table.Td>
                      <Table.Td>
                        <Group justify="flex-end">
                          {state.given
                            ? <Button size="sm" variant="default" leftSection={<IconX size={18} aria-hidden />} onClick={() => setDialog({ kind: 'record', purpose: state.purpose, given: false })}
                                aria-label={t('privacy.staff.withdrawNamed', { purpose: t(`privacy.purposes.${state.purpose}`) })}>{t('privacy.staff.withdraw')}</Button>
                            : <Button size="sm" variant="default" leftSection={<IconSignature size={18} aria-hidden />} onClick={() => setDialog({ kind: 'record', purpose: state.purpose, given: true })}
                                aria-label={t('privacy.staff.paperNamed', { purpose: t(`privacy.purposes.${state.purpose}`) })}>{t('privacy.staff.paper')}</Button>}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        </Paper>
      )}
      {details && <ConsentHistoryTable history={details.history} language={language} />}
      {isCoordinator && participant && (
        <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="rights-title">
          <Stack gap="md">
            <Title order={2} size="h3" id="rights-title">{t('privacy.staff.rights')}</Title>
            <Text>{t('privacy.staff.exportHint')}</Text>
            <Group><Button leftSection={<IconDownload aria-hidden />} loading={exporting} onClick={() => void exportData()}>{t('privacy.staff.export')}</Button></Group>
            <Text>{t('privacy.staff.eraseHint')}</Text>
            <Group><Button color="red.9" variant="outline" leftSection={<IconTrash aria-hidden />} onClick={() => setDialog({ kind: 'erase' })}>{t('privacy.staff.erase')}</Button></Group>
          </Stack>
        </Paper>
      )}
      {dialog?.kind === 'record' && participant && (
        <RecordConsentModal participant={participant} purpose={dialog.purpose} given={dialog.given} onClose={() => setDialog(null)}
          onSaved={(next) => { setDetails(next); setDialog(null); }} />
      )}
      {dialog?.kind === 'erase' && participant && (
        <EraseDialog people={[{ id: participant.id, name }]} reason={details?.erasureRequested ? 'withdrawn' : 'request'} onClose={() => setDialog(null)}
          onErased={() => void navigate(`/cohorts/${participant.cohortId}`)} />
      )}
    </Stack>
  );
}
