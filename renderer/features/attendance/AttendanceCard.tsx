import { Button, Card, Group, NumberInput, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCircleDashed, IconClock, IconX, type Icon } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceMarkDto, ParticipantDto } from '../../../shared/api/dto';
import { PersonAvatar } from '../../components/PersonAvatar';
import { MARK_STATUSES, parseMinutes, toggledStatus, type MarkStatus } from './attendance';

/** Each state has its own icon, word and colour, so none depends on colour alone. */
export const STATUS_LOOK: Record<MarkStatus | 'unmarked', { icon: Icon; color: string }> = {
  present: { icon: IconCheck, color: 'teal.8' },
  late: { icon: IconClock, color: 'orange.8' },
  absent: { icon: IconX, color: 'red.9' },
  unmarked: { icon: IconCircleDashed, color: 'gray.7' },
};

interface Props {
  participant: Pick<ParticipantDto, 'id' | 'firstName' | 'lastName' | 'avatar'>;
  mark: AttendanceMarkDto | undefined;
  /** An error code when the last tap for this person was not saved. */
  error: string | undefined;
  onMark: (status: MarkStatus | null, minutesMissed: number | null) => void;
}

/** One person: three large toggle buttons (present, late, absent); a pressed one clears when tapped again; minutes missed when late. */
export function AttendanceCard({ participant, mark, error, onMark }: Props) {
  const { t } = useTranslation();
  const name = `${participant.firstName} ${participant.lastName}`;
  const state = mark?.status ?? 'unmarked';
  const Current = STATUS_LOOK[state].icon;
  return (
    <Card withBorder radius="lg" padding="md" component="li" style={{ borderWidth: 2, borderColor: `var(--mantine-color-${STATUS_LOOK[state].color.replace('.', '-')})`, borderStyle: mark ? 'solid' : 'dashed' }}>
      <Stack gap="sm">
        <Group gap="md" wrap="nowrap">
          <PersonAvatar avatar={participant.avatar} firstName={participant.firstName} lastName={participant.lastName} size={56} />
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Text fw={700} size="lg" style={{ overflowWrap: 'anywhere' }}>{name}</Text>
            <Group gap={4} c={STATUS_LOOK[state].color} wrap="nowrap">
              <Current size={20} aria-hidden />
              <Text c="inherit" fw={600}>{t(`attendance.${state}`)}</Text>
            </Group>
          </Stack>
        </Group>
        <Group gap="xs" grow role="group" aria-label={t('attendance.groupNamed', { name })}>
          {MARK_STATUSES.map((status) => {
            const Look = STATUS_LOOK[status].icon;
            const pressed = mark?.status === status;
            return (
              <Button
                key={status}
                size="lg"
                px="xs"
                variant={pressed ? 'filled' : 'default'}
                color={STATUS_LOOK[status].color}
                aria-pressed={pressed}
                leftSection={<Look size={22} aria-hidden />}
                onClick={() => onMark(toggledStatus(mark?.status ?? null, status), status === 'late' ? (mark?.minutesMissed ?? null) : null)}
              >
                {t(`attendance.${status}`)}
              </Button>
            );
          })}
        </Group>
        {mark?.status === 'late' && <MinutesField name={name} value={mark.minutesMissed} onSave={(minutes) => onMark('late', minutes)} />}
        {error && (
          <Group gap={6} c="red.9" wrap="nowrap">
            <IconAlertTriangle size={20} aria-hidden />
            <Text c="inherit" fw={600}>{t('attendance.cardError')}</Text>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/** Minutes missed by someone late; saved when the field is left, empty meaning "not noted". */
function MinutesField({ name, value, onSave }: { name: string; value: number | null; onSave: (minutes: number | null) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState<string | number>(value ?? '');
  const [invalid, setInvalid] = useState(false);
  const commit = () => {
    const minutes = parseMinutes(text);
    setInvalid(minutes === undefined);
    if (minutes !== undefined && minutes !== value) onSave(minutes);
  };
  return (
    <NumberInput
      label={t('attendance.minutesMissed')}
      description={t('attendance.minutesHint')}
      aria-label={`${t('attendance.minutesMissed')} — ${name}`}
      value={text}
      onChange={setText}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
      }}
      min={0}
      max={24 * 60}
      allowNegative={false}
      allowDecimal={false}
      hideControls
      inputMode="numeric"
      error={invalid ? t('attendance.minutesInvalid') : null}
      maw={260}
    />
  );
}
