import { Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DraftState } from '../features/session/useDraft';

/** The visible saved / saving / error state of a draft. */
export function SaveState({ state }: { state: DraftState }) {
  const { t } = useTranslation();
  if (state === 'idle') return null;
  const Icon = state === 'saved' ? IconCheck : state === 'saving' ? IconDeviceFloppy : IconAlertTriangle;
  return (
    <Group gap={6} c={state === 'error' ? 'red.8' : 'dimmed'} role="status" aria-live="polite">
      <Icon size={20} aria-hidden />
      <Text size="sm" c="inherit">{t(`draft.${state}`)}</Text>
    </Group>
  );
}
