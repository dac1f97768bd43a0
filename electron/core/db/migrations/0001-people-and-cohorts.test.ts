import { describe, expect, it } from 'vitest';
import { columnsOf, databaseAtVersion } from './test-helpers';

describe('migration 1: people and cohorts', () => {
  it('creates the tables with lockout counters on participants and staff', () => {
    const db = databaseAtVersion(1);
    expect(columnsOf(db, 'participants')).toEqual(
      expect.arrayContaining(['id', 'cohort_id', 'pin_hash', 'failed_attempts', 'locked_until', 'pin_reset_required', 'is_sample']),
    );
    expect(columnsOf(db, 'staff')).toEqual(expect.arrayContaining(['password_hash', 'failed_attempts', 'locked_until']));
  });

  it('deletes a cohort’s participants with it and refuses orphans', () => {
    const db = databaseAtVersion(1);
    const now = '2026-01-01T00:00:00Z';
    db.prepare("INSERT INTO cohorts VALUES ('c1', 'C', 'Rabat', '2026-01-01', '2026-02-01', 0, ?, ?)").run(now, now);
    const insertParticipant = db.prepare(
      "INSERT INTO participants (id, cohort_id, first_name, last_name, country, language, avatar_json, pin_hash, created_at, updated_at) VALUES (?, ?, 'A', 'B', 'ML', 'fr', '{}', 'h', ?, ?)",
    );
    insertParticipant.run('p1', 'c1', now, now);
    expect(() => insertParticipant.run('p2', 'missing', now, now)).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM cohorts WHERE id = 'c1'").run();
    expect(db.prepare('SELECT COUNT(*) FROM participants').pluck().get()).toBe(0);
  });

  it('refuses a cohort ending before it starts', () => {
    const db = databaseAtVersion(1);
    expect(() => db.prepare("INSERT INTO cohorts VALUES ('c1', 'C', 'R', '2026-02-01', '2026-01-01', 0, 'x', 'x')").run()).toThrow(/CHECK/);
  });

  it('lists a cohort’s participants through its index', () => {
    const db = databaseAtVersion(1);
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT * FROM participants WHERE cohort_id = ? ORDER BY last_name").all('c') as { detail: string }[];
    expect(plan.map((row) => row.detail).join()).toContain('participants_by_cohort');
  });
});
