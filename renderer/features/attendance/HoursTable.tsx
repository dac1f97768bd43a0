import { Box, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PersonAvatar } from '../../components/PersonAvatar';
import { modulesWithTime } from './attendance';
import { formatDuration, formatPercent } from './format';
import { useAttendance } from './store';

/** Participant × module: hours attended out of the hours scheduled, and the share. */
export function HoursTable() {
  const { t, i18n } = useTranslation();
  const hours = useAttendance((state) => state.hours);
  if (!hours) return null;
  const modules = modulesWithTime(hours.minutesScheduled);
  return (
    <Stack gap="sm" component="section" aria-labelledby="hours-title">
      <Title order={2} id="hours-title">{t('sessions.hoursTitle')}</Title>
      {modules.length === 0 ? (
        <Text>{t('sessions.hoursNone')}</Text>
      ) : (
        <>
          <Text>{t('sessions.hoursIntro')}</Text>
          <Box style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label={t('sessions.hoursLabel')}>
            <Table verticalSpacing="sm" fz="md" striped aria-label={t('sessions.hoursLabel')} withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('sessions.participant')}</Table.Th>
                  {modules.map((id) => (
                    <Table.Th key={id} scope="col">
                      {t(`sessions.modules.${id}`)}
                      <Text size="sm" c="dimmed" fw={400}>{formatDuration(t, hours.minutesScheduled[id])}</Text>
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {hours.rows.map((row) => (
                  <Table.Tr key={row.participantId}>
                    <Table.Th scope="row" fw={600}>
                      <Group gap="sm" wrap="nowrap">
                        <PersonAvatar avatar={row.avatar} firstName={row.firstName} lastName={row.lastName} size={36} />
                        <span style={{ overflowWrap: 'anywhere' }}>{row.firstName} {row.lastName}</span>
                      </Group>
                    </Table.Th>
                    {modules.map((id) => (
                      <Table.Td key={id}>
                        <Text span fw={700}>{formatPercent(t, i18n.language, row.minutesAttended[id], hours.minutesScheduled[id])}</Text>
                        <Text span> · {t('sessions.hoursCell', { attended: formatDuration(t, row.minutesAttended[id]), scheduled: formatDuration(t, hours.minutesScheduled[id]) })}</Text>
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Box>
        </>
      )}
    </Stack>
  );
}
