import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TEMP_PREFIX } from '../backup/names';
import { openConnection, schemaVersion, type Database } from '../db/database';
import { LATEST_SCHEMA_VERSION } from '../db/migrations/index';
import { eraseParticipants } from './erase';

export interface CopiesErasure {
  /** Copies on this laptop from which the people were erased too. */
  cleaned: number;
  /** Copies that could not be opened or checked (damaged, another key, newer app): left exactly as they were. */
  notCleaned: string[];
}

/**
 * Erases the same people from the copies kept in the data folder's backups
 * folder (daily backups, and databases set aside by a restore), so that
 * restoring one never brings them back. Each copy is opened with the
 * laptop's key and checked first; one that does not open, fails its check or
 * was written by a newer app is not touched and is reported. Copies taken
 * away (a backup on a USB stick, a transfer file) are out of reach: the
 * screen says so.
 */
export function eraseFromLocalCopies(
  backupsDir: string,
  participantIds: readonly string[],
  options: { key: Buffer | null; at: string; nativeBinding?: string | undefined },
): CopiesErasure {
  const result: CopiesErasure = { cleaned: 0, notCleaned: [] };
  if (!existsSync(backupsDir)) return result;
  const files = readdirSync(backupsDir).filter((name) => name.endsWith('.sqlite') && !name.startsWith(TEMP_PREFIX)).sort();
  for (const name of files) {
    let db: Database | null = null;
    try {
      db = openConnection({ file: join(backupsDir, name), key: options.key, nativeBinding: options.nativeBinding });
      const check = db.pragma('quick_check', { simple: true });
      if (check !== 'ok' || schemaVersion(db) > LATEST_SCHEMA_VERSION || schemaVersion(db) < 1) throw new Error(`not a copy this app may change (${String(check)})`);
      // Only copies that hold one of them are rewritten.
      const holds = db.prepare('SELECT 1 FROM participants WHERE id IN (SELECT value FROM json_each(?)) LIMIT 1').pluck().get(JSON.stringify(participantIds)) !== undefined;
      if (holds) {
        eraseParticipants(db, participantIds, { at: options.at });
        result.cleaned += 1;
      }
    } catch {
      result.notCleaned.push(name);
    } finally {
      db?.close();
    }
  }
  return result;
}
