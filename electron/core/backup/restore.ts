import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { DatabaseHost, DatabaseProblem } from '../db/database-host';
import { ensurePrivateDir } from './backups';
import { setAsideFileName } from './names';

/** The live database file and the files SQLite keeps beside it; a stale -wal next to a restored file would be replayed into it. */
const SIDE_SUFFIXES = ['', '-wal', '-shm', '-journal'] as const;

export interface SwapOutcome {
  /** Where the replaced (or damaged) live file was set aside, in the backups folder. */
  setAside: string | null;
  problem: DatabaseProblem | null;
}

/**
 * Puts a checked candidate (a work file in the backups folder, already under
 * the live key) in place of the live database: the host closes it, the live
 * file and its -wal/-shm are moved into the backups folder as
 * replaced-<time>.sqlite (or damaged-<time>.sqlite in recovery) — never
 * deleted — the candidate is renamed onto the live name (same folder tree:
 * an atomic rename), and the host opens it with the start checks.
 *
 * If the reopened file fails those checks after a normal restore, the swap is
 * undone: the candidate is set aside as damaged and the replaced file goes
 * back, so a restore never leaves the laptop worse off than before.
 */
export function swapInCandidate(host: DatabaseHost, candidate: string, mode: 'replaced' | 'damaged', now: Date): SwapOutcome {
  ensurePrivateDir(host.backupsDir);
  const setAsideName = uniqueSetAsideName(host.backupsDir, mode, now);
  // Set inside the swap callback; an object so the compiler does not assume it stayed null.
  const moved: { setAside: string | null; failure: unknown } = { setAside: null, failure: null };
  const problem = host.reopen(() => {
    // Never throws: the host must reopen whatever happens, on the old file if the move failed.
    try {
      moved.setAside = moveDatabaseFiles(host.file, join(host.backupsDir, setAsideName));
      renameSync(candidate, host.file);
    } catch (error) {
      moved.failure = error;
      if (!existsSync(host.file)) moveDatabaseFiles(join(host.backupsDir, setAsideName), host.file);
      moved.setAside = null;
    }
  });
  if (moved.failure) throw moved.failure;
  if (problem && mode === 'replaced' && moved.setAside) {
    const failedName = uniqueSetAsideName(host.backupsDir, 'damaged', now);
    const restoredProblem = host.reopen(() => {
      moveDatabaseFiles(host.file, join(host.backupsDir, failedName));
      moveDatabaseFiles(join(host.backupsDir, setAsideName), host.file);
    });
    return { setAside: null, problem: restoredProblem ?? problem };
  }
  return { setAside: moved.setAside ? setAsideName : null, problem };
}

/** Moves a database file and whichever of its side files exist; returns the new main path, or null when there was no file. */
function moveDatabaseFiles(from: string, to: string): string | null {
  const hadMain = existsSync(from);
  for (const suffix of SIDE_SUFFIXES) {
    if (existsSync(from + suffix)) renameSync(from + suffix, to + suffix);
  }
  return hadMain ? to : null;
}

function uniqueSetAsideName(dir: string, kind: 'replaced' | 'damaged', now: Date): string {
  for (let ms = now.getTime(); ; ms++) {
    const name = setAsideFileName(kind, new Date(ms));
    if (SIDE_SUFFIXES.every((suffix) => !existsSync(join(dir, name + suffix)))) return name;
  }
}
