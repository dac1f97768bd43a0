import type { Migration } from './types';

/**
 * Workshop sessions per cohort (a module, a date, start and end times, who
 * ran it, where) and the attendance taken at each: present, absent or late
 * (with the minutes missed when the facilitator noted them).
 */
export const migration0008: Migration = {
  version: 8,
  name: 'workshop-sessions',
  up(db) {
    db.exec(`
      CREATE TABLE workshop_sessions (
        id TEXT PRIMARY KEY,
        cohort_id TEXT NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
        module_id TEXT NOT NULL,
        date TEXT NOT NULL,
        start_time TEXT NOT NULL,
        end_time TEXT NOT NULL CHECK (end_time > start_time),
        facilitator_id TEXT REFERENCES staff(id) ON DELETE SET NULL,
        place TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX workshop_sessions_by_cohort ON workshop_sessions(cohort_id, date);

      CREATE TABLE attendance (
        session_id TEXT NOT NULL REFERENCES workshop_sessions(id) ON DELETE CASCADE,
        participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        status TEXT NOT NULL CHECK (status IN ('present', 'absent', 'late')),
        minutes_missed INTEGER CHECK (minutes_missed IS NULL OR minutes_missed >= 0),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (session_id, participant_id)
      );
      CREATE INDEX attendance_by_participant ON attendance(participant_id);
    `);
  },
};
