import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../db/migrations/index';
import { columnsOf, databaseAtVersion } from '../db/migrations/test-helpers';
import { carriedTables, IMMUTABLE_TABLES, LOCAL_COLUMNS, PARENT_FILTERS, SKIPPED_TABLES, SOFT_REFERENCES, VERSION_OF } from './rules';
import { ownedTables, readSchema, topologicalOrder } from './schema-graph';

/**
 * Unique keys (other than the primary key) of the tables a transfer writes,
 * each with the integration test that shows how an import handles a clash
 * (tests/integration/transfer.test.ts). A new one fails the test below until
 * it is looked at and tested.
 */
const UNIQUE_KEYS_HANDLED: Record<string, string> = {
  'certificates(number)': 'a certificate number already used here by another certificate',
};

describe('what a transfer carries, read from the schema', () => {
  const db = databaseAtVersion(LATEST_SCHEMA_VERSION);
  const schema = readSchema(db);
  const carried = carriedTables(schema);

  it('carries the cohort’s and participants’ tables and the rows they point to, and nothing of the laptop’s own', () => {
    for (const table of ['cohorts', 'participants', 'cohort_staff', 'cvs', 'business_plans', 'business_plan_comments', 'lesson_progress', 'step_answers',
      'module_self_assessments', 'interview_attempts', 'consents', 'workshop_sessions', 'attendance', 'certificates', 'orientation_sessions',
      'orientation_attendees', 'handovers', 'staff', 'interview_questions']) {
      expect(carried.has(table), table).toBe(true);
    }
    for (const table of SKIPPED_TABLES) expect(carried.has(table), table).toBe(false);
    expect(carried.has('drafts')).toBe(false);
    expect(carried.has('audit_log')).toBe(false);
  });

  it('knows, for every table it writes, which copy of a record is newer', () => {
    for (const table of carried) {
      const decided = columnsOf(db, table).includes('updated_at') || table in VERSION_OF || IMMUTABLE_TABLES.has(table);
      expect(decided, `${table}: add updated_at, a VERSION_OF rule, or list it as immutable`).toBe(true);
    }
  });

  it('has looked at every unique key of the tables it writes', () => {
    const found: string[] = [];
    for (const table of carried) {
      const indexes = db.prepare(`PRAGMA index_list("${table}")`).all() as { name: string; unique: 0 | 1; origin: string }[];
      for (const index of indexes.filter((i) => i.unique === 1 && i.origin !== 'pk')) {
        const columns = (db.prepare(`PRAGMA index_info("${index.name}")`).all() as { name: string }[]).map((c) => c.name);
        found.push(`${table}(${columns.join(', ')})`);
      }
    }
    expect(found.sort()).toEqual(Object.keys(UNIQUE_KEYS_HANDLED).sort());
  });

  it('orders parents before children', () => {
    const order = topologicalOrder(schema, carried);
    const position = new Map(order.map((name, index) => [name, index]));
    for (const table of carried) {
      for (const key of schema.get(table)!.foreignKeys) {
        if (key.table !== table && carried.has(key.table)) expect(position.get(key.table)!, `${key.table} before ${table}`).toBeLessThan(position.get(table)!);
      }
    }
    expect(order.indexOf('cohorts')).toBeLessThan(order.indexOf('participants'));
  });

  it('names only tables and columns that exist', () => {
    for (const [table, columns] of Object.entries(LOCAL_COLUMNS)) for (const column of columns) expect(columnsOf(db, table)).toContain(column);
    for (const table of [...Object.keys(VERSION_OF), ...IMMUTABLE_TABLES, ...Object.keys(PARENT_FILTERS)]) expect(schema.has(table), table).toBe(true);
    for (const soft of SOFT_REFERENCES) {
      expect(columnsOf(db, soft.table)).toEqual(expect.arrayContaining([...soft.columns]));
      expect(columnsOf(db, soft.references)).toEqual(expect.arrayContaining([...soft.to]));
    }
  });

  it('finds the tables owned by a root through chains of foreign keys', () => {
    const owned = ownedTables(schema, ['participants']);
    expect(owned.has('business_plan_comments')).toBe(true); // through business_plans
    expect(owned.has('workshop_sessions')).toBe(false); // a cohort's, not a participant's
    expect(owned.has('staff')).toBe(false);
  });

  it('refuses to order tables whose foreign keys form a cycle', () => {
    const cyclic = new Map([
      ['a', { name: 'a', columns: ['id', 'b_id'], notNull: new Set(['id']), primaryKey: ['id'], foreignKeys: [{ columns: ['b_id'], table: 'b', to: ['id'] }] }],
      ['b', { name: 'b', columns: ['id', 'a_id'], notNull: new Set(['id']), primaryKey: ['id'], foreignKeys: [{ columns: ['a_id'], table: 'a', to: ['id'] }] }],
    ]);
    expect(() => topologicalOrder(cyclic)).toThrow(/cycle/);
  });
});
