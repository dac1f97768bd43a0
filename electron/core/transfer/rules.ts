import type { Database } from '../db/database';
import type { TransferRow } from './payload';
import { ownedTables, quote, type SchemaGraph } from './schema-graph';

/**
 * The few decisions the schema cannot make by itself. Everything else —
 * which tables belong to a cohort or a participant, in which order they are
 * written — is read from the foreign keys (see schema-graph.ts).
 */

/** A transfer starts from a cohort and its participants; every table that references them comes along. */
export const ROOT_TABLES = ['cohorts', 'participants'] as const;
export const PARTICIPANTS = 'participants';

/**
 * Never carried, never written by an import: this laptop's append-only log,
 * unfinished typing (drafts: per laptop, owner without a foreign key), and
 * settings that belong to the laptop or the organisation rather than to a cohort.
 */
export const SKIPPED_TABLES: ReadonlySet<string> = new Set(['audit_log', 'drafts', 'certificate_settings', 'country_pages']);

/** Sign-in lockout counters: they protect this laptop's keypad and start afresh on another one. */
export const LOCAL_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  participants: ['failed_attempts', 'locked_until'],
  staff: ['failed_attempts', 'locked_until'],
};

/**
 * Rows of tables outside the cohort that are carried only when something
 * carried points at them, and only if they pass this filter. Staff: the
 * facilitators (with their password hash, so they can sign in on the other
 * laptop); a coordinator's account is never carried, and references to one
 * are emptied (every such column is nullable) — each laptop keeps its own coordinator.
 */
export const PARENT_FILTERS: Readonly<Record<string, { sql: string; accepts: (row: TransferRow) => boolean }>> = {
  staff: { sql: "role = 'facilitator'", accepts: (row) => row.role === 'facilitator' },
};

/** References the schema does not declare: an interview attempt names its question, which may be a coordinator's own. */
export const SOFT_REFERENCES = [{ table: 'interview_attempts', columns: ['question_id'], references: 'interview_questions', to: ['id'] }] as const;

/**
 * Which copy of a record is newer. Most tables keep `updated_at`; a
 * certificate changes once, when it is revoked. Tables whose rows never
 * change once written are listed in IMMUTABLE_TABLES; a row already here is
 * then left alone.
 */
export const VERSION_OF: Readonly<Record<string, (row: TransferRow) => string | null>> = {
  certificates: (row) => text(row.revoked_at) ?? text(row.issued_at),
};
export const IMMUTABLE_TABLES: ReadonlySet<string> = new Set(['cohort_staff', 'orientation_attendees', 'business_plan_comments', 'handovers', 'consent_events']);

export function versionOf(table: string, row: TransferRow): string | null {
  const rule = VERSION_OF[table];
  if (rule) return rule(row);
  return text(row.updated_at);
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The tables a transfer file may hold: those owned by a cohort or a participant, and the tables they point to. */
export function carriedTables(schema: SchemaGraph): Set<string> {
  const carried = new Set([...ownedTables(schema, ROOT_TABLES)].filter((name) => !SKIPPED_TABLES.has(name)));
  const queue = [...carried];
  const reach = (name: string) => {
    if (carried.has(name) || SKIPPED_TABLES.has(name) || !schema.has(name)) return;
    carried.add(name);
    queue.push(name);
  };
  while (queue.length > 0) {
    const name = queue.pop()!;
    for (const key of schema.get(name)?.foreignKeys ?? []) reach(key.table);
    for (const soft of SOFT_REFERENCES) if (soft.table === name) reach(soft.references);
  }
  // A table without a primary key cannot be merged record by record.
  return new Set([...carried].filter((name) => schema.get(name)!.primaryKey.length > 0));
}

/** Participants erased on this laptop (the audit log keeps their ID, never their name): an import must not bring them back. */
export function erasedParticipants(db: Database, schema: SchemaGraph): Set<string> {
  if (!schema.has('audit_log')) return new Set();
  const ids = db.prepare(`SELECT DISTINCT subject_id FROM ${quote('audit_log')} WHERE action = 'participant.erase' AND subject_id IS NOT NULL`).pluck().all() as string[];
  return new Set(ids);
}
