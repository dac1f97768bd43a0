import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconInfoCircle, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { AppModal } from '../../components/AppModal';
import { refreshStatus, useSession } from '../session/store';
import { loadCohorts } from './store';

/** Sample data is always labelled and goes in one step (real data stays). */
export function SampleDataBanner() {
  const { t } = useTranslation();
  const present = useSession((state) => state.status?.sampleDataPresent ?? false);
  const isCoordinator = useSession((state) => state.user?.role === 'coordinator');
  const [confirming, setConfirming] = useState(false);
  if (!present || !isCoordinator) return null;

  const remove = async () => {
    const result = await api()['sample.remove']({});
    if (result.ok) {
      setConfirming(false);
      await Promise.all([refreshStatus(), loadCohorts()]);
    }
  };

  return (
    <Alert color="orange" variant="light" icon={<IconInfoCircle aria-hidden />} title={t('sample.title')}>
      <Group justify="space-between" wrap="wrap">
        <Text>{t('sample.body')}</Text>
        <Button color="orange" variant="outline" size="md" leftSection={<IconTrash aria-hidden />} onClick={() => setConfirming(true)}>
          {t('sample.remove')}
        </Button>
      </Group>
      {confirming && (
        <AppModal opened onClose={() => setConfirming(false)} centered title={<Text fw={700}>{t('sample.confirmTitle')}</Text>}>
          <Stack>
            <Text>{t('sample.confirmBody')}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(false)}>{t('common.cancel')}</Button>
              <Button color="red" onClick={() => void remove()}>{t('sample.remove')}</Button>
            </Group>
          </Stack>
        </AppModal>
      )}
    </Alert>
  );
}
