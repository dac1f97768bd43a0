import { homedir } from 'node:os';
import type { BackupDto, RecoveryProblemDto, RecoveryStatusDto, RestoreResultDto } from '../../../shared/backup/types';
import { recordAudit } from '../audit/audit-log';
import { BackupCheckError, listBackups, removeWithJournal, type BackupInfo } from '../backup/backups';
import { candidateFromBackup } from '../backup/portable';
import { swapInCandidate } from '../backup/restore';
import type { CoreDeps } from '../context';
import type { DatabaseHost } from '../db/database-host';
import { LATEST_SCHEMA_VERSION } from '../db/migrations/index';
import type { Handlers } from '../dispatcher';
import { AppError } from '../errors';
import { asAppError } from './backups';

type RecoveryHandlers = Pick<Handlers, 'recovery.status' | 'recovery.restore' | 'recovery.quit' | 'recovery.retry'>;

/**
 * The recovery screen's methods. They are public (nobody can sign in while
 * the database does not open) and answer only while the host reports a
 * problem. They can put a backup in place of the damaged file — which is set
 * aside in the backups folder, never deleted — or end the app; nothing here
 * deletes anything, and a database from a newer app is never touched.
 */
export function createRecoveryHandlers(): RecoveryHandlers {
  return {
    'recovery.status': (_input, { deps }) => recoveryStatus(deps),

    'recovery.restore': ({ fileName }, { deps }) => {
      const host = deps.database;
      const problem = requireProblem(host);
      if (problem.kind === 'newer-version') throw new AppError('NEWER_VERSION', 'A database from a newer app is never replaced');
      const backups = listBackups(host.backupsDir);
      const chosen = fileName === null ? backups.filter(restorable) : backups.filter((backup) => backup.fileName === fileName);
      if (chosen.length === 0) throw new AppError('NOT_FOUND', fileName === null ? 'No backup to restore' : 'No such backup');
      const { backup, file } = firstGoodCandidate(host, chosen, fileName === null);
      const now = deps.now();
      try {
        const outcome = swapInCandidate(host, file, 'damaged', now);
        if (outcome.problem) throw new AppError('DAMAGED_FILE', `The restored backup did not open: ${outcome.problem.kind}`);
        recordAudit(host.db, { at: now.toISOString(), actor: null, action: 'backup.restore', details: { source: 'recovery', problem: problem.kind, schemaVersion: backup.schemaVersion, backupCreatedAt: backup.createdAt } });
        return { restored: backup, savedBefore: null, setAside: outcome.setAside } satisfies RestoreResultDto;
      } finally {
        removeWithJournal(file);
      }
    },

    // Nothing moves: the same file is opened again with the same checks.
    'recovery.retry': (_input, { deps }) => {
      requireProblem(deps.database);
      return { recovered: deps.database.reopen() === null };
    },

    'recovery.quit': (_input, { deps }) => {
      requireProblem(deps.database);
      deps.requestQuit();
      return null;
    },
  };
}

function recoveryStatus(deps: CoreDeps): RecoveryStatusDto {
  const host = deps.database;
  const problem = host.problem();
  if (!problem) return { problem: null, backups: [], canRestore: false, errorText: '' };
  const backups = listBackups(host.backupsDir);
  const shown = safeProblem(problem, host);
  return {
    problem: shown,
    backups,
    canRestore: problem.kind !== 'newer-version' && backups.some(restorable),
    errorText: errorText(shown, deps.appVersion, deps.now(), backups),
  };
}

const restorable = (backup: BackupDto) => backup.schemaVersion <= LATEST_SCHEMA_VERSION;

/** Newest first; when the newest good one was asked for, a backup that fails its check is passed over for the next. */
function firstGoodCandidate(host: DatabaseHost, backups: readonly BackupInfo[], passOver: boolean): { backup: BackupInfo; file: string } {
  let lastError: unknown = null;
  for (const backup of backups) {
    try {
      const candidate = asAppError(() => candidateFromBackup(host.backupsDir, backup.fileName, { key: host.key, nativeBinding: host.nativeBinding }), 'local');
      return { backup, file: candidate.file };
    } catch (error) {
      if (!passOver || !(error instanceof AppError || error instanceof BackupCheckError)) throw error;
      lastError = error;
    }
  }
  throw lastError instanceof AppError ? lastError : new AppError('DAMAGED_FILE', 'No backup passed its checks');
}

function requireProblem(host: DatabaseHost) {
  const problem = host.problem();
  if (!problem) throw new AppError('CONFLICT', 'The database opens; there is nothing to recover');
  return problem;
}

/** SQLite's messages can name the data folder, whose path holds the user's name: it is replaced before the text leaves the core. */
function safeProblem(problem: RecoveryProblemDto, host: DatabaseHost): RecoveryProblemDto {
  if (problem.kind === 'newer-version') return problem;
  let detail = problem.detail.replaceAll(host.dataDir, '<data folder>');
  const home = homedir();
  if (home.length > 1) detail = detail.replaceAll(home, '~');
  return { kind: problem.kind, detail: detail.slice(0, 1000) };
}

/** What the coordinator copies for whoever helps: nothing personal, just what happened and when. */
function errorText(problem: RecoveryProblemDto, appVersion: string, now: Date, backups: readonly BackupDto[]): string {
  const lines = [`Foras Atelier ${appVersion}`, `Date: ${now.toISOString()}`, `Problem: ${problem.kind}`];
  if (problem.kind === 'newer-version') lines.push(`Data schema: ${problem.fileVersion}; this app: ${problem.appVersion}`);
  else lines.push(`Detail: ${problem.detail}`);
  lines.push(`App schema: ${LATEST_SCHEMA_VERSION}`, `Backups: ${backups.length}${backups[0] ? ` (newest ${backups[0].createdAt})` : ''}`);
  return lines.join('\n');
}
