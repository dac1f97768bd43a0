import { Button, Group, Stack, Text } from '@mantine/core';
import { IconPlayerPause, IconPlayerPlay, IconRotate } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNow } from '../../components/useNow';

const two = (n: number) => String(n).padStart(2, '0');
export const formatDuration = (ms: number) => {
  const total = Math.max(Math.round(ms / 1000), 0);
  return `${two(Math.floor(total / 60))}:${two(total % 60)}`;
};


/** Clock and elapsed time since the start (click to reset). */
export function PresenterClock() {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const [start, setStart] = useState(() => Date.now());
  return (
    <Group justify="space-between" align="flex-start">
      <Stack gap={0}>
        <Text size="sm">{t('projection.clock')}</Text>
        <Text fz={40} fw={700} ff="monospace">{new Date(now).toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit' })}</Text>
      </Stack>
      <Stack gap={0} align="flex-end">
        <Text size="sm">{t('projection.elapsed')}</Text>
        <Button variant="subtle" color="dark" fz={40} h={56} px={4} ff="monospace" onClick={() => setStart(Date.now())} aria-label={t('projection.resetElapsed', { time: formatDuration(now - start) })}>
          {formatDuration(now - start)}
        </Button>
      </Stack>
    </Group>
  );
}

/** The group activity's countdown: start, pause, start again. */
export function ActivityCountdown({ minutes }: { minutes: number }) {
  const { t } = useTranslation();
  const now = useNow();
  const [left, setLeft] = useState(minutes * 60_000);
  const [runningSince, setRunningSince] = useState<number | null>(null);
  const remaining = runningSince === null ? left : left - (now - runningSince);
  return (
    <Stack gap="xs">
      <Text size="sm">{t('projection.activityTimer')}</Text>
      <Text fz={48} fw={700} ff="monospace" c={remaining <= 0 ? 'red.9' : undefined} role="timer">{remaining <= 0 ? t('projection.timeUp') : formatDuration(remaining)}</Text>
      <Group gap="xs">
        {runningSince === null ? (
          <Button size="md" leftSection={<IconPlayerPlay aria-hidden />} onClick={() => setRunningSince(Date.now())}>{t('projection.startTimer')}</Button>
        ) : (
          <Button size="md" leftSection={<IconPlayerPause aria-hidden />} onClick={() => { setLeft(remaining); setRunningSince(null); }}>{t('projection.pauseTimer')}</Button>
        )}
        <Button size="md" variant="default" leftSection={<IconRotate aria-hidden />} onClick={() => { setLeft(minutes * 60_000); setRunningSince(null); }}>{t('projection.resetTimer')}</Button>
      </Group>
    </Stack>
  );
}
