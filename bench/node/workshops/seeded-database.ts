import { generateKeyPairSync } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { CertificateKind } from '../../../shared/certificates/payload';
import { formatCertificateNumber } from '../../../shared/certificates/payload';
import { CERTIFIED_MODULES } from '../../../shared/certificates/settings';
import { emptyCv, type Cv } from '../../../shared/cv/model';
import { signPayload } from '../../../electron/core/certificates';
import { bamakoGroceryPlan } from '../../../electron/core/business-plan/pdf/test-plans';
import { createSessionSlot } from '../../../electron/core/context';
import type { Core } from '../../../electron/core/core';
import { benchCaller, openBenchCore } from '../bench-core';
import { freshCopyOfDatabase } from '../database/cached-database';
import { COORDINATOR } from '../database/generate-database';

/**
 * The 10k-participant database (node/database, generated before migrations
 * 0007–0010 had anything to fill) with what a centre's years of workshops
 * leave there, added to a private copy: for every cohort ten 3-hour
 * sessions (five per module, weekly) with a mark for every participant;
 * self-assessments before each module, and after it once the cohort ended;
 * a CV for six people in ten; business plans (most of the active cohort,
 * one person in twenty elsewhere); certificates for 85 % of the people of
 * every ended cohort (signed with a throwaway key; 1 % revoked).
 * Inserted in bulk in one transaction, as generate-database.ts does.
 */

/** The generator's "today" (generate-database.ts): the active cohort's later sessions are not marked yet. */
const TODAY = '2026-03-02';
const SESSIONS_PER_MODULE = 5;
const DAY_MS = 86_400_000;

/** Deterministic numbers, so two seedings give the same data. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}

export interface SeededDatabase {
  core: Core;
  /** A call through the dispatcher as the coordinator (signed in with their password). */
  asCoordinator: ReturnType<typeof benchCaller>;
  /** The 15-person cohort of the sign-in screen. */
  activeCohortId: string;
  /** Rows added, by table. */
  added: Record<string, number>;
  /** Closes the core and removes the copy. */
  close(): void;
}

/** A private copy of the cached database, seeded, opened through createCore, the coordinator signed in. */
export async function openSeededDatabase(): Promise<SeededDatabase> {
  const dataDir = await freshCopyOfDatabase();
  const core = openBenchCore(dataDir);
  const close = () => {
    core.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const options = await benchCaller(core)('auth.signInOptions', {});
    if (!options.cohort) throw new Error('The cached database has no active cohort');
    const coordinator = options.staff.find((staff) => staff.role === 'coordinator');
    if (!coordinator) throw new Error('The cached database has no coordinator');
    const started = Date.now();
    const added = seed(core, coordinator.id, options.cohort.id);
    console.log(`  seeded workshop data in ${((Date.now() - started) / 1000).toFixed(1)} s: ${Object.entries(added).map(([table, n]) => `${n} ${table}`).join(', ')}`);
    const asCoordinator = benchCaller(core, createSessionSlot());
    await asCoordinator('auth.signInStaff', { staffId: coordinator.id, password: COORDINATOR.password });
    return { core, asCoordinator, activeCohortId: options.cohort.id, added, close };
  } catch (error) {
    close();
    throw error;
  }
}

interface CohortRow {
  id: string;
  place: string;
  start_date: string;
  end_date: string;
  facilitator_id: string | null;
}

function seed(core: Core, coordinatorId: string, activeCohortId: string): Record<string, number> {
  const { db, content } = core.deps;
  const random = seededRandom(2027);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const iso = (date: string, hour = 9) => `${date}T${String(hour).padStart(2, '0')}:00:00.000Z`;
  const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
  const uuid = () => crypto.randomUUID();
  const added = { workshop_sessions: 0, attendance: 0, module_self_assessments: 0, cvs: 0, business_plans: 0, certificates: 0 };

  const cohorts = db
    .prepare('SELECT c.id, c.place, c.start_date, c.end_date, (SELECT staff_id FROM cohort_staff s WHERE s.cohort_id = c.id LIMIT 1) AS facilitator_id FROM cohorts c ORDER BY c.start_date')
    .all() as CohortRow[];
  const peopleOf = db.prepare('SELECT id, first_name, last_name, country, language FROM participants WHERE cohort_id = ?');
  const insertSession = db.prepare(
    `INSERT INTO workshop_sessions (id, cohort_id, module_id, date, start_time, end_time, facilitator_id, place, created_at, updated_at) VALUES (?, ?, ?, ?, '09:00', '12:00', ?, ?, ?, ?)`,
  );
  const insertMark = db.prepare('INSERT INTO attendance (session_id, participant_id, status, minutes_missed, updated_at) VALUES (?, ?, ?, ?, ?)');
  const insertAssessment = db.prepare('INSERT INTO module_self_assessments (participant_id, module_id, phase, ratings_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
  const insertCv = db.prepare('INSERT INTO cvs (id, participant_id, title, language, document_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const insertPlan = db.prepare(
    `INSERT INTO business_plans (id, participant_id, title, language, status, document_json, submitted_at, reviewed_at, reviewed_by, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertCertificate = db.prepare(
    `INSERT INTO certificates (id, number, participant_id, participant_name, cohort_id, kind, language, data_json, qr_text, forced_reason, issued_at, issued_by, revoked_at, revoked_reason, revoked_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?)`,
  );

  const statements = Object.fromEntries(CERTIFIED_MODULES.map((id) => [id, content.module(id)?.selfAssessment.map((item) => item.id) ?? []]));
  const moduleTitles = Object.fromEntries(CERTIFIED_MODULES.map((id) => [id, content.module(id)?.title.fr ?? id]));
  const plan = JSON.stringify(bamakoGroceryPlan('fr'));
  const { privateKey } = generateKeyPairSync('ed25519');
  const numbers = new Map<number, number>();

  db.pragma('synchronous = OFF'); // seeding only: the copy is thrown away after the run
  db.transaction(() => {
    for (const cohort of cohorts) {
      const people = peopleOf.all(cohort.id) as { id: string; first_name: string; last_name: string; country: string; language: 'fr' | 'en' }[];
      const ended = cohort.end_date < TODAY;
      const active = cohort.id === activeCohortId;

      // Ten sessions, weekly: the first module, then the second.
      const sessions = CERTIFIED_MODULES.flatMap((moduleId, m) =>
        Array.from({ length: SESSIONS_PER_MODULE }, (_, k) => ({ id: uuid(), moduleId, date: addDays(cohort.start_date, (m * SESSIONS_PER_MODULE + k) * 7 + 1) })),
      );
      for (const session of sessions) {
        insertSession.run(session.id, cohort.id, session.moduleId, session.date, cohort.facilitator_id, cohort.place, iso(cohort.start_date), iso(cohort.start_date));
        added.workshop_sessions += 1;
        if (session.date > TODAY) continue;
        for (const person of people) {
          const roll = random();
          const status = roll < 0.85 ? 'present' : roll < 0.93 ? 'late' : 'absent';
          insertMark.run(session.id, person.id, status, status === 'late' && random() < 0.7 ? 5 + Math.floor(random() * 40) : null, iso(session.date, 12));
          added.attendance += 1;
        }
      }

      for (const [p, person] of people.entries()) {
        for (const [m, moduleId] of CERTIFIED_MODULES.entries()) {
          const from = addDays(cohort.start_date, m * SESSIONS_PER_MODULE * 7 + 1);
          const to = addDays(from, (SESSIONS_PER_MODULE - 1) * 7);
          const rate = (bias: number) => JSON.stringify(Object.fromEntries(statements[moduleId]!.map((id) => [id, Math.min(5, 1 + Math.floor(random() * 4) + bias)])));
          if (from <= TODAY) {
            insertAssessment.run(person.id, moduleId, 'before', rate(0), iso(from), iso(from));
            added.module_self_assessments += 1;
          }
          if (to < TODAY) {
            insertAssessment.run(person.id, moduleId, 'after', rate(1), iso(to), iso(to));
            added.module_self_assessments += 1;
          }
        }
        if (random() < 0.6) {
          const cv = emptyCv(person.language, { firstName: person.first_name, lastName: person.last_name, country: person.country as Cv['contact']['country'] });
          insertCv.run(uuid(), person.id, 'Mon CV', person.language, JSON.stringify(cv), iso(cohort.start_date), iso(cohort.start_date));
          added.cvs += 1;
        }
        if (active ? p < 12 : random() < 0.05) {
          const status = active ? (['draft', 'submitted', 'reviewed'] as const)[p % 3]! : pick(['draft', 'submitted', 'reviewed'] as const);
          const at = iso(addDays(cohort.start_date, 40));
          insertPlan.run(uuid(), person.id, 'Alimentation générale à Bamako', 'fr', status, plan, status === 'draft' ? null : at, status === 'reviewed' ? at : null,
            status === 'reviewed' ? coordinatorId : null, at, at);
          added.business_plans += 1;
        }
        if (ended && random() < 0.85) {
          insertCertificate.run(...certificate(cohort, person, sessions.map((session) => session.date)));
          added.certificates += 1;
        }
      }
    }
  })();
  db.pragma('synchronous = FULL');
  db.pragma('wal_checkpoint(TRUNCATE)');
  return added;

  function certificate(cohort: CohortRow, person: { id: string; first_name: string; last_name: string }, dates: string[]): unknown[] {
    const issuedOn = addDays(cohort.end_date, 3);
    const year = Number(issuedOn.slice(0, 4));
    const sequence = (numbers.get(year) ?? 0) + 1;
    numbers.set(year, sequence);
    const number = formatCertificateNumber(year, sequence);
    const name = `${person.first_name} ${person.last_name}`;
    const kind: CertificateKind = random() < 0.7 ? 'participation' : 'completion';
    const hours = [15, 13.5];
    const payload = { version: 1 as const, number, participantName: name, modules: CERTIFIED_MODULES.map((id, m) => ({ id, hours: hours[m]! })), issuedOn, kind, organisation: 'Association Foras' };
    const data = {
      modules: CERTIFIED_MODULES.map((id, m) => ({ title: moduleTitles[id], from: dates[m * SESSIONS_PER_MODULE], to: dates[m * SESSIONS_PER_MODULE + SESSIONS_PER_MODULE - 1], hours: hours[m] })),
      place: cohort.place,
      issuedOn,
      organisation: 'Association Foras',
      programme: 'Programme d’aide au retour volontaire et à la réintégration',
    };
    const revoked = random() < 0.01;
    return [uuid(), number, person.id, name, cohort.id, kind, 'fr', JSON.stringify(data), signPayload(payload, privateKey), iso(issuedOn, 10), coordinatorId,
      revoked ? iso(addDays(issuedOn, 30)) : null, revoked ? 'Erreur de nom' : null, revoked ? coordinatorId : null];
  }
}
