import { randomUUID } from 'node:crypto';
import type { Avatar } from '../../../shared/domain/avatar';
import type { ReturnCountry } from '../../../shared/domain/countries';
import type { Language } from '../../../shared/domain/roles';
import { emptyCv } from '../../../shared/cv/model';
import { currentConsentVersion } from '../../../shared/consents/texts';
import { hashSecret } from '../auth/secret-hash';
import { nowIso, type CoreDeps } from '../context';

/**
 * Sample data so that a newcomer sees the app working at once. Every cohort
 * and participant is flagged `is_sample`, shown with a "sample" badge, and
 * removed in one step with everything that hangs off them.
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
    // Sample people "agree" to their data being kept so every tool can be tried; the history says 'sample', not a person's choice.
    const consent = db.prepare(
      "INSERT INTO consents (participant_id, purpose, given_at, withdrawn_at, updated_at, text_version, language) VALUES (?, 'data', ?, NULL, ?, ?, ?)",
    );
    const consentEvent = db.prepare(
      `INSERT INTO consent_events (id, participant_id, purpose, action, text_version, language, at, source, recorded_by_staff_id)
       VALUES (?, ?, 'data', 'given', ?, ?, ?, 'sample', NULL)`,
    );
    const ids = new Map<string, string>();
    for (const person of SAMPLE_PEOPLE) {
      const id = randomUUID();
      ids.set(person.firstName, id);
      insert.run(id, cohortId, person.firstName, person.lastName, person.sex, person.country, person.city,
        person.language, JSON.stringify(person.avatar), pinHash, now, now);
      consent.run(id, now, now, currentConsentVersion('data'), person.language);
      consentEvent.run(randomUUID(), id, currentConsentVersion('data'), person.language, now);
    }
    insertSampleWork(deps, ids, now);
  })();
  if (deps.settings.read().activeCohortId === null) deps.settings.update({ activeCohortId: cohortId });
}

/**
 * Some work done, so progress, CVs and history show at once: Fatou has
 * finished a lesson and started another, Moussa has started one, Grace has a
 * CV in English. Only lessons that exist are used.
 */
function insertSampleWork(deps: CoreDeps, ids: Map<string, string>, now: string): void {
  const { db, content } = deps;
  const progress = db.prepare(
    'INSERT INTO lesson_progress (participant_id, lesson_id, position, completed_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const work: [string, string, number, boolean][] = [
    ['Fatou', 'confiance-en-soi', Infinity, true],
    ['Fatou', 'emotions-et-stress', 3, false],
    ['Moussa', 'trouver-son-idee', 4, false],
  ];
  for (const [person, lessonId, position, done] of work) {
    const lesson = content.lesson(lessonId);
    const participant = ids.get(person);
    if (!lesson || !participant) continue;
    progress.run(participant, lessonId, Math.min(position, lesson.steps.length - 1), done ? now : null, now, now);
  }
  const lifeSkills = content.module('life-skills');
  const fatou = ids.get('Fatou');
  if (lifeSkills && fatou && lifeSkills.selfAssessment.length > 0) {
    const ratings = Object.fromEntries(lifeSkills.selfAssessment.map((item, index) => [item.id, 2 + (index % 2)]));
    db.prepare("INSERT INTO module_self_assessments VALUES (?, 'life-skills', 'before', ?, ?, ?)").run(fatou, JSON.stringify(ratings), now, now);
  }
  const grace = ids.get('Grace');
  if (grace) {
    const cv = emptyCv('en', { firstName: 'Grace', lastName: 'Mbarga', country: 'CM' });
    cv.targetJob = 'Hairdresser';
    cv.contact.city = 'Douala';
    cv.summary = 'Hairdresser for 5 years, in Douala and in Rabat. I braid, cut and care for all hair types.';
    cv.experience = [
      { id: 'exp-1', role: 'Hairdresser', employer: '', selfEmployed: true, place: 'Rabat, Morocco', start: '2022-02', end: '', current: true, tasks: ['Braid and style hair for regular customers', 'Buy products and keep the accounts'] },
      { id: 'exp-2', role: 'Hairdressing assistant', employer: 'Salon in Douala', selfEmployed: false, place: 'Douala, Cameroon', start: '2019-01', end: '2021-06', current: false, tasks: ['Wash and prepare hair', 'Welcome customers'] },
    ];
    cv.languages = [
      { id: 'lang-1', name: 'English', level: 'fluent', showCefr: false },
      { id: 'lang-2', name: 'French', level: 'intermediate', showCefr: true },
    ];
    db.prepare('INSERT INTO cvs (id, participant_id, title, language, document_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(randomUUID(), grace, 'CV hairdresser (sample)', 'en', JSON.stringify(cv), now, now);
  }
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
