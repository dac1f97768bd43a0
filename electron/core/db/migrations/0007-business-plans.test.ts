import { describe, expect, it } from 'vitest';
import { columnsOf, databaseAtVersion } from './test-helpers';

const NOW = '2026-03-02T09:00:00Z';

describe('migration 7: business plans', () => {
  it('adds plans and their comments, removed with their participant, with a status the database checks', () => {
    const db = databaseAtVersion(7);
    expect(columnsOf(db, 'business_plans')).toEqual([
      'id', 'participant_id', 'title', 'language', 'status', 'document_json', 'submitted_at', 'reviewed_at', 'reviewed_by', 'created_at', 'updated_at',
    ]);
    db.prepare("INSERT INTO cohorts VALUES ('c1', 'C', 'Rabat', '2026-01-01', '2026-02-01', 0, ?, ?)").run(NOW, NOW);
    db.prepare(
      "INSERT INTO participants (id, cohort_id, first_name, last_name, country, language, avatar_json, pin_hash, created_at, updated_at) VALUES ('p1', 'c1', 'A', 'B', 'ML', 'fr', '{}', 'h', ?, ?)",
    ).run(NOW, NOW);
    db.prepare("INSERT INTO staff (id, name, role, password_hash, created_at, updated_at) VALUES ('s1', 'Awa', 'facilitator', 'h', ?, ?)").run(NOW, NOW);
    db.prepare("INSERT INTO business_plans (id, participant_id, title, language, document_json, created_at, updated_at) VALUES ('b1', 'p1', 'Boutique', 'fr', '{}', ?, ?)").run(NOW, NOW);
    expect(db.prepare("SELECT status FROM business_plans WHERE id = 'b1'").pluck().get()).toBe('draft');
    expect(() => db.prepare("UPDATE business_plans SET status = 'approved' WHERE id = 'b1'").run()).toThrow(/CHECK/);
    db.prepare("INSERT INTO business_plan_comments VALUES ('m1', 'b1', 'customers', 's1', 'Awa', 'Qui achète ?', ?)").run(NOW);

    // A facilitator who leaves keeps their comments, under their name.
    db.prepare("DELETE FROM staff WHERE id = 's1'").run();
    expect(db.prepare("SELECT author_id, author_name FROM business_plan_comments WHERE id = 'm1'").get()).toEqual({ author_id: null, author_name: 'Awa' });

    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT * FROM business_plans WHERE participant_id = ? ORDER BY updated_at').all('p1') as { detail: string }[];
    expect(plan.map((row) => row.detail).join()).toContain('business_plans_by_participant');
    db.prepare("DELETE FROM participants WHERE id = 'p1'").run();
    expect(db.prepare('SELECT COUNT(*) FROM business_plans').pluck().get()).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM business_plan_comments').pluck().get()).toBe(0);
  });
});
