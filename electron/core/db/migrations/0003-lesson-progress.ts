import type { Migration } from './types';

/**
 * Lesson progress per participant: where they stopped, each step's answer
 * (with a score for questions, computed on the Node side) and the module
 * self-assessments before and after. Keys are natural (participant, lesson,
 * step), so records from several laptops merge without clashes.
 */
export const migration0003: Migration = {
  version: 3,
  name: 'lesson-progress',
  up(db) {
    db.exec(`
      CREATE TABLE lesson_progress (
        participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        lesson_id TEXT NOT NULL,
        position INTEGER NOT NULL DEFAULT 0 CHECK (position >= 0),
        completed_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (participant_id, lesson_id)
      );

      CREATE TABLE step_answers (
        participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        lesson_id TEXT NOT NULL,
        step_id TEXT NOT NULL,
        answer_json TEXT NOT NULL,
        score INTEGER CHECK (score IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (participant_id, lesson_id, step_id)
      );

      CREATE TABLE module_self_assessments (
        participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        module_id TEXT NOT NULL,
        phase TEXT NOT NULL CHECK (phase IN ('before', 'after')),
        ratings_json TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (participant_id, module_id, phase)
      );
    `);
  },
};
