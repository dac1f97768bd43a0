import { Alert, Button, Center, Group, Loader, Paper, ScrollArea, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconDeviceFloppy, IconFileUpload, IconRestore, IconUsb } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage } from '../../components/error-message';
import { ConfirmRestoreModal, type RestoreSource } from './ConfirmRestoreModal';
import { ExportModal } from './ExportModal';
import { formatBackupDate, formatSize } from './format';
import { RestoreFileModal } from './RestoreFileModal';
import { backupNow, loadBackups, resetBackups, useBackups } from './store';

type Dialog = { kind: 'export' } | { kind: 'file' } | { kind: 'confirm'; source: RestoreSource } | null;

/** The coordinator's backups: the automatic ones on this laptop, one now, one to a USB stick, and restoring either. */
export function BackupsScreen() {
  const { t, i18n } = useTranslation();
  const { backups, busy, error, made, exported } = useBackups();
  const [dialog, setDialog] = useState<Dialog>(null);

  useEffect(() => {
    void loadBackups();
    return resetBackups;
  }, []);

  return (
    <Stack gap="lg" maw={980}>
      <Title order={1}>{t('backups.title')}</Title>
      <Text>{t('backups.intro')}</Text>
      <Group>
        <Button size="md" leftSection={<IconDeviceFloppy aria-hidden />} loading={busy === 'create'} disabled={busy !== null && busy !== 'create'} onClick={() => void backupNow()}>
          {t('backups.backupNow')}
        </Button>
        <Button size="md" variant="default" leftSection={<IconUsb aria-hidden />} disabled={busy !== null} onClick={() => setDialog({ kind: 'export' })}>
          {t('backups.exportToFile')}
        </Button>
        <Button size="md" variant="default" leftSection={<IconFileUpload aria-hidden />} disabled={busy !== null} onClick={() => setDialog({ kind: 'file' })}>
          {t('backups.restoreFromFile')}
        </Button>
      </Group>
      {made && <Alert color="teal" role="status">{t('backups.made', { date: formatBackupDate(made.createdAt, i18n.language) })}</Alert>}
      {exported && <Alert color="teal" role="status">{t('backups.export.done', { name: exported })}</Alert>}
      <ErrorAlert message={error ? errorMessage(error, t) : null} />

      <Paper withBorder p="lg" radius="lg">
        <Stack gap="sm">
          <Title order={2} size="h3">{t('backups.listTitle')}</Title>
          {backups === null ? (
            <Center h={120}><Loader role="status" aria-label={t('common.loading')} /></Center>
          ) : backups.length === 0 ? (
            <Text>{t('backups.empty')}</Text>
          ) : (
            <ScrollArea.Autosize mah={520} type="auto" tabIndex={0} aria-label={t('backups.listLabel')}>
              <Table striped verticalSpacing="sm" fz="md">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('backups.date')}</Table.Th>
                    <Table.Th>{t('backups.reason')}</Table.Th>
                    <Table.Th>{t('backups.size')}</Table.Th>
                    <Table.Th><VisuallyHidden>{t('backups.actions')}</VisuallyHidden></Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {backups.map((backup) => {
                    const date = formatBackupDate(backup.createdAt, i18n.language);
                    return (
                      <Table.Tr key={backup.fileName}>
                        <Table.Td>{date}</Table.Td>
                        <Table.Td>{t(`backups.reasons.${backup.reason}`)}</Table.Td>
                        <Table.Td>{formatSize(backup.sizeBytes, i18n.language)}</Table.Td>
                        <Table.Td ta="right">
                          <Button variant="light" leftSection={<IconRestore aria-hidden />} aria-label={t('backups.restoreAria', { date })} disabled={busy !== null}
                            onClick={() => setDialog({ kind: 'confirm', source: { kind: 'backup', backup } })}>
                            {t('backups.restore')}
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
          )}
        </Stack>
      </Paper>

      {dialog?.kind === 'export' && <ExportModal onClose={() => setDialog(null)} />}
      {dialog?.kind === 'file' && (
        <RestoreFileModal onClose={() => setDialog(null)} onNext={(file, passphrase) => setDialog({ kind: 'confirm', source: { kind: 'file', file, passphrase } })} />
      )}
      {dialog?.kind === 'confirm' && <ConfirmRestoreModal source={dialog.source} onClose={() => setDialog(null)} />}
    </Stack>
  );
}
