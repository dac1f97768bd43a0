import type { Migration } from './types';

/**
 * Indexes that answer the coordinator dashboard from the index alone, measured
 * on a country programme's worth of data (bench/): lessons completed per
 * participant, minutes attended per session, certificates by issue date.
 */
export const migration0011: Migration = {
  version: 11,
  name: 'covering-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX lesson_progress_completion ON lesson_progress(participant_id, lesson_id, completed_at);
      CREATE INDEX attendance_minutes ON attendance(session_id, status, minutes_missed);
      CREATE INDEX certificates_by_issue ON certificates(issued_at, kind, revoked_at, cohort_id);
    `);
  },
};
