import type { Migration } from './types';

/**
 * After the workshops, participants meet the migration office of their
 * country in a virtual orientation session. Recorded here: each session (a
 * date, a country, the topics, notes and follow-up) with who attended; a
 * page per country of return that the coordinator writes (contacts, support
 * that exists, useful notes) and participants of that country read; and the
 * register of hand-over packs sent to the home-country office (who, when,
 * what), only ever with the participant's consent.
 */
export const migration0010: Migration = {
  version: 10,
  name: 'orientation',
  up(db) {
    db.exec(`
      CREATE TABLE orientation_sessions (
        id TEXT PRIMARY KEY,
        date TEXT NOT NULL,
        country TEXT NOT NULL CHECK (country IN ('BF', 'CM', 'CI', 'GN', 'ML', 'CD', 'SN', 'TG')),
        topics_json TEXT NOT NULL,
        notes TEXT NOT NULL,
        follow_up TEXT NOT NULL,
        created_by TEXT REFERENCES staff(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX orientation_sessions_by_date ON orientation_sessions(date);

      CREATE TABLE orientation_attendees (
        session_id TEXT NOT NULL REFERENCES orientation_sessions(id) ON DELETE CASCADE,
        participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        PRIMARY KEY (session_id, participant_id)
      );
      CREATE INDEX orientation_attendees_by_participant ON orientation_attendees(participant_id);

      CREATE TABLE country_pages (
        country TEXT PRIMARY KEY CHECK (country IN ('BF', 'CM', 'CI', 'GN', 'ML', 'CD', 'SN', 'TG')),
        contacts TEXT NOT NULL,
        support TEXT NOT NULL,
        notes TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT REFERENCES staff(id) ON DELETE SET NULL
      );

      CREATE TABLE handovers (
        id TEXT PRIMARY KEY,
        participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        created_by TEXT REFERENCES staff(id) ON DELETE SET NULL,
        contents_json TEXT NOT NULL
      );
      CREATE INDEX handovers_by_participant ON handovers(participant_id, created_at);
    `);
  },
};
