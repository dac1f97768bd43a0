import { randomUUID } from 'node:crypto';
import type { Migration } from './types';

/** Kept in step with shared/consents/texts.ts (VERSION_BEFORE_HISTORY); spelt out so this migration never changes. */
const BEFORE_HISTORY = 'v0-before-history';

/**
 * Consent records: every consent given or withdrawn, with the version of the
 * text shown, its language, when, and who recorded it (the participant, or a
 * staff member with a paper form or on their behalf). `consents` keeps the
 * current state per purpose and gains the version and language agreed to.
 *
 * Consents that existed before get one history row each, labelled
 * 'v0-before-history' / 'before-history': the text shown then was not kept,
 * and this says so rather than guessing.
 *
 * `erased_certificate_numbers` keeps the numbers of certificates removed by
 * an erasure (the number alone, nothing about the person), so a number
 * printed on someone's paper certificate is never given to another.
 */
export const migration0013: Migration = {
  version: 13,
  name: 'consent-records',
  up(db) {
    db.exec(`
      ALTER TABLE consents ADD COLUMN text_version TEXT;
      ALTER TABLE consents ADD COLUMN language TEXT CHECK (language IS NULL OR language IN ('fr', 'en'));

      CREATE TABLE consent_events (
        id TEXT PRIMARY KEY,
        participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        purpose TEXT NOT NULL CHECK (purpose IN ('data', 'photo', 'audio', 'share')),
        action TEXT NOT NULL CHECK (action IN ('given', 'withdrawn')),
        text_version TEXT NOT NULL,
        language TEXT CHECK (language IS NULL OR language IN ('fr', 'en')),
        at TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('participant', 'paper', 'staff', 'before-history', 'sample')),
        recorded_by_staff_id TEXT REFERENCES staff(id) ON DELETE SET NULL,
        -- Only staff-recorded rows name a staff member (who may later be removed: SET NULL).
        CHECK (source IN ('paper', 'staff') OR recorded_by_staff_id IS NULL)
      );
      CREATE INDEX consent_events_by_participant ON consent_events(participant_id, at);

      CREATE TABLE erased_certificate_numbers (
        number TEXT PRIMARY KEY,
        erased_at TEXT NOT NULL
      );
    `);

    const rows = db.prepare('SELECT participant_id, purpose, given_at, withdrawn_at FROM consents').all() as {
      participant_id: string; purpose: string; given_at: string | null; withdrawn_at: string | null;
    }[];
    const insert = db.prepare(
      `INSERT INTO consent_events (id, participant_id, purpose, action, text_version, language, at, source, recorded_by_staff_id)
       VALUES (?, ?, ?, ?, ?, NULL, ?, 'before-history', NULL)`,
    );
    for (const row of rows) {
      if (row.given_at) insert.run(randomUUID(), row.participant_id, row.purpose, 'given', BEFORE_HISTORY, row.given_at);
      if (row.withdrawn_at) insert.run(randomUUID(), row.participant_id, row.purpose, 'withdrawn', BEFORE_HISTORY, row.withdrawn_at);
    }
    db.prepare('UPDATE consents SET text_version = ? WHERE given_at IS NOT NULL').run(BEFORE_HISTORY);
  },
};
