import { Anchor, Badge, Button, Checkbox, Group, List, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconCertificate, IconFileTypePdf, IconFileZip, IconPlayerStop, IconPrinter, IconSettings } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { EligibilityRowDto } from '../../../shared/api/dto';
import type { IneligibilityReason } from '../../../shared/certificates/eligibility';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSession } from '../session/store';
import { ForceIssueModal } from './ForceIssueModal';
import { cancelIssuing, clearProgress, downloadCertificates, issueCertificates, loadEligibility, useCertificates } from './store';

/** Who may receive a certificate in this cohort and why not; issue them all with a progress bar, then print. */
export function CohortCertificatesScreen() {
  const { t } = useTranslation();
  const { cohortId = '' } = useParams();
  const { rows, progress } = useCertificates();
  const isCoordinator = useSession((state) => state.user?.role === 'coordinator');
  const [selected, setSelected] = useState<Set<string> | null>(null);
  const [forcing, setForcing] = useState<EligibilityRowDto | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    clearProgress();
    void loadEligibility(cohortId).then((code) => setError(code ? t(`errors.${code}`) : null));
  }, [cohortId, t]);

  // By default, everyone eligible who has no certificate yet is ticked.
  const toIssue = useMemo(() => rows?.filter((row) => row.eligible && !row.certificate).map((row) => row.participantId) ?? [], [rows]);
  const chosen = selected ?? new Set(toIssue);
  const issuedIds = rows?.flatMap((row) => (row.certificate ? [row.certificate.id] : [])) ?? [];
  const running = progress !== null && progress.done < progress.total && !progress.cancelled;

  const issue = async (participantIds: string[], reason: string | null) => {
    const { error: code } = await issueCertificates(cohortId, participantIds, reason);
    setError(code ? t(`errors.${code}`) : null);
    setSelected(null);
  };
  const get = async (as: 'pdf' | 'zip' | 'print') => {
    const code = await downloadCertificates(issuedIds, as);
    setError(code ? t(`errors.${code}`) : null);
  };

  return (
    <Stack gap="lg" maw={1300}>
      <Anchor component={Link} to={`/cohorts/${cohortId}`}><Group gap={4}><IconArrowLeft size={20} aria-hidden />{t('plan.review.back')}</Group></Anchor>
      <Group justify="space-between" wrap="wrap">
        <Title order={1}>{t('certificates.cohortTitle')}</Title>
        {isCoordinator && <Button variant="default" component={Link} to="/certificates/settings" leftSection={<IconSettings aria-hidden />}>{t('certificates.settingsTitle')}</Button>}
      </Group>
      <ErrorAlert message={error} />
      {rows && rows.length === 0 && <Text>{t('people.empty')}</Text>}
      {rows && rows.length > 0 && (
        <Table.ScrollContainer minWidth={900} type="native">
          <Table verticalSpacing="sm" fz="md" aria-label={t('certificates.cohortTitle')}>
            <Table.Thead>
              <Table.Tr>
                {isCoordinator && <Table.Th w={56}><span className="visually-hidden">{t('certificates.select')}</span></Table.Th>}
                <Table.Th>{t('people.name')}</Table.Th>
                <Table.Th>{t('certificates.conditions')}</Table.Th>
                <Table.Th>{t('certificates.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => {
                const name = `${row.firstName} ${row.lastName}`;
                return (
                  <Table.Tr key={row.participantId} data-testid="eligibility-row">
                    {isCoordinator && (
                      <Table.Td>
                        <Checkbox size="md" aria-label={t('certificates.selectNamed', { name })} disabled={!row.eligible || row.certificate !== null || running}
                          checked={chosen.has(row.participantId)}
                          onChange={(event) => {
                            const next = new Set(chosen);
                            if (event.currentTarget.checked) next.add(row.participantId);
                            else next.delete(row.participantId);
                            setSelected(next);
                          }} />
                      </Table.Td>
                    )}
                    <Table.Td><Text fw={600} style={{ overflowWrap: 'anywhere' }}>{name}</Text></Table.Td>
                    <Table.Td><ModuleConditions row={row} /></Table.Td>
                    <Table.Td>
                      <Stack gap={6} align="flex-start">
                        {row.certificate ? (
                          <Badge color="teal" size="lg" variant="light" leftSection={<IconCertificate size={16} aria-hidden />}>{row.certificate.number}</Badge>
                        ) : row.eligible ? (
                          <Badge color="teal" size="lg" variant="outline">{t('certificates.eligible')}</Badge>
                        ) : (
                          <Badge color="gray" size="lg" variant="outline">{t('certificates.notEligible')}</Badge>
                        )}
                        {row.certificate?.forcedReason && <Text size="sm">{t('certificates.forcedWith', { reason: row.certificate.forcedReason })}</Text>}
                        {isCoordinator && !row.eligible && !row.certificate && (
                          <Button size="sm" variant="default" disabled={running} onClick={() => setForcing(row)} aria-label={t('certificates.forceNamed', { name })}>{t('certificates.force')}</Button>
                        )}
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {isCoordinator && rows && (
        <Stack gap="sm">
          <Group>
            <Button size="lg" leftSection={<IconCertificate aria-hidden />} disabled={chosen.size === 0 || running} onClick={() => void issue([...chosen], null)}>
              {t('certificates.issue', { count: chosen.size })}
            </Button>
            {running && <Button size="lg" variant="default" color="red" leftSection={<IconPlayerStop aria-hidden />} onClick={cancelIssuing}>{t('common.cancel')}</Button>}
          </Group>
          {progress && (
            <Stack gap={4}>
              <Progress value={progress.total === 0 ? 100 : (progress.done / progress.total) * 100} size="xl" aria-label={t('certificates.progressLabel')} />
              <Text role="status">{t(progress.cancelled ? 'certificates.cancelled' : 'certificates.progress', { done: progress.done, total: progress.total })}</Text>
            </Stack>
          )}
          <Group>
            <Button variant="default" leftSection={<IconPrinter aria-hidden />} disabled={issuedIds.length === 0 || running} onClick={() => void get('print')}>
              {t('certificates.print', { count: issuedIds.length })}
            </Button>
            <Button variant="default" leftSection={<IconFileTypePdf aria-hidden />} disabled={issuedIds.length === 0 || running} onClick={() => void get('pdf')}>
              {t('certificates.downloadPdf', { count: issuedIds.length })}
            </Button>
            <Button variant="default" leftSection={<IconFileZip aria-hidden />} disabled={issuedIds.length === 0 || running} onClick={() => void get('zip')}>
              {t('certificates.downloadZip', { count: issuedIds.length })}
            </Button>
          </Group>
        </Stack>
      )}
      {forcing && <ForceIssueModal row={forcing} onClose={() => setForcing(null)} onConfirm={(reason) => { const row = forcing; setForcing(null); void issue([row.participantId], reason); }} />}
    </Stack>
  );
}

function ModuleConditions({ row }: { row: EligibilityRowDto }) {
  const { t } = useTranslation();
  const hours = (minutes: number) => Math.floor(minutes / 30) / 2;
  const reason = (item: IneligibilityReason) =>
    item.kind === 'attendance' ? t('certificates.reasons.attendance', { percent: item.percent, required: item.required })
      : item.kind === 'lessons' ? t('certificates.reasons.lessons', { count: item.missing })
        : t('certificates.reasons.noSessions');
  return (
    <List spacing={4} listStyleType="none" p={0}>
      {row.modules.map((module) => (
        <List.Item key={module.moduleId}>
          <Text span fw={600}>{t(`certificates.modules.${module.moduleId}`)}</Text>
          {' — '}{t('certificates.hours', { attended: hours(module.minutesAttended), scheduled: hours(module.minutesScheduled) })}
          {module.reasons.length > 0 && <Text size="sm" c="orange.9">{module.reasons.map(reason).join(' · ')}</Text>}
        </List.Item>
      ))}
    </List>
  );
}
