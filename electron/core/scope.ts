import type { SessionUser } from '../../shared/api/dto';
import type { Target } from '../../shared/api/contract';
import type { Database } from './db/database';
import { AppError } from './errors';

/**
 * Record-level rights, checked by the dispatcher before any handler runs:
 * a participant reaches only their own records, a facilitator the cohorts
 * they are assigned to, a coordinator everything.
 */
export function assertTargetAllowed(db: Database, user: SessionUser, requested: Target): void {
  // A participant's own record (a CV…) is checked as that participant.
  const target =
    'cvId' in requested ? { participantId: ownerOf(db, 'cvs', requested.cvId) ?? '' }
    : 'attemptId' in requested ? { participantId: ownerOf(db, 'interview_attempts', requested.attemptId) ?? '' }
    : 'planId' in requested ? { participantId: ownerOf(db, 'business_plans', requested.planId) ?? '' }
    : requested;
  if ('participantId' in target && target.participantId === '' && user.role === 'coordinator') throw new AppError('NOT_FOUND', 'No such record');
  const cohortId = 'cohortId' in target ? target.cohortId : cohortOfParticipant(db, target.participantId);

  if (user.role === 'participant') {
    if ('participantId' in target ? target.participantId === user.id : cohortOfParticipant(db, user.id) === cohortId) return;
    throw forbidden();
  }
  if (cohortId === null || !cohortExists(db, cohortId)) {
    if (user.role === 'coordinator') throw new AppError('NOT_FOUND', 'No such record');
    throw forbidden();
  }
  if (user.role === 'coordinator') return;
  if (!facilitatorHasCohort(db, user.id, cohortId)) throw forbidden();
}

/** Cohort ids a staff member may see; null means all (coordinator). */
export function visibleCohortIds(db: Database, user: SessionUser): string[] | null {
  if (user.role === 'coordinator') return null;
  if (user.role === 'participant') {
    const own = cohortOfParticipant(db, user.id);
    return own ? [own] : [];
  }
  const rows = db.prepare('SELECT cohort_id FROM cohort_staff WHERE staff_id = ?').pluck().all(user.id) as string[];
  return rows;
}

function cohortOfParticipant(db: Database, participantId: string): string | null {
  const row = db.prepare('SELECT cohort_id FROM participants WHERE id = ?').pluck().get(participantId) as string | undefined;
  return row ?? null;
}

/** The participant a record belongs to (table names are fixed here, never taken from input). */
function ownerOf(db: Database, table: 'cvs' | 'interview_attempts' | 'business_plans', id: string): string | null {
  return (db.prepare(`SELECT participant_id FROM ${table} WHERE id = ?`).pluck().get(id) as string | undefined) ?? null;
}

function cohortExists(db: Database, cohortId: string): boolean {
  return db.prepare('SELECT 1 FROM cohorts WHERE id = ?').pluck().get(cohortId) !== undefined;
}

function facilitatorHasCohort(db: Database, staffId: string, cohortId: string): boolean {
  return db.prepare('SELECT 1 FROM cohort_staff WHERE staff_id = ? AND cohort_id = ?').pluck().get(staffId, cohortId) !== undefined;
}

const forbidden = () => new AppError('FORBIDDEN', 'This record belongs to someone else');
