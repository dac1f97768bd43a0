import type { Database } from 'better-sqlite3-multiple-ciphers';
import { AUDIT_ACTIONS, type AuditAction } from '../../../shared/audit/actions';
import { actionsOf, type AuditFilter } from '../../../shared/audit/filter';
import type { AuditDetails, AuditEntryDto, AuditPageDto, AuditPersonDto } from '../../../shared/audit/types';
import { ROLES, type Role } from '../../../shared/domain/roles';

export interface AuditEntry {
  at: string;
  actor: { id: string; role: Role } | null;
  action: AuditAction;
  subjectId?: string | null;
  /** IDs, counts and codes only: never names or anything else personal (the log outlives erasure). */
  details?: AuditDetails;
}

/**
 * Appends one line to the audit log. Call it inside the transaction that does
 * the thing recorded, so the action and its trace are saved together or not
 * at all. A malformed entry is a programming error and throws.
 */
export function recordAudit(db: Database, entry: AuditEntry): void {
  if (!(AUDIT_ACTIONS as readonly string[]).includes(entry.action)) throw new Error(`Unknown audit action: ${String(entry.action)}`);
  if (Number.isNaN(Date.parse(entry.at))) throw new Error(`Audit entry needs an ISO time, got ${entry.at}`);
  if (entry.actor && !(ROLES as readonly string[]).includes(entry.actor.role)) throw new Error(`Unknown role: ${entry.actor.role}`);
  const details = entry.details ?? {};
  if (typeof details !== 'object' || Array.isArray(details)) throw new Error('Audit details must be a flat object');
  for (const [key, value] of Object.entries(details)) {
    const primitive = value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
    if (!primitive) throw new Error(`Audit detail "${key}" must be a string, a finite number, a boolean or null`);
  }
  db.prepare('INSERT INTO audit_log (at, actor_id, actor_role, action, subject_id, details_json) VALUES (?, ?, ?, ?, ?, ?)').run(
    entry.at,
    entry.actor?.id ?? null,
    entry.actor?.role ?? null,
    entry.action,
    entry.subjectId ?? null,
    JSON.stringify(details),
  );
}

/** Local midnight of a calendar day, as the ISO instant the log is keyed by. */
function startOfLocalDay(date: string, plusDays = 0): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day + plusDays).toISOString();
}

interface AuditRow {
  id: number;
  at: string;
  actor_id: string | null;
  actor_role: Role | null;
  action: AuditAction;
  subject_id: string | null;
  details_json: string;
  actor_name: string | null;
  subject_kind: AuditPersonDto['kind'];
  subject_name: string | null;
}

// Names come from the live tables at read time: once a person is erased their
// rows are gone and the log shows only the ID it always held.
const ACTOR_NAME = `CASE WHEN a.actor_role = 'participant'
    THEN (SELECT p.first_name || ' ' || p.last_name FROM participants p WHERE p.id = a.actor_id)
    ELSE (SELECT s.name FROM staff s WHERE s.id = a.actor_id) END`;
const SUBJECT_PARTICIPANT = '(SELECT p.first_name || \' \' || p.last_name FROM participants p WHERE p.id = a.subject_id)';
const SUBJECT_STAFF = '(SELECT s.name FROM staff s WHERE s.id = a.subject_id)';
const SUBJECT_COHORT = '(SELECT c.name FROM cohorts c WHERE c.id = a.subject_id)';

/** One page of the log, newest first, with names resolved now. */
export function listAudit(db: Database, filter: AuditFilter): AuditPageDto {
  const where: string[] = [];
  const params: (string | number)[] = [];
  const actions = actionsOf(filter.action);
  if (actions.length !== AUDIT_ACTIONS.length) {
    where.push(`a.action IN (${actions.map(() => '?').join(', ')})`);
    params.push(...actions);
  }
  if (filter.from) {
    where.push('a.at >= ?');
    params.push(startOfLocalDay(filter.from));
  }
  if (filter.to) {
    where.push('a.at < ?');
    params.push(startOfLocalDay(filter.to, 1));
  }
  if (filter.actorId) {
    where.push('a.actor_id = ?');
    params.push(filter.actorId);
  }
  if (filter.subjectId) {
    where.push('a.subject_id = ?');
    params.push(filter.subjectId);
  }
  if (filter.person) {
    const pattern = `%${filter.person.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(`((${ACTOR_NAME}) LIKE ? ESCAPE '\\' OR ${SUBJECT_PARTICIPANT} LIKE ? ESCAPE '\\' OR ${SUBJECT_STAFF} LIKE ? ESCAPE '\\')`);
    params.push(pattern, pattern, pattern);
  }
  if (filter.before) {
    where.push('(a.at < ? OR (a.at = ? AND a.id < ?))');
    params.push(filter.before.at, filter.before.at, filter.before.id);
  }
  const rows = db
    .prepare(
      `SELECT a.id, a.at, a.actor_id, a.actor_role, a.action, a.subject_id, a.details_json,
         ${ACTOR_NAME} AS actor_name,
         CASE WHEN ${SUBJECT_PARTICIPANT} IS NOT NULL THEN 'participant'
              WHEN ${SUBJECT_STAFF} IS NOT NULL THEN 'staff'
              WHEN ${SUBJECT_COHORT} IS NOT NULL THEN 'cohort' END AS subject_kind,
         COALESCE(${SUBJECT_PARTICIPANT}, ${SUBJECT_STAFF}, ${SUBJECT_COHORT}) AS subject_name
       FROM audit_log a
       ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY a.at DESC, a.id DESC
       LIMIT ?`,
    )
    .all(...params, filter.limit + 1) as AuditRow[];
  const page = rows.slice(0, filter.limit);
  const last = page[page.length - 1];
  return {
    entries: page.map(toDto),
    next: rows.length > filter.limit && last ? { at: last.at, id: last.id } : null,
  };
}

function toDto(row: AuditRow): AuditEntryDto {
  return {
    id: row.id,
    at: row.at,
    action: row.action,
    actor: row.actor_id === null ? null : { id: row.actor_id, role: row.actor_role, kind: row.actor_role === 'participant' ? 'participant' : 'staff', name: row.actor_name },
    subject: row.subject_id === null ? null : { id: row.subject_id, kind: row.subject_kind, name: row.subject_name },
    details: JSON.parse(row.details_json) as AuditDetails,
  };
}
