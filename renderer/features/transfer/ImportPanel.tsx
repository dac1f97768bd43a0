import { Alert, Button, FileButton, Group, Paper, PasswordInput, Progress, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconFileImport, IconFileSearch, IconX } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSPHRASE_MIN, TRANSFER_EXTENSION, TRANSFER_FILE_MAX_BYTES } from '../../../shared/transfer/schemas';
import type { TransferReportDto } from '../../../shared/transfer/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage } from '../../components/error-message';
import { reportTotals } from './report';
import { ReportTable } from './ReportTable';
import { applyImport, cancelImport, readImportFile, resetImport, useTransfer, type ImportState } from './store';

/** Import: choose a file and its passphrase; the whole file is checked, what it will do is shown, then applied with a progress bar. */
export function ImportPanel() {
  const { t } = useTranslation();
  const importing = useTransfer((state) => state.importing);
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [passphraseError, setPassphraseError] = useState<string | null>(null);

  // A half-done screen from an earlier visit is not shown again (a read import left waiting is forgotten by the Node side).
  useEffect(() => {
    if (useTransfer.getState().importing.phase !== 'applying') resetImport();
  }, []);

  const read = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    if ([...passphrase.normalize('NFC')].length < PASSPHRASE_MIN) return setPassphraseError(t('transfer.errors.passphraseShort'));
    setPassphraseError(null);
    await readImportFile(file, passphrase);
    if (useTransfer.getState().importing.phase === 'ready') setPassphrase('');
  };
  const startOver = () => {
    resetImport();
    setFile(null);
  };

  const choosing = importing.phase === 'idle' || importing.phase === 'reading' || importing.phase === 'failed';
  return (
    <Paper withBorder p="lg" radius="lg">
      <Stack gap="md">
        <Title order={2} size="h3">{t('transfer.import.title')}</Title>
        {choosing && (
          <form onSubmit={(event) => void read(event)} noValidate>
            <Stack gap="md">
              <Text>{t('transfer.import.intro')}</Text>
              <Group>
                <FileButton onChange={(chosen) => { setFile(chosen); if (importing.phase === 'failed') resetImport(); }} accept={`${TRANSFER_EXTENSION},application/octet-stream`}>
                  {(props) => <Button {...props} variant="default" size="md" leftSection={<IconFileSearch aria-hidden />}>{t('transfer.import.chooseFile')}</Button>}
                </FileButton>
                <Text data-testid="transfer-file-name">{file ? t('transfer.import.fileChosen', { name: file.name }) : t('transfer.import.noFile')}</Text>
              </Group>
              <PasswordInput label={t('transfer.passphrase')} withAsterisk autoComplete="off" value={passphrase}
                onChange={(event) => setPassphrase(event.currentTarget.value)} error={passphraseError} />
              <Text size="md">{t('transfer.import.readingNote')}</Text>
              {importing.phase === 'failed' && <FailureAlert state={importing} />}
              <Group>
                <Button type="submit" size="md" disabled={!file} loading={importing.phase === 'reading'} leftSection={<IconFileImport aria-hidden />}>
                  {t('transfer.import.read')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}

        {importing.phase === 'ready' && (
          <Stack gap="md">
            <Title order={3} size="h4">{t('transfer.import.planTitle')}</Title>
            <FileDescription createdAt={importing.plan.file.createdAt} version={importing.plan.file.appVersion} />
            <Summary report={importing.plan.plan} planned />
            <ReportTable report={importing.plan.plan} fileCounts={importing.plan.file.counts} />
            <Group>
              <Button size="md" onClick={() => void applyImport()} leftSection={<IconFileImport aria-hidden />}>{t('transfer.import.confirm')}</Button>
              <Button size="md" variant="default" onClick={() => void cancelImport()} leftSection={<IconX aria-hidden />}>{t('transfer.import.cancel')}</Button>
            </Group>
          </Stack>
        )}

        {importing.phase === 'applying' && (
          <Stack gap="xs">
            <Progress value={importing.total === 0 ? 100 : (importing.done / importing.total) * 100} size="xl" aria-label={t('transfer.import.progressLabel')} />
            <Text role="status">{t('transfer.import.progress', { done: importing.done, total: importing.total })}</Text>
          </Stack>
        )}

        {importing.phase === 'done' && (
          <Stack gap="md">
            <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} title={t('transfer.import.doneTitle')} role="status">
              <Summary report={importing.report} />
            </Alert>
            <ReportTable report={importing.report} fileCounts={importing.plan.file.counts} />
            <Group>
              <Button size="md" variant="default" onClick={startOver} leftSection={<IconFileImport aria-hidden />}>{t('transfer.import.another')}</Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

function FileDescription({ createdAt, version }: { createdAt: string; version: string }) {
  const { t, i18n } = useTranslation();
  const date = new Date(createdAt).toLocaleString(i18n.language, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  return <Text>{t('transfer.import.createdAt', { date, version })}</Text>;
}

/** The report in words: the totals, what was not brought over and why. */
function Summary({ report, planned = false }: { report: TransferReportDto; planned?: boolean }) {
  const { t } = useTranslation();
  const totals = reportTotals(report);
  const skippedOthers = totals.skipped - report.erasedRecords;
  return (
    <Stack gap="xs">
      <Text>{t(planned ? 'transfer.import.planSummary' : 'transfer.import.doneSummary', { ...totals })}</Text>
      {skippedOthers > 0 && <Text>{t(planned ? 'transfer.import.planSkipped' : 'transfer.import.doneSkipped', { count: skippedOthers })}</Text>}
      {report.erasedLeftOut > 0 && <Text>{t('transfer.import.erased', { count: report.erasedLeftOut })}</Text>}
    </Stack>
  );
}

function FailureAlert({ state }: { state: Extract<ImportState, { phase: 'failed' }> }) {
  const { t } = useTranslation();
  if (state.error === 'tooLarge') return <ErrorAlert message={t('transfer.import.tooLarge', { size: Math.floor(TRANSFER_FILE_MAX_BYTES / 1024 / 1024) })} />;
  const message = errorMessage(state.error, t);
  if (state.partly) return <ErrorAlert message={`${message} ${t('transfer.import.partlyDone')}`} />;
  // These texts already say that nothing was changed.
  const saysSo = ['DAMAGED_FILE', 'NEWER_VERSION', 'NOT_A_TRANSFER_FILE', 'INTERNAL'].includes(state.error.code);
  return <ErrorAlert message={saysSo ? message : `${message} ${t('transfer.import.nothingChanged')}`} />;
}
