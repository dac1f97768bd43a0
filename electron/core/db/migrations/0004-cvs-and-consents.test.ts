import { describe, expect, it } from 'vitest';
import { columnsOf, databaseAtVersion } from './test-helpers';

const NOW = '2026-03-02T09:00:00Z';

describe('migration 4: CVs and consents', () => {
  it('adds cvs and consents, removed with their participant, and lists a participant’s CVs by index', () => {
    const db = databaseAtVersion(4);
    expect(columnsOf(db, 'cvs')).toEqual(['id', 'participant_id', 'title', 'language', 'document_json', 'created_at', 'updated_at']);
    db.prepare("INSERT INTO cohorts VALUES ('c1', 'C', 'Rabat', '2026-01-01', '2026-02-01', 0, ?, ?)").run(NOW, NOW);
    db.prepare(
      "INSERT INTO participants (id, cohort_id, first_name, last_name, country, language, avatar_json, pin_hash, created_at, updated_at) VALUES ('p1', 'c1', 'A', 'B', 'ML', 'fr', '{}', 'h', ?, ?)",
    ).run(NOW, NOW);
    db.prepare("INSERT INTO cvs VALUES ('cv1', 'p1', 'Mon CV', 'fr', '{}', ?, ?)").run(NOW, NOW);
    db.prepare("INSERT INTO consents VALUES ('p1', 'photo', ?, NULL, ?)").run(NOW, NOW);
    expect(() => db.prepare("INSERT INTO cvs VALUES ('cv2', 'p1', 'x', 'de', '{}', ?, ?)").run(NOW, NOW)).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO consents VALUES ('p1', 'marketing', ?, NULL, ?)").run(NOW, NOW)).toThrow(/CHECK/);
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT * FROM cvs WHERE participant_id = ? ORDER BY updated_at').all('p1') as { detail: string }[];
    expect(plan.map((row) => row.detail).join()).toContain('cvs_by_participant');
    db.prepare("DELETE FROM participants WHERE id = 'p1'").run();
    expect(db.prepare('SELECT COUNT(*) FROM cvs').pluck().get()).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM consents').pluck().get()).toBe(0);
  });
});
