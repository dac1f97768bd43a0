import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { TransferCounts, TransferKindCounts, TransferReportDto } from '../../../shared/transfer/types';
import type { Database } from '../db/database';
import { TransferFileError } from './format';
import type { TransferPayload, TransferRow } from './payload';
import { carriedTables, erasedParticipants, IMMUTABLE_TABLES, LOCAL_COLUMNS, PARENT_FILTERS, PARTICIPANTS, versionOf } from './rules';
import { quote, rowKey, topologicalOrder, type SchemaGraph, type TableInfo } from './schema-graph';

export interface IncomingRow {
  table: string;
  row: TransferRow;
}

/**
 * Checks a decrypted payload against this laptop's schema and puts its rows
 * in the order they can be written (parents first). A table or column this
 * laptop does not have, a table a transfer never carries, a row without its
 * key or a coordinator's account: the file is refused as damaged.
 */
export function orderIncoming(schema: SchemaGraph, payload: TransferPayload): IncomingRow[] {
  const carried = carriedTables(schema);
  for (const [name, rows] of Object.entries(payload.tables)) {
    const table = schema.get(name);
    if (!table || !carried.has(name)) throw damaged(`table ${name} is not one a transfer carries`);
    const known = new Set(table.columns);
    for (const row of rows) {
      for (const column of LOCAL_COLUMNS[name] ?? []) delete row[column];
      const unknown = Object.keys(row).find((column) => !known.has(column));
      if (unknown) throw damaged(`column ${name}.${unknown} is not known here`);
      if (table.primaryKey.some((column) => row[column] === null || row[column] === undefined)) throw damaged(`a row of ${name} has no key`);
      const filter = PARENT_FILTERS[name];
      if (filter && !filter.accepts(row)) throw damaged(`a row of ${name} is not one a transfer carries`);
    }
  }
  return topologicalOrder(schema, Object.keys(payload.tables)).flatMap((table) => payload.tables[table]!.map((row) => ({ table, row })));
}

export interface MergeState {
  kinds: TransferCounts;
  erasedLeftOut: number;
  erasedRecords: number;
  /** Keys (per table) of rows left out because they belong to someone erased here: their children follow them. */
  erasedKeys: Map<string, Set<string>>;
}

export const emptyState = (): MergeState => ({ kinds: {}, erasedLeftOut: 0, erasedRecords: 0, erasedKeys: new Map() });

export function reportOf(state: MergeState): TransferReportDto {
  return { kinds: structuredClone(state.kinds), erasedLeftOut: state.erasedLeftOut, erasedRecords: state.erasedRecords };
}

/**
 * Writes records one by one, merging by primary key: a record not here is
 * added; one here is replaced only by a strictly newer version (same or older:
 * left alone). A record that would clash with a different one here (another
 * unique key, e.g. a certificate number) or whose parent could not come is
 * skipped, and so are participants erased on this laptop. Never deletes.
 */
export class Merger {
  private readonly statements = new Map<string, Statement>();
  private readonly erased: Set<string>;

  constructor(
    private readonly db: Database,
    private readonly schema: SchemaGraph,
  ) {
    this.erased = erasedParticipants(db, schema);
  }

  /** Applies these rows in one transaction. */
  applyBatch(rows: readonly IncomingRow[], state: MergeState): void {
    this.db.transaction(() => {
      for (const incoming of rows) this.applyRow(incoming, state);
    })();
  }

  /** What importing these rows would do, found by doing it and rolling it back. */
  plan(rows: readonly IncomingRow[]): TransferReportDto {
    const state = emptyState();
    const rollback = new Error('dry run');
    try {
      this.db.transaction(() => {
        for (const incoming of rows) this.applyRow(incoming, state);
        throw rollback;
      })();
    } catch (error) {
      if (error !== rollback) throw error;
    }
    return reportOf(state);
  }

  private applyRow({ table: name, row }: IncomingRow, state: MergeState): void {
    const table = this.schema.get(name)!;
    const counts = (state.kinds[name] ??= { added: 0, updated: 0, leftAlone: 0, skipped: 0 });
    if (this.belongsToErased(table, row, state)) {
      counts.skipped += 1;
      state.erasedRecords += 1;
      if (name === PARTICIPANTS) state.erasedLeftOut += 1;
      const keys = state.erasedKeys.get(name) ?? new Set<string>();
      keys.add(rowKey(table, row));
      state.erasedKeys.set(name, keys);
      return;
    }
    const keyValues = table.primaryKey.map((column) => row[column]);
    const existing = this.statement(`SELECT * FROM ${quote(name)} WHERE ${table.primaryKey.map((column) => `${quote(column)} = ?`).join(' AND ')}`).get(...keyValues) as
      | TransferRow
      | undefined;
    const columns = Object.keys(row);
    if (!existing) {
      const sql = `INSERT INTO ${quote(name)} (${columns.map(quote).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
      this.write(sql, columns.map((column) => row[column]), counts, 'added', name);
      return;
    }
    if (!this.isNewer(name, row, existing)) {
      counts.leftAlone += 1;
      return;
    }
    const filter = PARENT_FILTERS[name];
    if (filter && !filter.accepts(existing)) {
      counts.skipped += 1;
      return;
    }
    const changed = columns.filter((column) => !table.primaryKey.includes(column));
    const sql = `UPDATE ${quote(name)} SET ${changed.map((column) => `${quote(column)} = ?`).join(', ')} WHERE ${table.primaryKey.map((column) => `${quote(column)} = ?`).join(' AND ')}`;
    this.write(sql, [...changed.map((column) => row[column]), ...keyValues], counts, 'updated', name);
  }

  /** An erased participant, or a row that points (directly or not) to one left out for that reason. */
  private belongsToErased(table: TableInfo, row: TransferRow, state: MergeState): boolean {
    if (table.name === PARTICIPANTS && this.erased.has(String(row.id))) return true;
    return table.foreignKeys.some((key) => state.erasedKeys.get(key.table)?.has(rowKey(table, row, key.columns)) ?? false);
  }

  private isNewer(table: string, incoming: TransferRow, existing: TransferRow): boolean {
    if (IMMUTABLE_TABLES.has(table)) return false;
    const theirs = versionOf(table, incoming);
    const ours = versionOf(table, existing);
    return theirs !== null && ours !== null && theirs > ours;
  }

  private write(sql: string, values: unknown[], counts: TransferKindCounts, outcome: 'added' | 'updated', table: string): void {
    try {
      this.statement(sql).run(...values);
      counts[outcome] += 1;
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      // Only the failing statement is undone; the rest of the batch stands.
      if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
        counts.skipped += 1;
        return;
      }
      if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) throw damaged(`a row of ${table} does not fit here (${code})`);
      throw error;
    }
  }

  private statement(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}

/** Totals over every kind, for the audit log. */
export function totals(report: TransferReportDto): TransferKindCounts {
  const sum: TransferKindCounts = { added: 0, updated: 0, leftAlone: 0, skipped: 0 };
  for (const counts of Object.values(report.kinds)) for (const key of Object.keys(sum) as (keyof TransferKindCounts)[]) sum[key] += counts[key];
  return sum;
}

const damaged = (why: string) => new TransferFileError('DAMAGED_FILE', `The transfer file does not fit this laptop's data: ${why}`);
