import type { Migration } from './types';

/**
 * The audit log: who did what sensitive thing, and when. Append-only — the
 * triggers refuse any UPDATE or DELETE, so not even the app can rewrite it.
 * No foreign keys on purpose: the log holds IDs only (never names or other
 * personal data) and must outlive the erasure of the person it mentions.
 */
export const migration0012: Migration = {
  version: 12,
  name: 'audit-log',
  up(db) {
    db.exec(`
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        actor_id TEXT,
        actor_role TEXT,
        action TEXT NOT NULL,
        subject_id TEXT,
        details_json TEXT NOT NULL DEFAULT '{}'
      );
      CREATE INDEX audit_log_by_at ON audit_log(at);
      CREATE INDEX audit_log_by_action ON audit_log(action, at);

      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN
        SELECT RAISE(ABORT, 'audit_log is append-only');
      END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN
        SELECT RAISE(ABORT, 'audit_log is append-only');
      END;
    `);
  },
};
