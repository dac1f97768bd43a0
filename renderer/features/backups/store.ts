import { create } from 'zustand';
import type { ApiErrorBody } from '../../../shared/api/result';
import type { BackupDto } from '../../../shared/backup/types';
import { api } from '../../api/api';
import { blobToBase64 } from '../../api/base64';
import { download } from '../../api/download';
import { signedOutByRestore } from '../session/store';

/** What the screen is waiting for; one thing at a time, so a second click cannot start a second copy. */
export type BackupsBusy = 'list' | 'create' | 'export' | 'restore' | null;

interface BackupsState {
  backups: BackupDto[] | null;
  busy: BackupsBusy;
  /** The last refusal, shown by code (errors.*). */
  error: ApiErrorBody | null;
  /** The backup just made by « Sauvegarder maintenant ». */
  made: BackupDto | null;
  /** The name of the file just handed over by « Sauvegarder sur une clé USB ». */
  exported: string | null;
}

const initial: BackupsState = { backups: null, busy: null, error: null, made: null, exported: null };
export const useBackups = create<BackupsState>()(() => ({ ...initial }));

/** The largest file the Node side takes back (base64 of it must stay under the browser host's 64 MiB per call). */
export const MAX_BACKUP_FILE_BYTES = 45 * 1024 * 1024;

export function resetBackups(): void {
  useBackups.setState({ ...initial });
}

export async function loadBackups(): Promise<void> {
  useBackups.setState({ busy: 'list' });
  const result = await api()['backups.list']({});
  useBackups.setState(result.ok ? { backups: result.value, busy: null } : { error: result.error, busy: null });
}

export async function backupNow(): Promise<void> {
  if (useBackups.getState().busy) return;
  useBackups.setState({ busy: 'create', error: null, made: null, exported: null });
  const result = await api()['backups.create']({});
  if (!result.ok) return useBackups.setState({ busy: null, error: result.error });
  useBackups.setState({ made: result.value });
  await loadBackups();
}

/** Makes the passphrase-protected file and hands it to the user (download / save dialog). Returns the refusal, if any. */
export async function exportToFile(passphrase: string): Promise<ApiErrorBody | null> {
  if (useBackups.getState().busy) return null;
  useBackups.setState({ busy: 'export', error: null, made: null, exported: null });
  const result = await api()['backups.exportToFile']({ passphrase });
  if (!result.ok) {
    useBackups.setState({ busy: null });
    return result.error;
  }
  download(result.value);
  useBackups.setState({ busy: null, exported: result.value.fileName });
  return null;
}

/**
 * Restores a backup of the list, or a file with its passphrase. On success
 * everyone has been signed out by the Node side: the app goes back to the
 * sign-in screen. A refusal changes nothing and is returned for the dialog.
 */
export async function restore(source: { fileName: string } | { file: File; passphrase: string }): Promise<ApiErrorBody | null> {
  if (useBackups.getState().busy) return null;
  useBackups.setState({ busy: 'restore', error: null, made: null, exported: null });
  const result =
    'fileName' in source
      ? await api()['backups.restore']({ fileName: source.fileName, confirm: true })
      : await api()['backups.restoreFromFile']({ base64: await blobToBase64(source.file), passphrase: source.passphrase, confirm: true });
  useBackups.setState({ busy: null });
  if (!result.ok) return result.error;
  resetBackups();
  await signedOutByRestore();
  return null;
}
