import { describe, expect, it } from 'vitest';
import { auditFilterSchema, type AuditFilterInput } from '../../../shared/audit/filter';
import { databaseAtVersion } from '../db/migrations/test-helpers';
import { listAudit, recordAudit } from './audit-log';

const NOW = '2026-03-02T09:00:00.000Z';

function withPeople() {
  const db = databaseAtVersion(12);
  db.prepare("INSERT INTO staff (id, name, role, password_hash, created_at, updated_at) VALUES ('s1', 'Khadija', 'coordinator', 'h', ?, ?)").run(NOW, NOW);
  db.prepare("INSERT INTO cohorts VALUES ('c1', 'Cohorte A', 'Rabat', '2026-01-01', '2026-02-01', 0, ?, ?)").run(NOW, NOW);
  db.prepare(
    "INSERT INTO participants (id, cohort_id, first_name, last_name, country, language, avatar_json, pin_hash, created_at, updated_at) VALUES ('p1', 'c1', 'Awa', 'Diallo', 'SN', 'fr', '{}', 'h', ?, ?)",
  ).run(NOW, NOW);
  return db;
}

const list = (db: ReturnType<typeof withPeople>, filter: AuditFilterInput = {}) => listAudit(db, auditFilterSchema.parse(filter));

describe('recordAudit', () => {
  it('appends one row with the details as JSON', () => {
    const db = withPeople();
    recordAudit(db, { at: NOW, actor: { id: 's1', role: 'coordinator' }, action: 'export.report', subjectId: 'c1', details: { format: 'csv', rows: 12, sample: false, from: null } });
    recordAudit(db, { at: NOW, actor: null, action: 'signin.failed', subjectId: 'p1' });
    expect(db.prepare('SELECT at, actor_id, actor_role, action, subject_id, details_json FROM audit_log ORDER BY id').all()).toEqual([
      { at: NOW, actor_id: 's1', actor_role: 'coordinator', action: 'export.report', subject_id: 'c1', details_json: '{"format":"csv","rows":12,"sample":false,"from":null}' },
      { at: NOW, actor_id: null, actor_role: null, action: 'signin.failed', subject_id: 'p1', details_json: '{}' },
    ]);
  });

  it('refuses details that are not flat primitives, unknown actions and bad times, writing nothing', () => {
    const db = withPeople();
    const base = { at: NOW, actor: null, action: 'signin.failed' as const };
    expect(() => recordAudit(db, { ...base, details: { nested: { a: 1 } as never } })).toThrow(/nested/);
    expect(() => recordAudit(db, { ...base, details: { list: [1] as never } })).toThrow(/list/);
    expect(() => recordAudit(db, { ...base, details: { n: Number.NaN } })).toThrow(/"n"/);
    expect(() => recordAudit(db, { ...base, details: { u: undefined as never } })).toThrow(/"u"/);
    expect(() => recordAudit(db, { ...base, action: 'everything.deleted' as never })).toThrow(/Unknown audit action/);
    expect(() => recordAudit(db, { ...base, at: 'yesterday' })).toThrow(/ISO time/);
    expect(() => recordAudit(db, { ...base, actor: { id: 'x', role: 'admin' as never } })).toThrow(/role/);
    expect(db.prepare('SELECT COUNT(*) FROM audit_log').pluck().get()).toBe(0);
  });

  it('cannot be undone: UPDATE and DELETE of recorded rows fail', () => {
    const db = withPeople();
    recordAudit(db, { at: NOW, actor: null, action: 'signin.lockout', subjectId: 'p1' });
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(() => db.prepare("UPDATE audit_log SET subject_id = 'p2'").run()).toThrow(/append-only/);
    expect(db.prepare('SELECT subject_id FROM audit_log').pluck().all()).toEqual(['p1']);
  });
});

describe('listAudit', () => {
  it('names people at read time and keeps only the ID once they are gone', () => {
    const db = withPeople();
    recordAudit(db, { at: NOW, actor: { id: 's1', role: 'coordinator' }, action: 'participant.pin-reset', subjectId: 'p1' });
    recordAudit(db, { at: NOW, actor: { id: 'p1', role: 'participant' }, action: 'consent.give', subjectId: 'p1', details: { purpose: 'share' } });
    recordAudit(db, { at: NOW, actor: { id: 's1', role: 'coordinator' }, action: 'export.report', subjectId: 'c1' });
    const [report, consent, reset] = list(db).entries;
    expect(reset).toMatchObject({ action: 'participant.pin-reset', actor: { id: 's1', role: 'coordinator', kind: 'staff', name: 'Khadija' }, subject: { id: 'p1', kind: 'participant', name: 'Awa Diallo' } });
    expect(consent).toMatchObject({ actor: { kind: 'participant', name: 'Awa Diallo' }, details: { purpose: 'share' } });
    expect(report).toMatchObject({ subject: { id: 'c1', kind: 'cohort', name: 'Cohorte A' } });

    db.prepare("DELETE FROM participants WHERE id = 'p1'").run();
    const after = list(db).entries;
    expect(after[2]).toMatchObject({ subject: { id: 'p1', kind: null, name: null } });
    expect(after[1]).toMatchObject({ actor: { id: 'p1', role: 'participant', name: null } });
    // Nothing personal was ever stored in the log itself.
    expect(JSON.stringify(db.prepare('SELECT * FROM audit_log').all())).not.toMatch(/Awa|Diallo|Khadija/);
  });

  it('filters by action, family of actions, person, actor, subject and period (local days, both included)', () => {
    const db = withPeople();
    const localNoon = (day: string) => new Date(`${day}T12:00:00`).toISOString();
    const lateEvening = new Date('2026-03-05T23:59:00').toISOString();
    recordAudit(db, { at: localNoon('2026-03-01'), actor: null, action: 'signin.failed', subjectId: 'p1' });
    recordAudit(db, { at: localNoon('2026-03-03'), actor: null, action: 'signin.lockout', subjectId: 'p1' });
    recordAudit(db, { at: lateEvening, actor: { id: 's1', role: 'coordinator' }, action: 'certificate.issue', subjectId: 'p1' });
    recordAudit(db, { at: localNoon('2026-03-06'), actor: { id: 's1', role: 'coordinator' }, action: 'export.report', subjectId: null });
    const actions = (filter: AuditFilterInput) => list(db, filter).entries.map((entry) => entry.action);

    expect(actions({})).toEqual(['export.report', 'certificate.issue', 'signin.lockout', 'signin.failed']);
    expect(actions({ action: 'signin.failed' })).toEqual(['signin.failed']);
    expect(actions({ action: 'signin' })).toEqual(['signin.lockout', 'signin.failed']);
    expect(actions({ from: '2026-03-02', to: '2026-03-05' })).toEqual(['certificate.issue', 'signin.lockout']);
    expect(actions({ from: '2026-03-06' })).toEqual(['export.report']);
    expect(actions({ to: '2026-03-01' })).toEqual(['signin.failed']);
    expect(actions({ actorId: 's1' })).toEqual(['export.report', 'certificate.issue']);
    expect(actions({ subjectId: 'p1', action: 'certificate' })).toEqual(['certificate.issue']);
    expect(actions({ person: 'awa' })).toEqual(['certificate.issue', 'signin.lockout', 'signin.failed']);
    expect(actions({ person: 'khad' })).toEqual(['export.report', 'certificate.issue']);
    expect(actions({ person: '%' })).toEqual([]);
    expect(auditFilterSchema.safeParse({ from: '2026-03-05', to: '2026-03-01' }).success).toBe(false);
    expect(auditFilterSchema.safeParse({ action: 'drop.table' }).success).toBe(false);
  });

  it('pages newest first with a cursor, without gaps or repeats', () => {
    const db = withPeople();
    for (let i = 0; i < 7; i += 1) recordAudit(db, { at: i < 4 ? NOW : `2026-03-0${i}T10:00:00.000Z`, actor: null, action: 'signin.failed', details: { i } });
    const seen: number[] = [];
    let page = list(db, { limit: 3 });
    seen.push(...page.entries.map((entry) => entry.details.i as number));
    while (page.next) {
      page = list(db, { limit: 3, before: page.next });
      seen.push(...page.entries.map((entry) => entry.details.i as number));
    }
    expect(seen).toEqual([6, 5, 4, 3, 2, 1, 0]);
  });
});
