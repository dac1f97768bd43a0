import { describe, expect, it } from 'vitest';
import { columnsOf, databaseAtVersion } from './test-helpers';

const NOW = '2026-03-02T09:00:00Z';

describe('migration 5: interview attempts', () => {
  it('keeps attempts with their recording, caps recordings at 5 minutes, and removes them with the participant', () => {
    const db = databaseAtVersion(5);
    expect(columnsOf(db, 'interview_attempts')).toEqual(expect.arrayContaining(['recording', 'self_rating_json', 'facilitator_rating_json']));
    db.prepare("INSERT INTO cohorts VALUES ('c1', 'C', 'Rabat', '2026-01-01', '2026-02-01', 0, ?, ?)").run(NOW, NOW);
    db.prepare(
      "INSERT INTO participants (id, cohort_id, first_name, last_name, country, language, avatar_json, pin_hash, created_at, updated_at) VALUES ('p1', 'c1', 'A', 'B', 'ML', 'fr', '{}', 'h', ?, ?)",
    ).run(NOW, NOW);
    const insert = db.prepare("INSERT INTO interview_attempts (id, participant_id, question_id, mode, recording, recording_mime, recording_ms, created_at, updated_at) VALUES (?, 'p1', 'q', 'practice', ?, 'audio/webm', ?, ?, ?)");
    insert.run('a1', Buffer.from([1, 2, 3]), 60_000, NOW, NOW);
    expect(() => insert.run('a2', Buffer.from([1]), 300_001, NOW, NOW)).toThrow(/CHECK/);
    expect(db.prepare("SELECT recording FROM interview_attempts WHERE id = 'a1'").pluck().get()).toEqual(Buffer.from([1, 2, 3]));
    db.prepare("DELETE FROM participants WHERE id = 'p1'").run();
    expect(db.prepare('SELECT COUNT(*) FROM interview_attempts').pluck().get()).toBe(0);
  });
});
