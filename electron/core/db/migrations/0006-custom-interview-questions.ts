import type { Migration } from './types';

/** Interview questions coordinators add from the app, beside the shipped bank. */
export const migration0006: Migration = {
  version: 6,
  name: 'custom-interview-questions',
  up(db) {
    db.exec(`
      CREATE TABLE interview_questions (
        id TEXT PRIMARY KEY,
        question_json TEXT NOT NULL,
        created_by TEXT REFERENCES staff(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
    `);
  },
};
