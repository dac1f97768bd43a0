import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConsentEventDto } from '../../../shared/consents/types';
import type { Language } from '../../../shared/domain/roles';
import { formatMoment } from './format';

/** Every consent given or withdrawn, newest first: when, which text (version, language), and who recorded it. */
export function ConsentHistoryTable({ history, language }: { history: ConsentEventDto[]; language: Language }) {
  const { t } = useTranslation();
  const who = (event: ConsentEventDto) =>
    event.source === 'paper' || event.source === 'staff'
      ? t(`privacy.sources.${event.source}`, { name: event.recordedBy?.name ?? t('privacy.sources.someone') })
      : t(`privacy.sources.${event.source}`);
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="consent-history">
      <Stack gap="sm">
        <Title order={2} size="h3" id="consent-history">{t('privacy.staff.history')}</Title>
        {history.length === 0 ? <Text>{t('privacy.staff.noHistory')}</Text> : (
          <Table.ScrollContainer minWidth={760} tabIndex={0} aria-label={t('privacy.staff.history')}>
            <Table verticalSpacing="sm" fz="md" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('privacy.staff.when')}</Table.Th>
                  <Table.Th>{t('privacy.staff.purpose')}</Table.Th>
                  <Table.Th>{t('privacy.staff.action')}</Table.Th>
                  <Table.Th>{t('privacy.staff.version')}</Table.Th>
                  <Table.Th>{t('privacy.staff.by')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {history.map((event) => (
                  <Table.Tr key={event.id}>
                    <Table.Td>{formatMoment(event.at, language)}</Table.Td>
                    <Table.Td>{t(`privacy.purposes.${event.purpose}`)}</Table.Td>
                    <Table.Td>{t(`privacy.actions.${event.action}`)}</Table.Td>
                    <Table.Td>{event.textVersion}{event.language ? ` (${event.language.toUpperCase()})` : ''}</Table.Td>
                    <Table.Td>{who(event)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
