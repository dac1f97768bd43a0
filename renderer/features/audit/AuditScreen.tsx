import { Box, Button, Group, Loader, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconCalendar, IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_GROUP_NAMES, AUDIT_GROUPS } from '../../../shared/audit/filter';
import type { AuditEntryDto, AuditPersonDto } from '../../../shared/audit/types';
import { formatReportNumber } from '../../../shared/reports/labels';
import { ErrorAlert } from '../../components/ErrorAlert';
import { asLanguage } from '../../i18n';
import { formatAuditClock, formatAuditDay, summariseDetails } from './summary';
import { auditPeriodIsValid, EMPTY_FILTER, loadAudit, loadMoreAudit, resetAudit, setAuditFilter, useAudit } from './store';

const ALL = 'all';

/** The coordinator's view of the append-only audit log: filter by kind, period and person, newest first, more on demand. */
export function AuditScreen() {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const { filter, entries, next, loading, loadingMore, error, loaded } = useAudit();
  const validPeriod = auditPeriodIsValid(filter);

  useEffect(() => {
    void loadAudit();
    return resetAudit;
  }, []);

  const actionOptions = [
    { value: ALL, label: t('audit.allActions') },
    ...AUDIT_GROUP_NAMES.map((group) => ({
      group: t(`audit.groups.${group}`),
      items: [
        { value: group, label: t('audit.wholeGroup', { group: t(`audit.groups.${group}`) }) },
        ...AUDIT_GROUPS[group].map((action) => ({ value: action, label: t(`audit.actions.${action}`) })),
      ],
    })),
  ];

  return (
    <Stack gap="lg" maw={1300}>
      <Stack gap={4}>
        <Title order={1}>{t('audit.title')}</Title>
        <Text>{t('audit.intro')}</Text>
      </Stack>

      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="audit-filters">
        <Stack gap="sm">
          <Title order={2} size="h3" id="audit-filters">{t('audit.filters')}</Title>
          <Group align="flex-end" gap="md">
            <Select
              label={t('audit.action')}
              data={actionOptions}
              value={filter.action ?? ALL}
              onChange={(value) => setAuditFilter({ action: value === null || value === ALL ? null : value })}
              allowDeselect={false}
              maxDropdownHeight={420}
              w={320}
            />
            <TextInput
              type="date"
              label={t('audit.from')}
              value={filter.from ?? ''}
              max={filter.to ?? undefined}
              onChange={(event) => setAuditFilter({ from: event.currentTarget.value || null })}
              leftSection={<IconCalendar size={20} aria-hidden />}
              w={210}
            />
            <TextInput
              type="date"
              label={t('audit.to')}
              value={filter.to ?? ''}
              min={filter.from ?? undefined}
              onChange={(event) => setAuditFilter({ to: event.currentTarget.value || null })}
              error={validPeriod ? null : t('audit.badPeriod')}
              leftSection={<IconCalendar size={20} aria-hidden />}
              w={210}
            />
            <TextInput
              label={t('audit.person')}
              placeholder={t('audit.personHint')}
              value={filter.person}
              maxLength={100}
              onChange={(event) => setAuditFilter({ person: event.currentTarget.value })}
              leftSection={<IconSearch size={20} aria-hidden />}
              w={240}
            />
            <Button variant="default" leftSection={<IconFilterOff aria-hidden />} onClick={() => setAuditFilter(EMPTY_FILTER)}>
              {t('audit.clear')}
            </Button>
          </Group>
        </Stack>
      </Paper>

      <ErrorAlert message={error ? t(`errors.${error}`, { defaultValue: t('errors.INTERNAL') }) : null} />

      <Group gap="sm" aria-live="polite">
        <Text fw={600}>{t('audit.shown', { count: entries.length, n: formatReportNumber(entries.length, language, 0) })}</Text>
        {loading && <Loader size="sm" role="status" aria-label={t('common.loading')} />}
      </Group>

      {loaded && entries.length === 0 && !loading ? (
        <Text size="lg">{t('audit.empty')}</Text>
      ) : (
        <AuditTable entries={entries} />
      )}

      {next && (
        <Group>
          <Button variant="light" loading={loadingMore} onClick={() => void loadMoreAudit()}>{t('audit.loadMore')}</Button>
        </Group>
      )}
    </Stack>
  );
}

function AuditTable({ entries }: { entries: AuditEntryDto[] }) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  if (entries.length === 0) return null;
  return (
    <Paper withBorder radius="md">
      <Box style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label={t('audit.tableLabel')}>
        <Table striped miw={900} verticalSpacing="sm" horizontalSpacing="md">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w={150}>{t('audit.columns.at')}</Table.Th>
              <Table.Th scope="col" w={170}>{t('audit.columns.actor')}</Table.Th>
              <Table.Th scope="col" w={170}>{t('audit.columns.action')}</Table.Th>
              <Table.Th scope="col" w={160}>{t('audit.columns.subject')}</Table.Th>
              <Table.Th scope="col">{t('audit.columns.details')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((entry) => (
              <Table.Tr key={entry.id} data-testid="audit-entry">
                <Table.Td>
                  <time dateTime={entry.at}>
                    <Text span display="block" style={{ whiteSpace: 'nowrap' }}>{formatAuditDay(entry.at, language)}</Text>
                    <Text span display="block" size="sm" c="dimmed">{formatAuditClock(entry.at, language)}</Text>
                  </time>
                </Table.Td>
                <Table.Td>
                  {entry.actor ? (
                    <Person person={entry.actor} detail={entry.actor.role ? t(`roles.${entry.actor.role}`) : null} />
                  ) : (
                    <Text c="dimmed">{t('audit.nobody')}</Text>
                  )}
                </Table.Td>
                <Table.Th scope="row" fw={600}>{t(`audit.actions.${entry.action}`, { defaultValue: entry.action })}</Table.Th>
                <Table.Td>{entry.subject ? <Person person={entry.subject} detail={entry.subject.kind ? t(`audit.kinds.${entry.subject.kind}`) : null} /> : <Text c="dimmed">—</Text>}</Table.Td>
                <Table.Td>{summariseDetails(entry.action, entry.details, t, language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
    </Paper>
  );
}

/** A name looked up now, or a plain label once the person is gone (the log keeps only their ID). */
function Person({ person, detail }: { person: AuditPersonDto; detail: string | null }) {
  const { t } = useTranslation();
  return (
    <Stack gap={0}>
      {person.name ? <Text>{person.name}</Text> : <Text fs="italic">{t('audit.erased')}</Text>}
      {detail && <Text size="sm" c="dimmed">{detail}</Text>}
    </Stack>
  );
}
