import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconClipboardCheck, IconClock, IconMapPin, IconPencil, IconTrash, IconUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WorkshopSessionDto } from '../../../shared/api/dto';
import { longDate } from './attendance';
import { capitalise, MODULE_COLOUR } from './format';

interface Props {
  session: WorkshopSessionDto;
  facilitatorName: string | null;
  participantCount: number;
  onEdit: () => void;
  onDelete: () => void;
}

/** One session in the list: when, which module, where, who leads it, how far the attendance went; its attendance opens from here. */
export function SessionCard({ session, facilitatorName, participantCount, onEdit, onDelete }: Props) {
  const { t, i18n } = useTranslation();
  const date = capitalise(longDate(session.date, i18n.language));
  const name = `${t(`sessions.modules.${session.moduleId}`)}, ${date}`;
  return (
    <Card withBorder radius="lg" padding="md" component="li">
      <Stack gap={6}>
        <Group gap="md" wrap="wrap">
          <Title order={2} size="h3">{date}</Title>
          <Badge color={MODULE_COLOUR[session.moduleId]} variant="light">{t(`sessions.modules.${session.moduleId}`)}</Badge>
        </Group>
        <Group gap="lg" wrap="wrap">
          <Group gap={4}><IconClock size={20} aria-hidden /><Text>{t('sessions.times', { start: session.start, end: session.end })}</Text></Group>
          <Group gap={4}><IconMapPin size={20} aria-hidden /><Text style={{ overflowWrap: 'anywhere' }}>{session.place}</Text></Group>
          <Group gap={4}>
            <IconUser size={20} aria-hidden />
            <Text><span className="visually-hidden">{t('sessions.facilitator')} : </span>{facilitatorName ?? t('sessions.noFacilitator')}</Text>
          </Group>
        </Group>
        <Group justify="space-between" align="center" wrap="wrap" gap="sm">
          <Group gap={4}>
            <IconClipboardCheck size={20} aria-hidden />
            <Text fw={600}>
              {session.marked === 0
                ? t('sessions.notMarked')
                : `${t('sessions.marked', { marked: session.marked, total: Math.max(participantCount, session.marked) })} · ${t('sessions.attended', { count: session.attended })}`}
            </Text>
          </Group>
          <Group gap="xs">
            <Button component={Link} to={`/cohorts/${session.cohortId}/sessions/${session.id}`} leftSection={<IconClipboardCheck aria-hidden />}
              aria-label={t('sessions.takeAttendanceNamed', { session: name })}>{t('sessions.takeAttendance')}</Button>
            <Button variant="default" size="md" h={50} leftSection={<IconPencil aria-hidden />} onClick={onEdit} aria-label={t('sessions.editNamed', { session: name })}>{t('common.edit')}</Button>
            <Button variant="default" size="md" h={50} c="red.9" leftSection={<IconTrash aria-hidden />} onClick={onDelete} aria-label={t('sessions.deleteNamed', { session: name })}>{t('sessions.delete')}</Button>
          </Group>
        </Group>
      </Stack>
    </Card>
  );
}
