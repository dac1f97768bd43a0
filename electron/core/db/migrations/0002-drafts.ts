import type { Migration } from './types';

/**
 * Unfinished typing, saved per signed-in person so that an idle lock or a
 * switch of user never loses it. `owner_id` is a staff or participant id,
 * hence no foreign key; rows go when their owner is deleted (see services).
 */
export const migration0002: Migration = {
  version: 2,
  name: 'drafts',
  up(db) {
    db.exec(`
      CREATE TABLE drafts (
        owner_id TEXT NOT NULL,
        key TEXT NOT NULL,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (owner_id, key)
      );
    `);
  },
};
