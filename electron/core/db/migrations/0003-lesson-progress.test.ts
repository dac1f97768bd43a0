import { describe, expect, it } from 'vitest';
import { columnsOf, databaseAtVersion } from './test-helpers';

const NOW = '2026-03-02T09:00:00Z';

function withParticipant(version: number) {
  const db = databaseAtVersion(version);
  db.prepare("INSERT INTO cohorts VALUES ('c1', 'C', 'Rabat', '2026-01-01', '2026-02-01', 0, ?, ?)").run(NOW, NOW);
  db.prepare(
    "INSERT INTO participants (id, cohort_id, first_name, last_name, country, language, avatar_json, pin_hash, created_at, updated_at) VALUES ('p1', 'c1', 'A', 'B', 'ML', 'fr', '{}', 'h', ?, ?)",
  ).run(NOW, NOW);
  return db;
}

describe('migration 3: lesson progress', () => {
  it('adds progress, answers and self-assessment tables', () => {
    const db = databaseAtVersion(3);
    expect(columnsOf(db, 'lesson_progress')).toEqual(['participant_id', 'lesson_id', 'position', 'completed_at', 'created_at', 'updated_at']);
    expect(columnsOf(db, 'step_answers')).toContain('score');
    expect(columnsOf(db, 'module_self_assessments')).toContain('phase');
  });

  it('removes a participant’s progress with the participant and refuses bad values', () => {
    const db = withParticipant(3);
    db.prepare("INSERT INTO lesson_progress VALUES ('p1', 'l1', 2, NULL, ?, ?)").run(NOW, NOW);
    db.prepare("INSERT INTO step_answers VALUES ('p1', 'l1', 's1', '{}', 1, ?, ?)").run(NOW, NOW);
    db.prepare("INSERT INTO module_self_assessments VALUES ('p1', 'm', 'before', '{}', ?, ?)").run(NOW, NOW);
    expect(() => db.prepare("INSERT INTO step_answers VALUES ('p1', 'l1', 's2', '{}', 5, ?, ?)").run(NOW, NOW)).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO module_self_assessments VALUES ('p1', 'm', 'during', '{}', ?, ?)").run(NOW, NOW)).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO lesson_progress VALUES ('ghost', 'l1', 0, NULL, ?, ?)").run(NOW, NOW)).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM participants WHERE id = 'p1'").run();
    for (const table of ['lesson_progress', 'step_answers', 'module_self_assessments']) {
      expect(db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }
  });
});
