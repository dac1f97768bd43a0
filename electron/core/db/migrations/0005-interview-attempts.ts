import type { Migration } from './types';

/**
 * Interview practice: each answer (typed and/or recorded), with the
 * participant's self-rating and, in a mock interview, the facilitator's
 * rating on the same rubric. Recordings live inside the database, so they
 * follow the same protection and erasure as everything else.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'interview-attempts',
  up(db) {
    db.exec(`
      CREATE TABLE interview_attempts (
        id TEXT PRIMARY KEY,
        participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        question_id TEXT NOT NULL,
        mode TEXT NOT NULL CHECK (mode IN ('practice', 'mock')),
        typed_answer TEXT NOT NULL DEFAULT '',
        recording BLOB,
        recording_mime TEXT,
        recording_ms INTEGER CHECK (recording_ms IS NULL OR recording_ms BETWEEN 0 AND 300000),
        self_rating_json TEXT,
        facilitator_rating_json TEXT,
        facilitator_id TEXT REFERENCES staff(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX interview_attempts_by_participant ON interview_attempts(participant_id, created_at);
    `);
  },
};
