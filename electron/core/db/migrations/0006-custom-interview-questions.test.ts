import { describe, expect, it } from 'vitest';
import { columnsOf, databaseAtVersion } from './test-helpers';

describe('migration 6: custom interview questions', () => {
  it('adds a table for questions added by coordinators, kept when their author leaves', () => {
    const db = databaseAtVersion(6);
    expect(columnsOf(db, 'interview_questions')).toEqual(['id', 'question_json', 'created_by', 'created_at', 'updated_at']);
    db.prepare("INSERT INTO staff (id, name, role, password_hash, created_at, updated_at) VALUES ('s1', 'K', 'coordinator', 'h', 't', 't')").run();
    db.prepare("INSERT INTO interview_questions VALUES ('q1', '{}', 's1', 't', 't')").run();
    db.prepare("DELETE FROM staff WHERE id = 's1'").run();
    expect(db.prepare("SELECT created_by FROM interview_questions WHERE id = 'q1'").pluck().get()).toBeNull();
  });
});
