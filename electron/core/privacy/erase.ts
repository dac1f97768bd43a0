import type { Database } from 'better-sqlite3-multiple-ciphers';
import { deletionPlan, quoteIdentifier } from './schema-walk';

/** Rows removed per table. */
export type ErasedRows = Record<string, number>;

/**
 * Deletes every row that refers to these participants, found through the
 * schema (see deletionPlan), children before parents. No pragmas and no
 * transaction of its own: `eraseParticipants` is the one to call.
 */
export function deleteParticipantRows(db: Database, participantIds: readonly string[]): ErasedRows {
  const ids = JSON.stringify(participantIds);
  const counts: ErasedRows = {};
  for (const step of deletionPlan(db)) {
    const { changes } = db.prepare(`DELETE FROM ${quoteIdentifier(step.table)} WHERE ${step.where}`).run(ids);
    counts[step.table] = (counts[step.table] ?? 0) + changes;
  }
  return counts;
}

export interface EraseOptions {
  /** When the erasure happens (ISO), kept beside the erased certificate numbers. */
  at: string;
  /** Runs inside the erasure's transaction (the audit entry), so both are saved or neither. */
  record?: (rows: ErasedRows) => void;
}

/**
 * Erases participants for good. With `secure_delete` on, SQLite overwrites
 * what it deletes with zeros; VACUUM then rewrites the whole file, so old
 * versions that earlier saves left in free space go too (secure_delete only
 * clears what it deletes itself); a TRUNCATE checkpoint empties the
 * write-ahead log, which still holds older copies of the pages.
 *
 * The numbers of their certificates are kept (the number alone) so that a
 * number printed on their paper certificate is never given to someone else.
 * The audit log is not touched: it holds ids only.
 */
export function eraseParticipants(db: Database, participantIds: readonly string[], options: EraseOptions): ErasedRows {
  const previous = ['OFF', 'ON', 'FAST'][Number(db.pragma('secure_delete', { simple: true }))] ?? 'OFF';
  db.pragma('secure_delete = ON');
  try {
    const rows = db
      .transaction(() => {
        // Copies made before migration 13 (older backups) have no such table.
        if (hasTable(db, 'erased_certificate_numbers') && hasTable(db, 'certificates')) {
          db.prepare(
            `INSERT OR IGNORE INTO erased_certificate_numbers (number, erased_at)
             SELECT number, ? FROM certificates WHERE participant_id IN (SELECT value FROM json_each(?))`,
          ).run(options.at, JSON.stringify(participantIds));
        }
        const counts = deleteParticipantRows(db, participantIds);
        options.record?.(counts);
        return counts;
      })
      .immediate();
    db.exec('VACUUM');
    return rows;
  } finally {
    db.pragma(`secure_delete = ${previous}`);
    db.pragma('wal_checkpoint(TRUNCATE)');
  }
}

function hasTable(db: Database, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").pluck().get(name) !== undefined;
}
