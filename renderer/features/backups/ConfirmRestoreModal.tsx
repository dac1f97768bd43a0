import { Button, Group, List, Stack, Text } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupDto } from '../../../shared/backup/types';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage } from '../../components/error-message';
import { formatBackupDate } from './format';
import { restore, useBackups } from './store';

export type RestoreSource = { kind: 'backup'; backup: BackupDto } | { kind: 'file'; file: File; passphrase: string };

/**
 * The one confirmation before data is replaced: what replaces it (a dated
 * backup or a named file), that the current data is saved first, and that
 * everyone signs in again. A refusal stays in the dialog; nothing changed.
 */
export function ConfirmRestoreModal({ source, onClose }: { source: RestoreSource; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const busy = useBackups((state) => state.busy === 'restore');
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    setError(null);
    const refusal = await restore(source.kind === 'backup' ? { fileName: source.backup.fileName } : { file: source.file, passphrase: source.passphrase });
    if (refusal) setError(errorMessage(refusal, t));
  };

  return (
    <AppModal opened onClose={busy ? () => undefined : onClose} centered size="lg" title={<Text fw={700} size="lg">{t('backups.confirm.title')}</Text>}>
      <Stack>
        <List spacing="sm">
          <List.Item>
            {source.kind === 'backup'
              ? t('backups.confirm.fromBackup', { date: formatBackupDate(source.backup.createdAt, i18n.language) })
              : t('backups.confirm.fromFile', { name: source.file.name })}
          </List.Item>
          <List.Item>{t('backups.confirm.savedFirst')}</List.Item>
          <List.Item>{t('backups.confirm.signOut')}</List.Item>
        </List>
        <ErrorAlert message={error} />
        <Group justify="flex-end">
          <Button variant="default" size="md" onClick={onClose} disabled={busy} data-autofocus>{t('common.cancel')}</Button>
          <Button color="red.9" size="md" leftSection={<IconRestore aria-hidden />} loading={busy} onClick={() => void confirm()}>
            {t('backups.confirm.submit')}
          </Button>
        </Group>
        {busy && <Text role="status">{t('backups.confirm.working')}</Text>}
      </Stack>
    </AppModal>
  );
}
