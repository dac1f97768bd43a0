import { Alert, Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconUsb } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BACKUP_PASSPHRASE_MIN } from '../../../shared/backup/reasons';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage } from '../../components/error-message';
import { exportToFile, useBackups } from './store';

/** The passphrase twice, and the warning that nobody can open the file without it. */
export function ExportModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const busy = useBackups((state) => state.busy === 'export');
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const tooShort = passphrase.length < BACKUP_PASSPHRASE_MIN;
  const mismatch = again !== passphrase;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (tooShort || mismatch) return;
    setError(null);
    const refusal = await exportToFile(passphrase);
    if (refusal) setError(errorMessage(refusal, t));
    else onClose();
  };

  return (
    <AppModal opened onClose={busy ? () => undefined : onClose} centered size="lg" title={<Text fw={700} size="lg">{t('backups.export.title')}</Text>}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack>
          <Text>{t('backups.export.body')}</Text>
          <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />}>
            <Text>{t('backups.export.warning')}</Text>
          </Alert>
          <PasswordInput
            label={t('backups.export.passphrase')}
            description={t('backups.export.passphraseHint')}
            withAsterisk
            value={passphrase}
            maxLength={200}
            autoComplete="new-password"
            data-autofocus
            error={tried && tooShort ? t('backups.export.tooShort') : null}
            onChange={(event) => setPassphrase(event.currentTarget.value)}
          />
          <PasswordInput
            label={t('backups.export.passphraseConfirm')}
            withAsterisk
            value={again}
            maxLength={200}
            autoComplete="new-password"
            error={tried && !tooShort && mismatch ? t('backups.export.mismatch') : null}
            onChange={(event) => setAgain(event.currentTarget.value)}
          />
          <ErrorAlert message={error} />
          {busy && <Text role="status">{t('backups.export.working')}</Text>}
          <Group justify="flex-end">
            <Button variant="default" size="md" onClick={onClose} disabled={busy}>{t('common.cancel')}</Button>
            <Button type="submit" size="md" leftSection={<IconUsb aria-hidden />} loading={busy}>{t('backups.export.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
