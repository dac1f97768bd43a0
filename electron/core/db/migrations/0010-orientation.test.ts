import { describe, expect, it } from 'vitest';
import { columnsOf, databaseAtVersion } from './test-helpers';

const NOW = '2026-03-02T09:00:00Z';

function withPeople() {
  const db = databaseAtVersion(10);
  db.prepare("INSERT INTO staff (id, name, role, password_hash, created_at, updated_at) VALUES ('s1', 'K', 'coordinator', 'h', ?, ?)").run(NOW, NOW);
  db.prepare("INSERT INTO cohorts VALUES ('c1', 'C', 'Rabat', '2026-01-01', '2026-02-01', 0, ?, ?)").run(NOW, NOW);
  const person = db.prepare(
    "INSERT INTO participants (id, cohort_id, first_name, last_name, country, language, avatar_json, pin_hash, created_at, updated_at) VALUES (?, 'c1', 'A', 'B', 'ML', 'fr', '{}', 'h', ?, ?)",
  );
  person.run('p1', NOW, NOW);
  person.run('p2', NOW, NOW);
  return db;
}

describe('migration 10: orientation sessions, country pages and hand-overs', () => {
  it('keeps sessions with their attendees; a participant leaving removes their attendance, deleting a session removes all of it', () => {
    const db = withPeople();
    expect(columnsOf(db, 'orientation_sessions')).toEqual(['id', 'date', 'country', 'topics_json', 'notes', 'follow_up', 'created_by', 'created_at', 'updated_at']);
    const session = db.prepare("INSERT INTO orientation_sessions VALUES (?, '2026-03-10', ?, '[\"funding\"]', 'n', 'f', 's1', ?, ?)");
    session.run('o1', 'ML', NOW, NOW);
    session.run('o2', 'ML', NOW, NOW);
    expect(() => session.run('o3', 'FR', NOW, NOW)).toThrow(/CHECK/);
    const attend = db.prepare('INSERT INTO orientation_attendees VALUES (?, ?)');
    attend.run('o1', 'p1');
    attend.run('o1', 'p2');
    attend.run('o2', 'p1');
    expect(() => attend.run('o1', 'p1')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => attend.run('o1', 'nobody')).toThrow(/FOREIGN KEY/);
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT session_id FROM orientation_attendees WHERE participant_id = ?').all('p1') as { detail: string }[];
    expect(plan.map((row) => row.detail).join()).toContain('orientation_attendees_by_participant');

    db.prepare("DELETE FROM participants WHERE id = 'p2'").run();
    expect(db.prepare("SELECT participant_id FROM orientation_attendees WHERE session_id = 'o1'").pluck().all()).toEqual(['p1']);
    db.prepare("DELETE FROM orientation_sessions WHERE id = 'o1'").run();
    expect(db.prepare('SELECT session_id FROM orientation_attendees').pluck().all()).toEqual(['o2']);
    // The session outlives the staff member who recorded it.
    db.prepare("DELETE FROM staff WHERE id = 's1'").run();
    expect(db.prepare("SELECT created_by FROM orientation_sessions WHERE id = 'o2'").pluck().get()).toBeNull();
  });

  it('holds one page per country of return', () => {
    const db = withPeople();
    expect(columnsOf(db, 'country_pages')).toEqual(['country', 'contacts', 'support', 'notes', 'updated_at', 'updated_by']);
    const page = db.prepare("INSERT INTO country_pages VALUES (?, 'Bureau', '', '', ?, 's1')");
    page.run('ML', NOW);
    expect(() => page.run('ML', NOW)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => page.run('MA', NOW)).toThrow(/CHECK/);
  });

  it('records each hand-over against the participant, kept when the coordinator leaves, removed with the participant', () => {
    const db = withPeople();
    expect(columnsOf(db, 'handovers')).toEqual(['id', 'participant_id', 'created_at', 'created_by', 'contents_json']);
    db.prepare("INSERT INTO handovers VALUES ('h1', 'p1', ?, 's1', '{}')").run(NOW);
    expect(() => db.prepare("INSERT INTO handovers VALUES ('h2', 'nobody', ?, 's1', '{}')").run(NOW)).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM staff WHERE id = 's1'").run();
    expect(db.prepare("SELECT created_by FROM handovers WHERE id = 'h1'").pluck().get()).toBeNull();
    db.prepare("DELETE FROM participants WHERE id = 'p1'").run();
    expect(db.prepare('SELECT COUNT(*) FROM handovers').pluck().get()).toBe(0);
  });
});
