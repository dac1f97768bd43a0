import { describe, expect, it } from 'vitest';
import { databaseAtVersion } from './test-helpers';

const planOf = (db: ReturnType<typeof databaseAtVersion>, sql: string) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((row) => row.detail).join(' | ');

describe('migration 11: covering indexes for the dashboard', () => {
  it('reads completions, attended minutes and certificates of a period from indexes alone', () => {
    const db = databaseAtVersion(11);
    expect(planOf(db, "SELECT COUNT(*) FROM lesson_progress WHERE participant_id = 'p' AND lesson_id IN ('a', 'b') AND completed_at IS NOT NULL")).toContain('COVERING INDEX lesson_progress_completion');
    expect(planOf(db, "SELECT status, minutes_missed FROM attendance WHERE session_id = 's'")).toContain('COVERING INDEX attendance_minutes');
    const certificates = planOf(db, "SELECT kind, revoked_at IS NOT NULL, COUNT(*) FROM certificates WHERE issued_at >= '2026-01-01' AND issued_at < '2027-01-01' GROUP BY 1, 2");
    expect(certificates).toContain('certificates_by_issue');
    expect(certificates).not.toMatch(/SCAN certificates(?! USING)/);
  });
});
