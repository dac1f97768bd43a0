import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../database';
import { VERSION_BEFORE_HISTORY } from '../../../../shared/consents/texts';
import { MIGRATIONS } from './index';
import { columnsOf, databaseAtVersion } from './test-helpers';

const NOW = '2026-03-02T09:00:00Z';

function withParticipant(version: number) {
  const db = databaseAtVersion(version);
  db.prepare("INSERT INTO cohorts VALUES ('c1', 'C', 'Rabat', '2026-01-01', '2026-02-01', 0, ?, ?)").run(NOW, NOW);
  db.prepare(
    "INSERT INTO participants (id, cohort_id, first_name, last_name, country, language, avatar_json, pin_hash, created_at, updated_at) VALUES ('p1', 'c1', 'A', 'B', 'ML', 'fr', '{}', 'h', ?, ?)",
  ).run(NOW, NOW);
  db.prepare("INSERT INTO staff (id, name, role, password_hash, created_at, updated_at) VALUES ('s1', 'K', 'coordinator', 'h', ?, ?)").run(NOW, NOW);
  return db;
}

describe('migration 13: consent records', () => {
  it('keeps the consents already given, each with one history row honestly labelled as from before the history', () => {
    const db = withParticipant(12);
    db.prepare("INSERT INTO consents VALUES ('p1', 'photo', '2026-02-01T10:00:00Z', NULL, '2026-02-01T10:00:00Z')").run();
    db.prepare("INSERT INTO consents VALUES ('p1', 'audio', NULL, '2026-02-03T10:00:00Z', '2026-02-03T10:00:00Z')").run();
    migrate(db, MIGRATIONS, 13);
    expect(schemaVersion(db)).toBe(13);
    expect(columnsOf(db, 'consents')).toEqual(['participant_id', 'purpose', 'given_at', 'withdrawn_at', 'updated_at', 'text_version', 'language']);
    expect(db.prepare('SELECT purpose, given_at, withdrawn_at, text_version, language FROM consents ORDER BY purpose').all()).toEqual([
      { purpose: 'audio', given_at: null, withdrawn_at: '2026-02-03T10:00:00Z', text_version: null, language: null },
      { purpose: 'photo', given_at: '2026-02-01T10:00:00Z', withdrawn_at: null, text_version: VERSION_BEFORE_HISTORY, language: null },
    ]);
    expect(db.prepare('SELECT purpose, action, text_version, language, at, source, recorded_by_staff_id FROM consent_events ORDER BY purpose').all()).toEqual([
      { purpose: 'audio', action: 'withdrawn', text_version: VERSION_BEFORE_HISTORY, language: null, at: '2026-02-03T10:00:00Z', source: 'before-history', recorded_by_staff_id: null },
      { purpose: 'photo', action: 'given', text_version: VERSION_BEFORE_HISTORY, language: null, at: '2026-02-01T10:00:00Z', source: 'before-history', recorded_by_staff_id: null },
    ]);
    const ids = db.prepare('SELECT id FROM consent_events').pluck().all() as string[];
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('checks purpose, action, language and who recorded; removes the history with the participant; lists it by index', () => {
    const db = withParticipant(13);
    const insert = db.prepare('INSERT INTO consent_events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    insert.run('e1', 'p1', 'data', 'given', 'data-v1', 'fr', NOW, 'participant', null);
    insert.run('e2', 'p1', 'data', 'withdrawn', 'data-v1', 'fr', NOW, 'staff', 's1');
    expect(() => insert.run('e3', 'p1', 'marketing', 'given', 'v', 'fr', NOW, 'participant', null)).toThrow(/CHECK/);
    expect(() => insert.run('e4', 'p1', 'data', 'forgotten', 'v', 'fr', NOW, 'participant', null)).toThrow(/CHECK/);
    expect(() => insert.run('e5', 'p1', 'data', 'given', 'v', 'de', NOW, 'participant', null)).toThrow(/CHECK/);
    // A row the participant recorded names no staff member.
    expect(() => insert.run('e6', 'p1', 'data', 'given', 'v', 'fr', NOW, 'participant', 's1')).toThrow(/CHECK/);
    expect(() => insert.run('e7', 'ghost', 'data', 'given', 'v', 'fr', NOW, 'participant', null)).toThrow(/FOREIGN KEY/);
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT * FROM consent_events WHERE participant_id = ? ORDER BY at').all('p1') as { detail: string }[];
    expect(plan.map((row) => row.detail).join()).toContain('consent_events_by_participant');
    db.prepare("DELETE FROM staff WHERE id = 's1'").run();
    expect(db.prepare("SELECT recorded_by_staff_id FROM consent_events WHERE id = 'e2'").pluck().get()).toBeNull();
    db.prepare("DELETE FROM participants WHERE id = 'p1'").run();
    expect(db.prepare('SELECT COUNT(*) FROM consent_events').pluck().get()).toBe(0);
  });

  it('keeps erased certificate numbers unique', () => {
    const db = withParticipant(13);
    db.prepare("INSERT INTO erased_certificate_numbers VALUES ('FA-2026-000001', ?)").run(NOW);
    expect(() => db.prepare("INSERT INTO erased_certificate_numbers VALUES ('FA-2026-000001', ?)").run(NOW)).toThrow(/UNIQUE/);
  });
});
