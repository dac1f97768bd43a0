import { existsSync } from 'node:fs';
import type { RestoreResultDto } from '../../../shared/backup/types';
import { recordAudit } from '../audit/audit-log';
import { BackupCheckError, createBackup, listBackups, pruneBackups, removeWithJournal } from '../backup/backups';
import { localDay } from '../backup/names';
import { candidateFromBackup, candidateFromBytes, exportWithPassphrase } from '../backup/portable';
import { swapInCandidate } from '../backup/restore';
import { nowIso, requireUser, type CallContext } from '../context';
import type { Handlers } from '../dispatcher';
import { AppError } from '../errors';
import { signOutEverywhere } from '../session-epoch';
import { exportedFile } from './exported-file';

type BackupHandlers = Pick<Handlers, 'backups.list' | 'backups.create' | 'backups.exportToFile' | 'backups.restore' | 'backups.restoreFromFile'>;

export function createBackupHandlers(): BackupHandlers {
  return {
    'backups.list': (_input, { deps }) => listBackups(deps.database.backupsDir),

    'backups.create': (_input, { deps }) => {
      const host = deps.database;
      const now = deps.now();
      const made = createBackup(host.db, { dir: host.backupsDir, key: host.key, reason: 'manual', now, nativeBinding: host.nativeBinding });
      pruneBackups(host.backupsDir, now);
      return made;
    },

    'backups.exportToFile': ({ passphrase }, ctx) => {
      const { deps } = ctx;
      const host = deps.database;
      const user = requireUser(ctx);
      const { bytes, schemaVersion } = exportWithPassphrase(host.db, { dir: host.backupsDir, key: host.key, passphrase, nativeBinding: host.nativeBinding });
      recordAudit(deps.db, { at: nowIso(deps), actor: { id: user.id, role: user.role }, action: 'export.backup', details: { schemaVersion, sizeBytes: bytes.length } });
      return exportedFile(`foras-atelier-backup-${localDay(deps.now())}.foras-backup`, bytes.toString('base64'), 'base64', 'application/octet-stream');
    },

    'backups.restore': ({ fileName }, ctx) => {
      const host = ctx.deps.database;
      const chosen = listBackups(host.backupsDir).find((backup) => backup.fileName === fileName);
      if (!chosen) throw new AppError('NOT_FOUND', 'No such backup');
      const candidate = asAppError(() => candidateFromBackup(host.backupsDir, fileName, { key: host.key, nativeBinding: host.nativeBinding }), 'local');
      return restore(ctx, candidate.file, chosen, 'local');
    },

    'backups.restoreFromFile': ({ base64, passphrase }, ctx) => {
      const host = ctx.deps.database;
      const bytes = Buffer.from(base64, 'base64');
      const candidate = asAppError(() => candidateFromBytes(bytes, { dir: host.backupsDir, key: host.key, passphrase, nativeBinding: host.nativeBinding }), 'file');
      return restore(ctx, candidate.file, { fileName: null, schemaVersion: candidate.schemaVersion }, 'file');
    },
  };
}

/**
 * The checked candidate replaces the live data: the current data is backed up
 * first ('before-restore'; if that fails nothing changes), the live file is set
 * aside in the backups folder, and every session is signed out — the restored
 * data may hold other people and other rights.
 */
function restore(ctx: CallContext, candidate: string, restored: RestoreResultDto['restored'], source: 'local' | 'file'): RestoreResultDto {
  const { deps } = ctx;
  const host = deps.database;
  const user = requireUser(ctx);
  const now = deps.now();
  try {
    const savedBefore = createBackup(host.db, { dir: host.backupsDir, key: host.key, reason: 'before-restore', now, nativeBinding: host.nativeBinding });
    const outcome = swapInCandidate(host, candidate, 'replaced', now);
    // The file was checked, so this is rare (a disk error while moving): the swap was undone and the data is as before.
    if (outcome.problem) throw new AppError('DAMAGED_FILE', `The restored file did not open: ${outcome.problem.kind}`);
    signOutEverywhere(deps);
    ctx.session.user = null;
    recordAudit(host.db, {
      at: now.toISOString(),
      actor: { id: user.id, role: user.role },
      action: 'backup.restore',
      details: { source, schemaVersion: restored.schemaVersion, backupCreatedAt: 'createdAt' in restored ? restored.createdAt : null },
    });
    return { restored, savedBefore, setAside: outcome.setAside };
  } finally {
    if (existsSync(candidate)) removeWithJournal(candidate);
  }
}

/** Turns a refused candidate into the error the coordinator reads. A local backup that does not open under the laptop's key is damaged. */
export function asAppError<T>(run: () => T, source: 'local' | 'file'): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof BackupCheckError)) throw error;
    if (error.kind === 'newer-version') throw new AppError('NEWER_VERSION', error.message);
    if (error.kind === 'unreadable' && source === 'file') throw new AppError('WRONG_PASSPHRASE', error.message);
    throw new AppError('DAMAGED_FILE', error.message);
  }
}
