import { Alert, Button, Center, Container, Group, List, Loader, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconAlertTriangle, IconCopy, IconPower, IconRefresh, IconRestore } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { errorMessage } from '../../components/error-message';
import { formatBackupDate, formatSize } from '../backups/format';
import { switchDeviceLanguage, useSession } from '../session/store';
import { copyErrorText, loadRecovery, quitApp, restoreNewest, retryOpening, useRecovery } from './store';

/**
 * Shown instead of everything else when the database does not open. Plain
 * words, three big buttons: put back the newest backup (after a
 * confirmation; the damaged file is kept), copy the error for whoever helps,
 * quit. A database from a newer app gets no restore: only the message and quit.
 */
export function RecoveryScreen() {
  const { t, i18n } = useTranslation();
  const language = useSession((state) => state.deviceLanguage);
  const { status, busy, error, quit, stillBroken } = useRecovery();
  const [confirming, setConfirming] = useState(false);
  const [copied, setCopied] = useState<boolean | null>(null);

  useEffect(() => {
    void loadRecovery();
  }, []);

  if (!status) {
    return (
      <Center h="100vh">
        {error ? <ErrorAlert message={errorMessage(error, t)} /> : <Loader role="status" aria-label={t('common.loading')} />}
      </Center>
    );
  }
  const problem = status.problem;
  const newest = status.backups[0];
  const newerVersion = problem?.kind === 'newer-version';

  const copy = async () => setCopied(await copyErrorText(status.errorText));

  return (
    <Container size="md" py="xl">
      <Stack gap="lg">
        <Group justify="space-between">
          <Text fw={700} c="teal.9" size="lg">Foras Atelier</Text>
          <LanguageSwitch value={language} onChange={(next) => void switchDeviceLanguage(next)} />
        </Group>
        <Group gap="md" wrap="nowrap" align="flex-start">
          <IconAlertTriangle size={48} color="var(--mantine-color-orange-8)" aria-hidden />
          <Title order={1}>{t('recovery.title')}</Title>
        </Group>
        {problem && (
          <Stack gap="xs">
            <Text size="lg">{t(problem.kind === 'corrupt' ? 'recovery.corrupt' : problem.kind === 'unreadable' ? 'recovery.unreadable' : 'recovery.newerVersion')}</Text>
            {newerVersion && <Text size="lg">{t('recovery.untouched')}</Text>}
            {!newerVersion && <Text size="lg">{status.canRestore ? t('recovery.restoreHint') : t('recovery.noBackup')}</Text>}
          </Stack>
        )}

        {quit && <Alert color="blue" role="status"><Text size="lg">{t('recovery.quitDone')}</Text></Alert>}
        <ErrorAlert message={error ? errorMessage(error, t) : null} />

        {!quit && (
          <Stack gap="md">
            {problem?.kind === 'unreadable' && (
              <Button size="xl" variant="light" leftSection={<IconRefresh aria-hidden />} onClick={() => void retryOpening()} loading={busy === 'retry'}>
                {t('recovery.retry')}
              </Button>
            )}
            {stillBroken && <Text role="status" size="lg">{t('recovery.stillBroken')}</Text>}
            {!newerVersion && status.canRestore && newest && (
              <Button size="xl" leftSection={<IconRestore aria-hidden />} onClick={() => setConfirming(true)} loading={busy === 'restore'}>
                {t('recovery.restoreNewest')}
              </Button>
            )}
            <Button size="xl" variant="default" leftSection={<IconCopy aria-hidden />} onClick={() => void copy()}>
              {t('recovery.copyError')}
            </Button>
            {copied === true && <Text role="status" c="teal.9">{t('recovery.copied')}</Text>}
            {copied === false && (
              <Stack gap="xs">
                <Text role="alert">{t('recovery.copyFallback')}</Text>
                <Textarea label={t('recovery.errorText')} value={status.errorText} readOnly rows={7} onFocus={(event) => event.currentTarget.select()} styles={{ input: { fontFamily: 'monospace' } }} />
              </Stack>
            )}
            <Button size="xl" variant="default" color="dark" leftSection={<IconPower aria-hidden />} onClick={() => void quitApp()} loading={busy === 'quit'}>
              {t('recovery.quit')}
            </Button>
          </Stack>
        )}

        {!newerVersion && status.backups.length > 0 && (
          <Paper withBorder p="lg" radius="lg">
            <Title order={2} size="h3" mb="sm">{t('recovery.backupsTitle')}</Title>
            <List spacing="xs" size="lg">
              {status.backups.slice(0, 10).map((backup) => (
                <List.Item key={backup.fileName}>
                  {formatBackupDate(backup.createdAt, i18n.language)} — {t(`backups.reasons.${backup.reason}`)} — {formatSize(backup.sizeBytes, i18n.language)}
                </List.Item>
              ))}
            </List>
          </Paper>
        )}
      </Stack>

      {confirming && newest && (
        <AppModal opened onClose={busy ? () => undefined : () => setConfirming(false)} centered size="lg" title={<Text fw={700} size="lg">{t('recovery.confirmTitle')}</Text>}>
          <Stack>
            <List spacing="sm" size="lg">
              <List.Item>{t('recovery.confirmBody', { date: formatBackupDate(newest.createdAt, i18n.language) })}</List.Item>
              <List.Item>{t('recovery.confirmKept')}</List.Item>
              <List.Item>{t('recovery.confirmPassOver')}</List.Item>
            </List>
            {busy === 'restore' && <Text role="status">{t('recovery.working')}</Text>}
            <Group justify="flex-end">
              <Button variant="default" size="lg" onClick={() => setConfirming(false)} disabled={busy !== null} data-autofocus>{t('common.cancel')}</Button>
              <Button size="lg" leftSection={<IconRestore aria-hidden />} loading={busy === 'restore'} onClick={() => void restoreNewest().then((done) => !done && setConfirming(false))}>
                {t('recovery.confirm')}
              </Button>
            </Group>
          </Stack>
        </AppModal>
      )}
    </Container>
  );
}
