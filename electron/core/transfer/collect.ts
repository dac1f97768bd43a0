import type { Database } from '../db/database';
import type { TransferPayload, TransferRow } from './payload';
import { carriedTables, LOCAL_COLUMNS, PARENT_FILTERS, PARTICIPANTS, ROOT_TABLES, SOFT_REFERENCES } from './rules';
import { ownedTables, quote, rowKey, topologicalOrder, type ForeignKey, type SchemaGraph, type TableInfo } from './schema-graph';

export interface TransferSelection {
  cohortId: string;
  /** Everyone in the cohort when null. */
  participantIds: readonly string[] | null;
}

/** Rows picked so far, per table, keyed by primary key. */
type Picked = Map<string, Map<string, TransferRow>>;

/**
 * Every row that belongs to a cohort (or to chosen participants of it), and
 * the rows those point to, as one self-contained set: each foreign key in it
 * points inside the set or is empty. Read inside one transaction by the caller.
 *
 * A row of an owned table is taken when all its references to owned tables
 * point to rows already taken (parents first), and — in a table that names a
 * participant — when it names a participant taken: so sessions of the cohort
 * come along, but no one else's attendance, answers or certificates.
 */
export function collectTransfer(db: Database, schema: SchemaGraph, selection: TransferSelection): TransferPayload {
  const carried = carriedTables(schema);
  const owned = new Set([...ownedTables(schema, ROOT_TABLES)].filter((name) => carried.has(name)));
  const picked: Picked = new Map([...carried].map((name) => [name, new Map()]));
  const add = (table: TableInfo, row: TransferRow) => picked.get(table.name)!.set(rowKey(table, row), row);

  const cohorts = schema.get('cohorts')!;
  const participants = schema.get(PARTICIPANTS)!;
  for (const row of db.prepare('SELECT * FROM cohorts WHERE id = ?').all(selection.cohortId) as TransferRow[]) add(cohorts, row);
  const people = (
    selection.participantIds === null
      ? db.prepare('SELECT * FROM participants WHERE cohort_id = ?').all(selection.cohortId)
      : db.prepare('SELECT * FROM participants WHERE cohort_id = ? AND id IN (SELECT value FROM json_each(?))').all(selection.cohortId, JSON.stringify(selection.participantIds))
  ) as TransferRow[];
  for (const row of people) add(participants, row);

  for (const name of topologicalOrder(schema, owned)) {
    if ((ROOT_TABLES as readonly string[]).includes(name)) continue;
    const table = schema.get(name)!;
    const ownedKeys = table.foreignKeys.filter((key) => owned.has(key.table));
    const participantKeys = ownedKeys.filter((key) => key.table === PARTICIPANTS);
    for (const key of ownedKeys) {
      for (const row of rowsReferencing(db, table, key, picked.get(key.table)!)) {
        const allInside = ownedKeys.every((other) => isEmpty(row, other) || isPicked(picked, schema, other, row));
        const namesAParticipant = participantKeys.length === 0 || participantKeys.some((other) => !isEmpty(row, other));
        if (allInside && namesAParticipant) add(table, row);
      }
    }
  }

  pickParents(db, schema, carried, owned, picked);
  for (const [name, rows] of picked) for (const row of rows.values()) for (const column of LOCAL_COLUMNS[name] ?? []) delete row[column];
  closeReferences(schema, picked);

  const tables: Record<string, TransferRow[]> = {};
  for (const name of topologicalOrder(schema, carried)) {
    const rows = [...picked.get(name)!.values()];
    if (rows.length > 0) tables[name] = rows;
  }
  return { tables };
}

/** Rows outside the cohort that carried rows point to (facilitators, orientation sessions, custom questions), and theirs in turn. */
function pickParents(db: Database, schema: SchemaGraph, carried: Set<string>, owned: Set<string>, picked: Picked): void {
  const queue = [...owned];
  while (queue.length > 0) {
    const child = schema.get(queue.pop()!)!;
    const references: ForeignKey[] = [...child.foreignKeys, ...SOFT_REFERENCES.filter((soft) => soft.table === child.name).map((soft) => ({ columns: [...soft.columns], table: soft.references, to: [...soft.to] }))];
    for (const key of references) {
      if (owned.has(key.table) || !carried.has(key.table)) continue;
      const parent = schema.get(key.table)!;
      const wanted = new Map<string, unknown[]>();
      for (const row of picked.get(child.name)!.values()) {
        if (isEmpty(row, key)) continue;
        const values = key.columns.map((column) => row[column]);
        wanted.set(JSON.stringify(values), values);
      }
      const filter = PARENT_FILTERS[parent.name];
      let grew = false;
      for (const values of wanted.values()) {
        const where = key.to.map((column) => `${quote(column)} = ?`).join(' AND ');
        const row = db.prepare(`SELECT * FROM ${quote(parent.name)} WHERE ${where}${filter ? ` AND ${filter.sql}` : ''}`).get(...values) as TransferRow | undefined;
        if (!row || picked.get(parent.name)!.has(rowKey(parent, row))) continue;
        picked.get(parent.name)!.set(rowKey(parent, row), row);
        grew = true;
      }
      if (grew) queue.push(parent.name);
    }
  }
}

/**
 * Makes the set self-contained: a reference to a row that is not carried (a
 * coordinator's account, a row filtered out) is emptied when the column may be
 * empty; otherwise the row stays behind. Repeated until nothing changes.
 */
function closeReferences(schema: SchemaGraph, picked: Picked): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const [name, rows] of picked) {
      const table = schema.get(name)!;
      for (const [key, row] of rows) {
        for (const foreignKey of table.foreignKeys) {
          if (isEmpty(row, foreignKey) || isPicked(picked, schema, foreignKey, row)) continue;
          if (foreignKey.columns.every((column) => !table.notNull.has(column))) {
            for (const column of foreignKey.columns) row[column] = null;
          } else {
            rows.delete(key);
          }
          changed = true;
          break;
        }
      }
    }
  }
}

function rowsReferencing(db: Database, table: TableInfo, key: ForeignKey, parents: Map<string, TransferRow>): TransferRow[] {
  if (parents.size === 0) return [];
  // Looked up by the first column of the key; the rest is checked by isPicked.
  const values = [...parents.values()].map((row) => row[key.to[0]!] ?? null);
  return db.prepare(`SELECT * FROM ${quote(table.name)} WHERE ${quote(key.columns[0]!)} IN (SELECT value FROM json_each(?))`).all(JSON.stringify(values)) as TransferRow[];
}

function isEmpty(row: TransferRow, key: ForeignKey): boolean {
  return key.columns.some((column) => row[column] === null || row[column] === undefined);
}

function isPicked(picked: Picked, schema: SchemaGraph, key: ForeignKey, row: TransferRow): boolean {
  const rows = picked.get(key.table);
  if (!rows) return false;
  const parent = schema.get(key.table)!;
  const wanted = JSON.stringify(key.columns.map((column) => row[column] ?? null));
  if (sameColumns(key.to, parent.primaryKey)) return rows.has(wanted);
  for (const candidate of rows.values()) if (rowKey(parent, candidate, key.to) === wanted) return true;
  return false;
}

const sameColumns = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((column, index) => column === b[index]);
