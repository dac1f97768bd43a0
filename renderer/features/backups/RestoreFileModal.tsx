import { Button, FileInput, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { MAX_BACKUP_FILE_BYTES } from './store';

/** Step one of a restore from a file: the file and its passphrase. The confirmation comes next. */
export function RestoreFileModal({ onClose, onNext }: { onClose: () => void; onNext: (file: File, passphrase: string) => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);

  const next = (event: FormEvent) => {
    event.preventDefault();
    if (!file || passphrase.length === 0) return setError(t('backups.restoreFile.required'));
    if (file.size > MAX_BACKUP_FILE_BYTES) return setError(t('backups.restoreFile.tooLarge'));
    onNext(file, passphrase);
  };

  return (
    <AppModal opened onClose={onClose} centered size="lg" title={<Text fw={700} size="lg">{t('backups.restoreFile.title')}</Text>}>
      <form onSubmit={next} noValidate>
        <Stack>
          <Text>{t('backups.restoreFile.body')}</Text>
          <FileInput
            label={t('backups.restoreFile.file')}
            placeholder={t('backups.restoreFile.filePlaceholder')}
            withAsterisk
            accept=".foras-backup,application/octet-stream"
            leftSection={<IconFileUpload aria-hidden />}
            value={file}
            onChange={(chosen) => {
              setFile(chosen);
              setError(null);
            }}
            data-autofocus
          />
          <PasswordInput
            label={t('backups.restoreFile.passphrase')}
            withAsterisk
            value={passphrase}
            maxLength={200}
            autoComplete="off"
            onChange={(event) => setPassphrase(event.currentTarget.value)}
          />
          <ErrorAlert message={error} />
          <Group justify="flex-end">
            <Button variant="default" size="md" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" size="md">{t('backups.restoreFile.next')}</Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
