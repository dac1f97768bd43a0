import { randomUUID } from 'node:crypto';
import type { Avatar } from '../../../shared/domain/avatar';
import type { ReturnCountry } from '../../../shared/domain/countries';
import type { Language } from '../../../shared/domain/roles';
import { hashSecret } from '../auth/secret-hash';
import { nowIso, type CoreDeps } from '../context';

/**
 * Sample data so that a newcomer sees the app working at once. Every row is
 * flagged `is_sample`, shown with a "sample" badge, and removed in one step.
 * The sample PIN is printed on the sign-in screen, so it protects nothing.
 */
export const SAMPLE_PIN = '1234';

interface SamplePerson {
  firstName: string;
  lastName: string;
  sex: 'F' | 'M';
  country: ReturnCountry;
  city: string;
  language: Language;
  avatar: Avatar;
}

const SAMPLE_PEOPLE: readonly SamplePerson[] = [
  { firstName: 'Aminata', lastName: 'Traoré', sex: 'F', country: 'ML', city: 'Bamako', language: 'fr', avatar: { color: 'grape', picture: 'flower' } },
  { firstName: 'Ibrahima', lastName: 'Diallo', sex: 'M', country: 'GN', city: 'Conakry', language: 'fr', avatar: { color: 'teal', picture: 'ball' } },
  { firstName: 'Grace', lastName: 'Mbarga', sex: 'F', country: 'CM', city: 'Douala', language: 'en', avatar: { color: 'orange', picture: 'sun' } },
  { firstName: 'Moussa', lastName: 'Ouédraogo', sex: 'M', country: 'BF', city: 'Bobo-Dioulasso', language: 'fr', avatar: { color: 'indigo', picture: null } },
  { firstName: 'Fatou', lastName: 'Ndiaye', sex: 'F', country: 'SN', city: 'Thiès', language: 'fr', avatar: { color: 'green', picture: 'leaf' } },
  { firstName: 'Jean-Paul', lastName: 'Kabila Mwamba', sex: 'M', country: 'CD', city: 'Lubumbashi', language: 'fr', avatar: { color: 'blue', picture: 'fish' } },
];

export async function insertSampleData(deps: CoreDeps): Promise<void> {
  const pinHash = await hashSecret(SAMPLE_PIN);
  const now = nowIso(deps);
  const today = deps.now();
  const start = new Date(today.getTime() - 14 * 86_400_000).toISOString().slice(0, 10);
  const end = new Date(today.getTime() + 60 * 86_400_000).toISOString().slice(0, 10);
  const cohortId = randomUUID();
  const { db } = deps;
  db.transaction(() => {
    db.prepare(
      `INSERT INTO cohorts (id, name, place, start_date, end_date, is_sample, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 1, ?, ?)`,
    ).run(cohortId, 'Cohorte exemple', deps.settings.read().workshopPlace || 'Rabat', start, end, now, now);
    const insert = db.prepare(
      `INSERT INTO participants (id, cohort_id, first_name, last_name, sex, country, city, phone, language, avatar_json,
         pin_hash, is_sample, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, 1, ?, ?)`,
    );
    for (const person of SAMPLE_PEOPLE) {
      insert.run(randomUUID(), cohortId, person.firstName, person.lastName, person.sex, person.country, person.city,
        person.language, JSON.stringify(person.avatar), pinHash, now, now);
    }
  })();
  if (deps.settings.read().activeCohortId === null) deps.settings.update({ activeCohortId: cohortId });
}

export function hasSampleData(deps: CoreDeps): boolean {
  return deps.db.prepare('SELECT 1 FROM cohorts WHERE is_sample = 1 UNION ALL SELECT 1 FROM staff WHERE is_sample = 1 LIMIT 1').pluck().get() !== undefined;
}

/** Removes every sample row and what hangs off it; real data is untouched. */
export function removeSampleData(deps: CoreDeps): void {
  const { db } = deps;
  db.transaction(() => {
    db.prepare(
      `DELETE FROM drafts WHERE owner_id IN (
         SELECT p.id FROM participants p JOIN cohorts c ON c.id = p.cohort_id WHERE c.is_sample = 1 OR p.is_sample = 1
         UNION SELECT id FROM staff WHERE is_sample = 1)`,
    ).run();
    db.prepare('DELETE FROM participants WHERE is_sample = 1 OR cohort_id IN (SELECT id FROM cohorts WHERE is_sample = 1)').run();
    db.prepare('DELETE FROM cohorts WHERE is_sample = 1').run();
    db.prepare('DELETE FROM staff WHERE is_sample = 1').run();
  })();
  const active = deps.settings.read().activeCohortId;
  if (active && db.prepare('SELECT 1 FROM cohorts WHERE id = ?').pluck().get(active) === undefined) {
    deps.settings.update({ activeCohortId: null });
  }
}
