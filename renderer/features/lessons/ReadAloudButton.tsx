import { Button } from '@mantine/core';
import { IconPlayerStop, IconVolume, IconVolumeOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/roles';
import type { Segment } from './segments';
import { useReadAloud } from './useReadAloud';

/** "Listen" for the step on screen; when this computer has no voice for the language, it says so. */
export function ReadAloudButton({ segments, language }: { segments: Segment[]; language: Language }) {
  const { t } = useTranslation();
  const { state, read, stop } = useReadAloud(language);
  if (state === 'unavailable' || state === 'checking') {
    return (
      <Button variant="default" leftSection={<IconVolumeOff aria-hidden />} disabled data-testid="read-aloud">
        {t(state === 'checking' ? 'lessons.readAloudChecking' : 'lessons.readAloudUnavailable')}
      </Button>
    );
  }
  return state === 'speaking' ? (
    <Button variant="light" leftSection={<IconPlayerStop aria-hidden />} onClick={stop} data-testid="read-aloud">{t('lessons.stopReading')}</Button>
  ) : (
    <Button variant="light" leftSection={<IconVolume aria-hidden />} onClick={() => read(segments)} data-testid="read-aloud">{t('lessons.readAloud')}</Button>
  );
}
