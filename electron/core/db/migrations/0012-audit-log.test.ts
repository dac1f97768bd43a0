import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from './index';
import { migrate, schemaVersion } from '../database';
import { columnsOf, databaseAtVersion } from './test-helpers';
import { migration0012 } from './0012-audit-log';

const NOW = '2026-03-02T09:00:00Z';

describe('migration 12: the append-only audit log', () => {
  it('applies on a database at version 11 and keeps what was there', () => {
    const db = databaseAtVersion(11);
    db.prepare("INSERT INTO staff (id, name, role, password_hash, created_at, updated_at) VALUES ('s1', 'K', 'coordinator', 'h', ?, ?)").run(NOW, NOW);
    migrate(db, MIGRATIONS, 12);
    expect(schemaVersion(db)).toBe(12);
    expect(db.prepare('SELECT COUNT(*) FROM staff').pluck().get()).toBe(1);
    expect(columnsOf(db, 'audit_log')).toEqual(['id', 'at', 'actor_id', 'actor_role', 'action', 'subject_id', 'details_json']);
    expect(migration0012.version).toBe(12);
  });

  it('takes new rows, with details defaulting to an empty object, and no foreign keys', () => {
    const db = databaseAtVersion(12);
    db.prepare("INSERT INTO audit_log (at, actor_id, actor_role, action, subject_id) VALUES (?, 'nobody', 'coordinator', 'signin.failed', 'ghost')").run(NOW);
    db.prepare("INSERT INTO audit_log (at, action, details_json) VALUES (?, 'export.report', '{\"rows\":3}')").run(NOW);
    const rows = db.prepare('SELECT id, actor_id, subject_id, details_json FROM audit_log ORDER BY id').all();
    expect(rows).toEqual([
      { id: 1, actor_id: 'nobody', subject_id: 'ghost', details_json: '{}' },
      { id: 2, actor_id: null, subject_id: null, details_json: '{"rows":3}' },
    ]);
    expect(db.prepare("SELECT COUNT(*) FROM pragma_foreign_key_list('audit_log')").pluck().get()).toBe(0);
  });

  it('refuses UPDATE and DELETE, row by row or all at once', () => {
    const db = databaseAtVersion(12);
    db.prepare("INSERT INTO audit_log (at, action) VALUES (?, 'signin.failed')").run(NOW);
    expect(() => db.prepare("UPDATE audit_log SET action = 'staff.create'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log WHERE id = 1').run()).toThrow(/append-only/);
    expect(() => db.exec('DELETE FROM audit_log')).toThrow(/append-only/);
    expect(db.prepare('SELECT action FROM audit_log').pluck().all()).toEqual(['signin.failed']);
  });

  it('answers period and action queries from its indexes', () => {
    const db = databaseAtVersion(12);
    const detail = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join();
    expect(detail("SELECT id FROM audit_log WHERE at >= '2026' ORDER BY at")).toContain('audit_log_by_at');
    expect(detail("SELECT id FROM audit_log WHERE action = 'x' AND at >= '2026'")).toContain('audit_log_by_action');
  });
});
