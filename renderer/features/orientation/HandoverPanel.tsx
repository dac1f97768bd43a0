import { Alert, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { IconCircleCheck, IconCircleMinus, IconFileZip } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CohortDto, HandoverRowDto } from '../../../shared/api/dto';
import { countryName } from '../../../shared/domain/countries';
import { api } from '../../api/api';
import { download } from '../../api/download';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage } from '../../components/forms';
import { asLanguage } from '../../i18n';
import { formatDay } from './store';

/** For the coordinator: each participant of a cohort, their consent to share, and their hand-over pack (only with consent). */
export function HandoverPanel() {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const [cohorts, setCohorts] = useState<CohortDto[] | null>(null);
  const [cohortId, setCohortId] = useState<string | null>(null);
  const [rows, setRows] = useState<HandoverRowDto[] | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [made, setMade] = useState<string | null>(null);

  useEffect(() => {
    void api()['cohorts.list']({}).then((result) => {
      if (!result.ok) return setError(errorMessage(result.error, t));
      setCohorts(result.value);
      setCohortId((current) => current ?? result.value.find((c) => c.isActive)?.id ?? result.value[0]?.id ?? null);
    });
  }, [t]);

  useEffect(() => {
    if (!cohortId) return;
    let cancelled = false;
    void api()['handover.list']({ cohortId }).then((result) => {
      if (cancelled) return;
      if (result.ok) setRows(result.value);
      else setError(errorMessage(result.error, t));
    });
    return () => {
      cancelled = true;
    };
  }, [cohortId, t]);

  const reload = async (id: string) => {
    const result = await api()['handover.list']({ cohortId: id });
    if (result.ok && id === cohortId) setRows(result.value);
  };

  const exportPack = async (row: HandoverRowDto) => {
    setBusy(row.participantId);
    setError(null);
    setMade(null);
    const result = await api()['handover.export']({ participantId: row.participantId });
    setBusy(null);
    if (!result.ok) {
      setError(result.error.fields?.participantId?.key === 'orientation.handover.noConsent' ? t('orientation.handover.noConsent') : errorMessage(result.error, t));
    } else {
      download(result.value);
      setMade(t('orientation.handover.made', { file: result.value.fileName }));
    }
    if (cohortId) await reload(cohortId);
  };

  return (
    <Stack gap="md">
      <Text>{t('orientation.handover.intro')}</Text>
      <Select
        label={t('orientation.handover.cohort')}
        w={360}
        allowDeselect={false}
        data={(cohorts ?? []).map((cohort) => ({ value: cohort.id, label: cohort.name }))}
        value={cohortId}
        onChange={(value) => {
          setRows(null);
          setCohortId(value);
        }}
      />
      <ErrorAlert message={error} />
      {made && <Alert color="teal" variant="light" role="status">{made}</Alert>}
      {rows?.length === 0 && <Text>{t('orientation.handover.none')}</Text>}
      {rows && rows.length > 0 && (
        <Table verticalSpacing="sm" fz="md" striped aria-label={t('orientation.handover.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('orientation.handover.name')}</Table.Th>
              <Table.Th>{t('orientation.handover.consent')}</Table.Th>
              <Table.Th>{t('orientation.handover.contents')}</Table.Th>
              <Table.Th>{t('orientation.handover.last')}</Table.Th>
              <Table.Th><span className="visually-hidden">{t('orientation.handover.action')}</span></Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => {
              const name = `${row.firstName} ${row.lastName}`;
              const last = row.handovers[0];
              return (
                <Table.Tr key={row.participantId}>
                  <Table.Td>
                    <Text fw={600} style={{ overflowWrap: 'anywhere' }}>{name}</Text>
                    <Text size="sm">{countryName(row.country, language)}{row.city ? ` — ${row.city}` : ''}</Text>
                  </Table.Td>
                  <Table.Td>
                    {row.consentGivenAt ? (
                      <Group gap={6} wrap="nowrap" align="flex-start">
                        <IconCircleCheck size={22} color="var(--mantine-color-teal-8)" aria-hidden style={{ flexShrink: 0 }} />
                        <Text c="teal.9" fw={600}>{t('orientation.handover.consentGiven', { date: formatDay(row.consentGivenAt, language) })}</Text>
                      </Group>
                    ) : (
                      <Group gap={6} wrap="nowrap" align="flex-start">
                        <IconCircleMinus size={22} color="var(--mantine-color-gray-7)" aria-hidden style={{ flexShrink: 0 }} />
                        <Text>{t('orientation.handover.consentMissing')}</Text>
                      </Group>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {[
                      row.contents.certificate ? t('orientation.handover.certificate', { number: row.contents.certificate }) : t('orientation.handover.noCertificate'),
                      `${t('orientation.handover.cvs', { count: row.contents.cvs })} · ${t('orientation.handover.plans', { count: row.contents.plans })}`,
                      t('orientation.handover.sessions', { count: row.contents.orientationSessions }),
                    ].map((line) => <Text key={line} style={{ whiteSpace: 'nowrap' }}>{line}</Text>)}
                  </Table.Td>
                  <Table.Td>
                    {last
                      ? last.createdBy
                        ? t('orientation.handover.lastSent', { date: formatDay(last.createdAt, language), name: last.createdBy })
                        : t('orientation.handover.lastSentNoName', { date: formatDay(last.createdAt, language) })
                      : t('orientation.handover.never')}
                  </Table.Td>
                  <Table.Td ta="right">
                    <Button size="md" variant={row.consentGivenAt ? 'filled' : 'default'} leftSection={<IconFileZip size={20} aria-hidden />}
                      disabled={!row.consentGivenAt} loading={busy === row.participantId} onClick={() => void exportPack(row)}
                      aria-label={t('orientation.handover.actionNamed', { name })} styles={{ root: { height: 'auto', minHeight: 44, paddingBlock: 8 }, label: { whiteSpace: 'normal', textAlign: 'left' } }}>
                      {t('orientation.handover.action')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
