import { describe, expect, it } from 'vitest';
import { columnsOf, databaseAtVersion } from './test-helpers';

const NOW = '2026-03-02T09:00:00Z';

describe('migration 8: workshop sessions and attendance', () => {
  it('keeps sessions per cohort and one mark per participant and session, removed with the cohort', () => {
    const db = databaseAtVersion(8);
    expect(columnsOf(db, 'attendance')).toEqual(['session_id', 'participant_id', 'status', 'minutes_missed', 'updated_at']);
    db.prepare("INSERT INTO cohorts VALUES ('c1', 'C', 'Rabat', '2026-01-01', '2026-02-01', 0, ?, ?)").run(NOW, NOW);
    db.prepare(
      "INSERT INTO participants (id, cohort_id, first_name, last_name, country, language, avatar_json, pin_hash, created_at, updated_at) VALUES ('p1', 'c1', 'A', 'B', 'ML', 'fr', '{}', 'h', ?, ?)",
    ).run(NOW, NOW);
    const session = db.prepare("INSERT INTO workshop_sessions VALUES (?, 'c1', 'life-skills', '2026-01-05', ?, ?, NULL, 'Salle 1', ?, ?)");
    session.run('s1', '09:00', '12:00', NOW, NOW);
    expect(() => session.run('s2', '12:00', '09:00', NOW, NOW)).toThrow(/CHECK/);
    db.prepare("INSERT INTO attendance VALUES ('s1', 'p1', 'late', 20, ?)").run(NOW);
    expect(() => db.prepare("INSERT INTO attendance VALUES ('s1', 'p1', 'present', NULL, ?)").run(NOW)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.prepare("UPDATE attendance SET status = 'excused'").run()).toThrow(/CHECK/);
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT * FROM workshop_sessions WHERE cohort_id = ? ORDER BY date').all('c1') as { detail: string }[];
    expect(plan.map((row) => row.detail).join()).toContain('workshop_sessions_by_cohort');
    db.prepare("DELETE FROM cohorts WHERE id = 'c1'").run();
    expect(db.prepare('SELECT COUNT(*) FROM workshop_sessions').pluck().get()).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM attendance').pluck().get()).toBe(0);
  });
});
