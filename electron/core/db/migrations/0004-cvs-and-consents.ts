import type { Migration } from './types';

/**
 * CVs (several per participant, the document kept as validated JSON) and
 * consents per purpose (a photo on a CV needs the participant's consent).
 */
export const migration0004: Migration = {
  version: 4,
  name: 'cvs-and-consents',
  up(db) {
    db.exec(`
      CREATE TABLE cvs (
        id TEXT PRIMARY KEY,
        participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        language TEXT NOT NULL CHECK (language IN ('fr', 'en')),
        document_json TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX cvs_by_participant ON cvs(participant_id, updated_at);

      CREATE TABLE consents (
        participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        purpose TEXT NOT NULL CHECK (purpose IN ('photo', 'audio', 'data', 'share')),
        given_at TEXT,
        withdrawn_at TEXT,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (participant_id, purpose)
      );
    `);
  },
};
