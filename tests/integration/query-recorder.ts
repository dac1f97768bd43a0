import type { Core } from '../../electron/core/core';
import type { Database } from '../../electron/core/db/database';

export interface RecordedStatement {
  sql: string;
  params: unknown[];
}

/** Every statement run (its SQL and parameters) while `calls` runs, through the app's own Database. */
export async function recordStatements(db: Database, calls: () => Promise<void>): Promise<RecordedStatement[]> {
  const statementPrototype = Object.getPrototypeOf(db.prepare('SELECT 1')) as Record<string, (...args: unknown[]) => unknown>;
  const originals = Object.fromEntries(['run', 'get', 'all', 'iterate'].map((name) => [name, statementPrototype[name]!]));
  const recorded: RecordedStatement[] = [];
  for (const [name, original] of Object.entries(originals)) {
    statementPrototype[name] = function (this: { source: string }, ...params: unknown[]) {
      recorded.push({ sql: this.source, params });
      return original.apply(this, params);
    };
  }
  try {
    await calls();
  } finally {
    Object.assign(statementPrototype, originals);
  }
  return recorded;
}

/** EXPLAIN QUERY PLAN's detail lines, e.g. "SEARCH participants USING INDEX participants_by_cohort (cohort_id=?)". */
export function planOf(core: Core, statement: RecordedStatement): string[] {
  const rows = core.deps.db.prepare(`EXPLAIN QUERY PLAN ${statement.sql}`).all(...statement.params) as { detail: string }[];
  return rows.map((row) => row.detail);
}
