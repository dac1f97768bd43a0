import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../db/migrations/index';
import { databaseAtVersion } from '../db/migrations/test-helpers';
import { deleteParticipantRows } from './erase';
import { deletionPlan, foreignKeys, participantTables, unclassifiedIdColumns } from './schema-walk';

/** A schema the app never had: deep chains, a composite key, an implicit target, SET NULL, a cycle, an unrelated table. */
function throwawaySchema() {
  const db = new BetterSqlite3(':memory:');
  db.pragma('foreign_keys = ON');
  db.exec(`
    CREATE TABLE participants (id TEXT PRIMARY KEY, name TEXT);
    CREATE TABLE notebooks (id TEXT PRIMARY KEY, owner TEXT REFERENCES participants ON DELETE SET NULL, title TEXT);
    CREATE TABLE pages (notebook_id TEXT NOT NULL REFERENCES notebooks(id), page_no INTEGER NOT NULL, body TEXT, PRIMARY KEY (notebook_id, page_no));
    CREATE TABLE page_marks (notebook_id TEXT, page_no INTEGER, mark TEXT, FOREIGN KEY (notebook_id, page_no) REFERENCES pages(notebook_id, page_no));
    CREATE TABLE friends (a TEXT REFERENCES participants(id), b TEXT REFERENCES participants(id));
    CREATE TABLE replies (id TEXT PRIMARY KEY, parent_id TEXT REFERENCES replies(id), notebook_id TEXT REFERENCES notebooks(id));
    CREATE TABLE likes (reply_id TEXT REFERENCES replies(id));
    CREATE TABLE places (id TEXT PRIMARY KEY, name TEXT);
    CREATE TABLE loose (holder TEXT, note TEXT);
  `);
  const insert = (sql: string, ...values: unknown[]) => db.prepare(sql).run(...values);
  for (const id of ['p1', 'p2']) insert('INSERT INTO participants VALUES (?, ?)', id, `name ${id}`);
  insert("INSERT INTO notebooks VALUES ('n1', 'p1', 'mine'), ('n2', 'p2', 'theirs')");
  insert("INSERT INTO pages VALUES ('n1', 1, 'a'), ('n1', 2, 'b'), ('n2', 1, 'c')");
  insert("INSERT INTO page_marks VALUES ('n1', 2, 'x'), ('n2', 1, 'y')");
  insert("INSERT INTO friends VALUES ('p1', 'p2'), ('p2', 'p2')");
  insert("INSERT INTO replies VALUES ('r1', NULL, 'n1'), ('r2', 'r1', 'n2'), ('r3', 'r2', 'n2'), ('r4', NULL, 'n2')");
  insert("INSERT INTO likes VALUES ('r3'), ('r4')");
  insert("INSERT INTO places VALUES ('x', 'Rabat')");
  insert("INSERT INTO loose VALUES ('p1', 'kept by nobody'), ('p2', 'theirs')");
  return db;
}

const count = (db: BetterSqlite3.Database, sql: string) => db.prepare(sql).pluck().get();

describe('the schema walk from participants', () => {
  it('resolves composite keys and keys that name only the parent table', () => {
    const keys = foreignKeys(throwawaySchema());
    expect(keys).toContainEqual({ table: 'page_marks', from: ['notebook_id', 'page_no'], parent: 'pages', to: ['notebook_id', 'page_no'], onDelete: 'NO ACTION' });
    expect(keys).toContainEqual({ table: 'notebooks', from: ['owner'], parent: 'participants', to: ['id'], onDelete: 'SET NULL' });
  });

  it('finds every table that leads to a participant, deepest first, and never an unrelated one', () => {
    const db = throwawaySchema();
    const plan = deletionPlan(db, { unlinked: [{ table: 'loose', column: 'holder' }] });
    const order = plan.map((step) => step.table);
    expect(new Set(order)).toEqual(new Set(['participants', 'notebooks', 'pages', 'page_marks', 'friends', 'replies', 'likes', 'loose']));
    expect(order.indexOf('page_marks')).toBeLessThan(order.indexOf('pages'));
    expect(order.indexOf('pages')).toBeLessThan(order.indexOf('notebooks'));
    expect(order.indexOf('replies')).toBeLessThan(order.indexOf('notebooks'));
    expect(order.indexOf('notebooks')).toBeLessThan(order.indexOf('participants'));
    expect(plan.find((step) => step.table === 'page_marks')?.path).toEqual(['participants', 'notebooks', 'pages', 'page_marks']);
  });

  it('deletes one participant’s rows at every depth and leaves the other’s', () => {
    const db = throwawaySchema();
    const before = count(db, 'SELECT COUNT(*) FROM places');
    // A plan built with the throwaway's own unlinked column, run the way the erasure runs it.
    const ids = JSON.stringify(['p1']);
    for (const step of deletionPlan(db, { unlinked: [{ table: 'loose', column: 'holder' }] })) db.prepare(`DELETE FROM "${step.table}" WHERE ${step.where}`).run(ids);
    expect(count(db, 'SELECT group_concat(id) FROM participants')).toBe('p2');
    expect(count(db, 'SELECT group_concat(id) FROM notebooks')).toBe('n2');
    expect(count(db, "SELECT group_concat(notebook_id || ':' || page_no) FROM pages")).toBe('n2:1');
    expect(count(db, 'SELECT group_concat(mark) FROM page_marks')).toBe('y');
    expect(count(db, "SELECT group_concat(a || b) FROM friends")).toBe('p2p2');
    // r2 belongs to p2's notebook but answers r1, which goes: an answer to a doomed row goes with it.
    expect(count(db, 'SELECT group_concat(id) FROM replies')).toBe('r4');
    expect(count(db, 'SELECT group_concat(reply_id) FROM likes')).toBe('r4');
    expect(count(db, 'SELECT group_concat(holder) FROM loose')).toBe('p2');
    expect(count(db, 'SELECT COUNT(*) FROM places')).toBe(before);
  });
});

describe('the app’s own schema', () => {
  it('reaches every table that holds a participant’s rows', () => {
    const db = databaseAtVersion(LATEST_SCHEMA_VERSION);
    const tables = participantTables(db);
    for (const table of ['participants', 'cvs', 'consents', 'consent_events', 'lesson_progress', 'step_answers', 'module_self_assessments', 'interview_attempts',
      'business_plans', 'business_plan_comments', 'attendance', 'certificates', 'orientation_attendees', 'handovers', 'drafts']) {
      expect(tables, table).toContain(table);
    }
    for (const table of ['audit_log', 'cohorts', 'staff', 'workshop_sessions', 'orientation_sessions', 'erased_certificate_numbers']) expect(tables, table).not.toContain(table);
  });

  it('has no id-like column without a foreign key that is not classified (classify a new one in schema-walk.ts)', () => {
    expect(unclassifiedIdColumns(databaseAtVersion(LATEST_SCHEMA_VERSION))).toEqual([]);
  });

  it('notices a new unlinked participant column', () => {
    const db = databaseAtVersion(LATEST_SCHEMA_VERSION);
    db.exec('CREATE TABLE notes_about (person TEXT, text TEXT); CREATE TABLE imports (id TEXT PRIMARY KEY, participant TEXT, done_by TEXT)');
    expect(unclassifiedIdColumns(db)).toEqual(['imports.participant', 'imports.done_by', 'notes_about.person']);
  });

  it('deletes nothing when given no one', () => {
    const db = databaseAtVersion(LATEST_SCHEMA_VERSION);
    expect(Object.values(deleteParticipantRows(db, [])).every((n) => n === 0)).toBe(true);
  });
});
