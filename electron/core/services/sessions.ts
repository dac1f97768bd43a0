import { randomUUID } from 'node:crypto';
import type { AttendanceMarkDto, WorkshopSessionDto } from '../../../shared/api/dto';
import type { AttendanceMark, WorkshopSession } from '../../../shared/certificates/eligibility';
import type { ModuleId } from '../../../shared/content/schema';
import { nowIso, type CoreDeps } from '../context';
import type { Database } from '../db/database';
import type { Handlers } from '../dispatcher';
import { AppError } from '../errors';

type SessionHandlers = Pick<Handlers, 'sessions.list' | 'sessions.save' | 'sessions.delete' | 'attendance.get' | 'attendance.mark'>;

interface SessionRow {
  id: string;
  cohort_id: string;
  module_id: ModuleId;
  date: string;
  start_time: string;
  end_time: string;
  facilitator_id: string | null;
  place: string;
  marked: number;
  attended: number;
}

/**
 * Workshop sessions and attendance. The dispatcher checks the caller may see
 * the cohort; these handlers check that the session and the participant
 * belong to that cohort, so one cohort's id never opens another's records.
 */
export function createSessionHandlers(): SessionHandlers {
  return {
    'sessions.list': ({ cohortId }, { deps }) => sessionRows(deps.db, cohortId).map(toDto),

    'sessions.save': ({ cohortId, sessionId, fields }, { deps }) => {
      const now = nowIso(deps);
      if (fields.facilitatorId && deps.db.prepare("SELECT 1 FROM staff WHERE id = ? AND role = 'facilitator'").get(fields.facilitatorId) === undefined) {
        throw new AppError('INVALID_INPUT', 'No such facilitator', { fields: { 'fields.facilitatorId': { key: 'validation.choice' } } });
      }
      const values = [fields.moduleId, fields.date, fields.start, fields.end, fields.facilitatorId, fields.place, now] as const;
      if (sessionId) {
        sessionOf(deps.db, cohortId, sessionId);
        deps.db
          .prepare('UPDATE workshop_sessions SET module_id = ?, date = ?, start_time = ?, end_time = ?, facilitator_id = ?, place = ?, updated_at = ? WHERE id = ?')
          .run(...values, sessionId);
        return toDto(sessionOf(deps.db, cohortId, sessionId));
      }
      const id = randomUUID();
      deps.db
        .prepare('INSERT INTO workshop_sessions (module_id, date, start_time, end_time, facilitator_id, place, updated_at, id, cohort_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .run(...values, id, cohortId, now);
      return toDto(sessionOf(deps.db, cohortId, id));
    },

    'sessions.delete': ({ cohortId, sessionId }, { deps }) => {
      sessionOf(deps.db, cohortId, sessionId);
      deps.db.prepare('DELETE FROM workshop_sessions WHERE id = ?').run(sessionId);
      return null;
    },

    'attendance.get': ({ cohortId, sessionId }, { deps }) => {
      sessionOf(deps.db, cohortId, sessionId);
      return marksOf(deps.db, sessionId);
    },

    'attendance.mark': ({ cohortId, sessionId, participantId, status, minutesMissed }, { deps }) => {
      sessionOf(deps.db, cohortId, sessionId);
      if (deps.db.prepare('SELECT 1 FROM participants WHERE id = ? AND cohort_id = ?').get(participantId, cohortId) === undefined) {
        throw new AppError('NOT_FOUND', 'This participant is not in this cohort');
      }
      if (status === null) {
        deps.db.prepare('DELETE FROM attendance WHERE session_id = ? AND participant_id = ?').run(sessionId, participantId);
      } else {
        deps.db
          .prepare(
            `INSERT INTO attendance (session_id, participant_id, status, minutes_missed, updated_at) VALUES (?, ?, ?, ?, ?)
             ON CONFLICT (session_id, participant_id) DO UPDATE SET status = excluded.status, minutes_missed = excluded.minutes_missed, updated_at = excluded.updated_at`,
          )
          .run(sessionId, participantId, status, status === 'late' ? minutesMissed : null, nowIso(deps));
      }
      return marksOf(deps.db, sessionId);
    },
  };
}

const SESSION_COLUMNS = `s.*,
  (SELECT COUNT(*) FROM attendance a WHERE a.session_id = s.id) AS marked,
  (SELECT COUNT(*) FROM attendance a WHERE a.session_id = s.id AND a.status <> 'absent') AS attended`;

function sessionRows(db: Database, cohortId: string): SessionRow[] {
  return db.prepare(`SELECT ${SESSION_COLUMNS} FROM workshop_sessions s WHERE s.cohort_id = ? ORDER BY s.date, s.start_time`).all(cohortId) as SessionRow[];
}

function sessionOf(db: Database, cohortId: string, sessionId: string): SessionRow {
  const row = db.prepare(`SELECT ${SESSION_COLUMNS} FROM workshop_sessions s WHERE s.id = ? AND s.cohort_id = ?`).get(sessionId, cohortId) as SessionRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'No such session in this cohort');
  return row;
}

function marksOf(db: Database, sessionId: string): AttendanceMarkDto[] {
  return db
    .prepare('SELECT participant_id AS participantId, status, minutes_missed AS minutesMissed FROM attendance WHERE session_id = ?')
    .all(sessionId) as AttendanceMarkDto[];
}

function toDto(row: SessionRow): WorkshopSessionDto {
  return {
    id: row.id,
    cohortId: row.cohort_id,
    moduleId: row.module_id,
    date: row.date,
    start: row.start_time,
    end: row.end_time,
    facilitatorId: row.facilitator_id,
    place: row.place,
    marked: row.marked,
    attended: row.attended,
  };
}

/** A cohort's sessions and marks in the shape the eligibility functions take. */
export function cohortAttendance(deps: CoreDeps, cohortId: string): { sessions: WorkshopSession[]; marks: AttendanceMark[] } {
  const sessions = sessionRows(deps.db, cohortId).map((row) => ({ id: row.id, cohortId: row.cohort_id, moduleId: row.module_id, date: row.date, start: row.start_time, end: row.end_time }));
  const marks = (
    deps.db
      .prepare('SELECT a.session_id, a.participant_id, a.status, a.minutes_missed FROM attendance a JOIN workshop_sessions s ON s.id = a.session_id WHERE s.cohort_id = ?')
      .all(cohortId) as { session_id: string; participant_id: string; status: AttendanceMark['status']; minutes_missed: number | null }[]
  ).map((row) => ({
    sessionId: row.session_id,
    participantId: row.participant_id,
    status: row.status,
    ...(row.minutes_missed === null ? {} : { minutesMissed: row.minutes_missed }),
  }));
  return { sessions, marks };
}
