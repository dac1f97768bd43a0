import type { Database } from '../db/database';

/**
 * The database's tables as the transfer sees them, read from SQLite itself
 * (sqlite_master and PRAGMAs), so a table added by a later migration is
 * carried without anyone remembering to list it here.
 */

export interface ForeignKey {
  columns: string[];
  table: string;
  to: string[];
}

export interface TableInfo {
  name: string;
  columns: string[];
  notNull: ReadonlySet<string>;
  primaryKey: string[];
  foreignKeys: ForeignKey[];
}

export type SchemaGraph = Map<string, TableInfo>;

interface ColumnRow {
  name: string;
  notnull: 0 | 1;
  pk: number;
}
interface ForeignKeyRow {
  id: number;
  seq: number;
  table: string;
  from: string;
  to: string | null;
}

export const quote = (identifier: string): string => `"${identifier.replaceAll('"', '""')}"`;

export function readSchema(db: Database): SchemaGraph {
  const names = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  const tables: SchemaGraph = new Map();
  for (const name of names) {
    const columns = db.prepare(`PRAGMA table_info(${quote(name)})`).all() as ColumnRow[];
    const primaryKey = columns.filter((column) => column.pk > 0).sort((a, b) => a.pk - b.pk).map((column) => column.name);
    tables.set(name, {
      name,
      columns: columns.map((column) => column.name),
      // A primary key column is never NULL in these tables (TEXT keys are declared NOT NULL or always given).
      notNull: new Set(columns.filter((column) => column.notnull === 1 || column.pk > 0).map((column) => column.name)),
      primaryKey,
      foreignKeys: [],
    });
  }
  for (const table of tables.values()) {
    const rows = db.prepare(`PRAGMA foreign_key_list(${quote(table.name)})`).all() as ForeignKeyRow[];
    const byId = new Map<number, ForeignKeyRow[]>();
    for (const row of rows) byId.set(row.id, [...(byId.get(row.id) ?? []), row]);
    for (const parts of byId.values()) {
      parts.sort((a, b) => a.seq - b.seq);
      const parent = tables.get(parts[0]!.table);
      // `to` is null when the key names the parent's primary key implicitly.
      const to = parts.map((part, index) => part.to ?? parent?.primaryKey[index] ?? 'rowid');
      table.foreignKeys.push({ columns: parts.map((part) => part.from), table: parts[0]!.table, to });
    }
  }
  return tables;
}

/** Parents before children (a table that references itself is fine); a cycle between tables is a schema this code does not know how to order. */
export function topologicalOrder(tables: SchemaGraph, subset: Iterable<string> = tables.keys()): string[] {
  const wanted = new Set(subset);
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string) => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting') throw new Error(`Foreign keys form a cycle through ${name}`);
    state.set(name, 'visiting');
    for (const key of tables.get(name)?.foreignKeys ?? []) if (key.table !== name && wanted.has(key.table)) visit(key.table);
    state.set(name, 'done');
    order.push(name);
  };
  for (const name of [...wanted].sort()) visit(name);
  return order;
}

/**
 * The tables whose rows belong to the given roots: the roots themselves and
 * every table that references one of them, directly or through another such table.
 */
export function ownedTables(tables: SchemaGraph, roots: readonly string[]): Set<string> {
  const owned = new Set(roots);
  let grew = true;
  while (grew) {
    grew = false;
    for (const table of tables.values()) {
      if (owned.has(table.name)) continue;
      if (table.foreignKeys.some((key) => owned.has(key.table))) {
        owned.add(table.name);
        grew = true;
      }
    }
  }
  return owned;
}

/** A row's identity: its primary key values, as one string. */
export function rowKey(table: TableInfo, row: Record<string, unknown>, columns: readonly string[] = table.primaryKey): string {
  return JSON.stringify(columns.map((column) => row[column] ?? null));
}
