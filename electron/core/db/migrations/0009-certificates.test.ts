import { describe, expect, it } from 'vitest';
import { columnsOf, databaseAtVersion } from './test-helpers';

const NOW = '2026-03-02T09:00:00Z';

describe('migration 9: certificates', () => {
  it('numbers certificates uniquely, keeps the register when a person or cohort goes, and holds one settings document', () => {
    const db = databaseAtVersion(9);
    expect(columnsOf(db, 'certificates')).toContain('qr_text');
    db.prepare("INSERT INTO cohorts VALUES ('c1', 'C', 'Rabat', '2026-01-01', '2026-02-01', 0, ?, ?)").run(NOW, NOW);
    db.prepare(
      "INSERT INTO participants (id, cohort_id, first_name, last_name, country, language, avatar_json, pin_hash, created_at, updated_at) VALUES ('p1', 'c1', 'A', 'B', 'ML', 'fr', '{}', 'h', ?, ?)",
    ).run(NOW, NOW);
    const insert = db.prepare(
      "INSERT INTO certificates (id, number, participant_id, participant_name, cohort_id, kind, language, data_json, qr_text, issued_at) VALUES (?, ?, 'p1', 'A B', 'c1', 'participation', 'fr', '{}', 'FA1.x.y', ?)",
    );
    insert.run('k1', 'FA-2026-000001', NOW);
    expect(() => insert.run('k2', 'FA-2026-000001', NOW)).toThrow(/UNIQUE/);
    db.prepare("DELETE FROM participants WHERE id = 'p1'").run();
    expect(db.prepare("SELECT participant_id, participant_name FROM certificates WHERE id = 'k1'").get()).toEqual({ participant_id: null, participant_name: 'A B' });
    db.prepare("INSERT INTO certificate_settings VALUES (1, '{}', ?)").run(NOW);
    expect(() => db.prepare("INSERT INTO certificate_settings VALUES (2, '{}', ?)").run(NOW)).toThrow(/CHECK/);
  });
});
