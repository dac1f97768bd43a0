import { create } from 'zustand';
import type { ApiErrorBody } from '../../../shared/api/result';
import { TRANSFER_FILE_MAX_BYTES } from '../../../shared/transfer/schemas';
import type { TransferImportPlanDto, TransferReportDto } from '../../../shared/transfer/types';
import { api } from '../../api/api';
import { blobToBase64 } from '../../api/base64';
import { download } from '../../api/download';

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'reading' }
  /** Checked and read: what importing will do, waiting for the coordinator's go. */
  | { phase: 'ready'; plan: TransferImportPlanDto }
  | { phase: 'applying'; plan: TransferImportPlanDto; done: number; total: number }
  | { phase: 'done'; plan: TransferImportPlanDto; report: TransferReportDto }
  /** `partly`: some batches were applied before the failure (importing again completes them). */
  | { phase: 'failed'; error: ApiErrorBody | 'tooLarge'; partly: boolean };

export type ExportState = { phase: 'idle' } | { phase: 'working' } | { phase: 'done'; fileName: string } | { phase: 'failed'; error: ApiErrorBody };

interface TransferState {
  exporting: ExportState;
  importing: ImportState;
}

export const useTransfer = create<TransferState>()(() => ({ exporting: { phase: 'idle' }, importing: { phase: 'idle' } }));

const setImport = (importing: ImportState) => useTransfer.setState({ importing });

/** Exports the cohort (everyone, or the chosen participants) and hands the file to the user. */
export async function exportCohort(cohortId: string, participantIds: string[] | null, passphrase: string): Promise<void> {
  useTransfer.setState({ exporting: { phase: 'working' } });
  const result = await api()['transfer.export']({ cohortId, participantIds, passphrase });
  if (!result.ok) return useTransfer.setState({ exporting: { phase: 'failed', error: result.error } });
  download(result.value);
  useTransfer.setState({ exporting: { phase: 'done', fileName: result.value.fileName } });
}

export function resetExport(): void {
  useTransfer.setState({ exporting: { phase: 'idle' } });
}

/** Sends the file to be checked and read in full; nothing is written yet. */
export async function readImportFile(file: Blob, passphrase: string): Promise<void> {
  if (file.size > TRANSFER_FILE_MAX_BYTES) return setImport({ phase: 'failed', error: 'tooLarge', partly: false });
  setImport({ phase: 'reading' });
  const result = await api()['transfer.importStart']({ fileBase64: await blobToBase64(file), passphrase });
  setImport(result.ok ? { phase: 'ready', plan: result.value } : { phase: 'failed', error: result.error, partly: false });
}

/** Applies a read import batch by batch, moving the progress bar after each. */
export async function applyImport(): Promise<void> {
  const state = useTransfer.getState().importing;
  if (state.phase !== 'ready') return;
  const { plan } = state;
  setImport({ phase: 'applying', plan, done: 0, total: plan.total });
  let done = 0;
  for (;;) {
    const result = await api()['transfer.importNext']({ importId: plan.importId });
    if (!result.ok) return setImport({ phase: 'failed', error: result.error, partly: done > 0 });
    done = result.value.done;
    if (result.value.report) return setImport({ phase: 'done', plan, report: result.value.report });
    setImport({ phase: 'applying', plan, done, total: result.value.total });
  }
}

/** Forgets a read import without applying anything. */
export async function cancelImport(): Promise<void> {
  const state = useTransfer.getState().importing;
  if (state.phase === 'ready') await api()['transfer.importCancel']({ importId: state.plan.importId });
  setImport({ phase: 'idle' });
}

export function resetImport(): void {
  setImport({ phase: 'idle' });
}
