import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopSessionDto } from '../../../shared/api/dto';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { longDate } from './attendance';
import { deleteSession } from './store';

/** Asks before a session and its attendance marks are deleted. */
export function DeleteSessionModal({ session, onClose }: { session: WorkshopSessionDto; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const remove = async () => {
    setBusy(true);
    const code = await deleteSession(session.cohortId, session.id);
    setBusy(false);
    if (code) setError(t(`errors.${code}`));
    else onClose();
  };
  return (
    <AppModal opened onClose={onClose} centered title={<Text fw={700} size="lg">{t('sessions.deleteTitle')}</Text>}>
      <Stack>
        <Text>{t('sessions.deleteBody', { date: longDate(session.date, i18n.language) })}</Text>
        <ErrorAlert message={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>{t('common.cancel')}</Button>
          <Button color="red.9" loading={busy} onClick={() => void remove()}>{t('sessions.delete')}</Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
