import type { Migration } from './types';

/**
 * Business plans (several per participant, the document kept as validated
 * JSON; every figure is derived, never stored) with their review status, and
 * the facilitators' comments per section.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'business-plans',
  up(db) {
    db.exec(`
      CREATE TABLE business_plans (
        id TEXT PRIMARY KEY,
        participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        language TEXT NOT NULL CHECK (language IN ('fr', 'en')),
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'reviewed')),
        document_json TEXT NOT NULL,
        submitted_at TEXT,
        reviewed_at TEXT,
        reviewed_by TEXT REFERENCES staff(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX business_plans_by_participant ON business_plans(participant_id, updated_at);

      CREATE TABLE business_plan_comments (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES business_plans(id) ON DELETE CASCADE,
        section TEXT NOT NULL,
        author_id TEXT REFERENCES staff(id) ON DELETE SET NULL,
        author_name TEXT NOT NULL,
        text TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX business_plan_comments_by_plan ON business_plan_comments(plan_id, created_at);
    `);
  },
};
