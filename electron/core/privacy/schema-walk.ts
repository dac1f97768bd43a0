import type { Database } from 'better-sqlite3-multiple-ciphers';

/**
 * Where a participant's rows are, found through the schema itself rather
 * than a hand-kept list: every table whose foreign keys lead, directly or
 * through other tables, to `participants`. A table added by a later
 * migration is covered as soon as it declares its foreign key.
 *
 * Columns that hold a participant's id WITHOUT a foreign key cannot be found
 * that way; they are listed below, and a test fails when a column that looks
 * like an id appears in the schema without being classified here.
 */

/** Columns holding a participant's id without a foreign key: their rows are removed with the participant. */
export const UNLINKED_PARTICIPANT_COLUMNS: readonly { table: string; column: string }[] = [
  // A draft belongs to whoever is signed in: a participant or a staff member (one column for both).
  { table: 'drafts', column: 'owner_id' },
];

/**
 * Id-like columns that are not a participant's, or that are kept on purpose.
 * `table.column` → why.
 */
export const NOT_PARTICIPANT_COLUMNS: Readonly<Record<string, string>> = {
  'audit_log.actor_id': 'kept on purpose: the append-only log holds ids only and outlives erasure',
  'audit_log.subject_id': 'kept on purpose: the append-only log holds ids only and outlives erasure',
  'audit_log.actor_role': 'a role, not an id',
  'certificates.participant_name': 'the name as printed; the row is found (and erased) through participant_id',
  'lesson_progress.lesson_id': 'a lesson of the content',
  'step_answers.lesson_id': 'a lesson of the content',
  'step_answers.step_id': 'a step of the content',
  'module_self_assessments.module_id': 'a module of the content',
  'interview_attempts.question_id': 'a question of the bank',
  'workshop_sessions.module_id': 'a module of the content',
};

export interface ForeignKey {
  /** The table holding the reference. */
  table: string;
  from: readonly string[];
  /** The table referred to. */
  parent: string;
  to: readonly string[];
  onDelete: string;
}

/** The user tables of the database (SQLite's own tables left out). */
export function userTables(db: Database): string[] {
  return db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name").pluck().all() as string[];
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function primaryKeyOf(db: Database, table: string): string[] {
  const columns = db.prepare(`SELECT name, pk FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk`).all(table) as { name: string; pk: number }[];
  return columns.length > 0 ? columns.map((column) => column.name) : ['rowid'];
}

/** Every foreign key of every table, multi-column keys kept together, implicit targets resolved to the parent's primary key. */
export function foreignKeys(db: Database): ForeignKey[] {
  const keys: ForeignKey[] = [];
  for (const table of userTables(db)) {
    const rows = db.prepare('SELECT id, seq, "table" AS parent, "from", "to", on_delete FROM pragma_foreign_key_list(?) ORDER BY id, seq').all(table) as {
      id: number; seq: number; parent: string; from: string; to: string | null; on_delete: string;
    }[];
    const byId = new Map<number, typeof rows>();
    for (const row of rows) byId.set(row.id, [...(byId.get(row.id) ?? []), row]);
    for (const group of byId.values()) {
      const parent = group[0]!.parent;
      const implicit = group.some((row) => row.to === null);
      keys.push({
        table,
        from: group.map((row) => row.from),
        parent,
        to: implicit ? primaryKeyOf(db, parent) : group.map((row) => row.to!),
        onDelete: group[0]!.on_delete,
      });
    }
  }
  return keys;
}

/**
 * One step of the erasure, in the order it must run (children before their
 * parents): delete from `table` the rows matching `where`, a condition with
 * one `?`, bound to the participants' ids as a JSON array.
 */
export interface DeletionStep {
  table: string;
  /** How the table was reached: participants, then each table down to this one. */
  path: readonly string[];
  where: string;
}

/**
 * The deletions that remove every row reaching `root` (default
 * `participants`) through foreign keys, deepest first, then the root rows,
 * then the unlinked columns. A table reached by several paths gets one step
 * per path; a table already on the path is not entered again (cycles).
 */
export function deletionPlan(
  db: Database,
  options: { root?: string; rootKey?: string; unlinked?: readonly { table: string; column: string }[] } = {},
): DeletionStep[] {
  const root = options.root ?? 'participants';
  const rootKey = options.rootKey ?? 'id';
  const keys = foreignKeys(db);
  const steps: DeletionStep[] = [];

  // `where` selects the rows of `table` to remove.
  const visit = (table: string, rowsWhere: string, path: readonly string[]) => {
    const where = withSelfReferences(table, rowsWhere, keys);
    for (const key of keys.filter((candidate) => candidate.parent === table)) {
      if (path.includes(key.table)) continue;
      const columns = key.from.map(quoteIdentifier).join(', ');
      const targets = key.to.map(quoteIdentifier).join(', ');
      const childWhere = `(${columns}) IN (SELECT ${targets} FROM ${quoteIdentifier(table)} WHERE ${where})`;
      visit(key.table, childWhere, [...path, key.table]);
    }
    steps.push({ table, path, where });
  };
  visit(root, `${quoteIdentifier(rootKey)} IN (SELECT value FROM json_each(?))`, [root]);

  const present = new Set(userTables(db));
  for (const { table, column } of options.unlinked ?? UNLINKED_PARTICIPANT_COLUMNS) {
    if (!present.has(table)) continue;
    steps.push({ table, path: [table], where: `${quoteIdentifier(column)} IN (SELECT value FROM json_each(?))` });
  }
  return steps;
}

/**
 * A table whose rows point at other rows of the same table (a reply to a
 * reply): the rows that answer a doomed row are doomed too, to any depth.
 */
function withSelfReferences(table: string, where: string, keys: readonly ForeignKey[]): string {
  const own = keys.filter((key) => key.table === table && key.parent === table);
  if (own.length === 0) return where;
  const t = quoteIdentifier(table);
  const links = own
    .map((key) => `(${key.from.map((c) => `c.${quoteIdentifier(c)}`).join(', ')}) = (${key.to.map((c) => `p.${quoteIdentifier(c)}`).join(', ')})`)
    .join(' OR ');
  return `rowid IN (WITH RECURSIVE doomed(rid) AS (SELECT rowid FROM ${t} WHERE ${where}
    UNION SELECT c.rowid FROM ${t} c JOIN ${t} p ON ${links} JOIN doomed ON p.rowid = doomed.rid) SELECT rid FROM doomed)`;
}

/** The tables that hold rows about a participant (the export and the erasure cover the same ones). */
export function participantTables(db: Database): string[] {
  return [...new Set(deletionPlan(db).map((step) => step.table))];
}

/**
 * Columns that look like they hold someone's id (`…_id`, `…_by`, or naming a
 * participant, owner, subject, actor or person) yet have no foreign key and
 * are in neither list above. Must be empty: a new one has to be classified.
 */
export function unclassifiedIdColumns(db: Database): string[] {
  const keys = foreignKeys(db);
  const linked = new Set(keys.flatMap((key) => key.from.map((column) => `${key.table}.${column}`)));
  const handled = new Set([...UNLINKED_PARTICIPANT_COLUMNS.map(({ table, column }) => `${table}.${column}`), ...Object.keys(NOT_PARTICIPANT_COLUMNS)]);
  const found: string[] = [];
  for (const table of userTables(db)) {
    const columns = db.prepare('SELECT name, pk FROM pragma_table_info(?)').all(table) as { name: string; pk: number }[];
    for (const column of columns) {
      const name = column.name.toLowerCase();
      const ownKey = name === 'id' && column.pk > 0;
      const looksLikeId = /(_id|_by|_ids)$/.test(name) || /participant|owner|subject|actor|person|user/.test(name) || (name === 'id' && !ownKey);
      const qualified = `${table}.${column.name}`;
      if (looksLikeId && !ownKey && !linked.has(qualified) && !handled.has(qualified)) found.push(qualified);
    }
  }
  return found;
}
