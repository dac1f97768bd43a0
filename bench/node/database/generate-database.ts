import type { Answer } from '../../../shared/content/answers';
import { checkAnswer, stepsFor } from '../../../shared/content/answers';
import type { Lesson, Step } from '../../../shared/content/schema';
import { AVATAR_COLORS, AVATAR_PICTURES } from '../../../shared/domain/avatar';
import { RETURN_COUNTRIES } from '../../../shared/domain/countries';
import { hashSecret } from '../../../electron/core/auth/secret-hash';
import type { Core } from '../../../electron/core/core';
import { benchCaller, openBenchCore } from '../bench-core';

/**
 * A big workshop history: 10,000 participants in 300 cohorts, and 1,000,000
 * lesson-progress records — step answers, 100 per participant (of the 105
 * answerable steps of the shipped lessons), with a lesson_progress row for
 * each lesson they touched. (lesson_progress itself holds one row per
 * participant and lesson, so it cannot reach a million with 13 lessons.)
 * The schema comes from the real migrations (createCore) and the coordinator
 * from 'setup.complete'; the rows go in with bulk inserts in one transaction.
 */
export const POPULATION = { participants: 10_000, cohorts: 300, answersPerParticipant: 100, facilitators: 30 } as const;
/** The cohort on the sign-in screen. */
export const ACTIVE_COHORT_SIZE = 15;
/** Every generated participant's PIN (hashed once: scrypt is slow on purpose). */
export const BENCH_PIN = '1234';
export const COORDINATOR = { name: 'Khadija Benali', password: 'bench-coordinator-2026' };

const FIRST_NAMES = ['Aminata', 'Ibrahima', 'Fatou', 'Moussa', 'Grace', 'Awa', 'Kofi', 'Mariam', 'Ousmane', 'Adjoa', 'Séverine', 'Mamadou', 'Aïssatou', 'Yaw', 'Ndèye', 'Koffi', 'Hélène', 'Boubacar', 'Fanta', 'Éric', 'Binta', 'Seydou', 'Rokia', 'Jean-Paul', 'Chantal', 'Issa', 'Oumou', 'Daouda', 'Rose', 'Lamine'];
const LAST_NAMES = ['Traoré', 'Diallo', 'Mbarga', 'Ouédraogo', 'Ndiaye', 'Kabila Mwamba', 'Mensah', 'Koné', 'Camara', 'Sow', 'Diop', 'Touré', 'Kouassi', 'Sawadogo', 'Bamba', 'Fofana', 'Kéita', 'Ekotto', 'Agbéko', 'Sylla', 'Cissé', 'Nkoulou', 'Dembélé', 'Zongo', 'Mukendi', 'Gnassingbé', 'Coulibaly', 'Bah', 'Yéo', 'Tshibanda'];
const CITIES = ['Dakar', 'Bamako', 'Conakry', 'Douala', 'Abidjan', 'Lomé', 'Ouagadougou', 'Kinshasa'];
const DAY_MS = 86_400_000;

/** Deterministic numbers, so two generations give the same database. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function uuidFrom(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(random() * 4)]!;
  const text = hex.join('');
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}

/** A valid answer for a step (the Node side's checkAnswer scores it), or null for steps nobody answers. */
export function answerFor(step: Step, variant: number): Answer | null {
  switch (step.type) {
    case 'singleChoice':
      return { type: 'singleChoice', optionId: step.options[variant % step.options.length]!.id };
    case 'multipleChoice':
      return { type: 'multipleChoice', optionIds: [step.options[variant % step.options.length]!.id] };
    case 'scenario':
      return { type: 'scenario', choiceId: step.choices[variant % step.choices.length]!.id };
    case 'checklist':
      return { type: 'checklist', checked: step.items.slice(0, 1 + (variant % step.items.length)).map((item) => item.id) };
    case 'scale':
      return { type: 'scale', value: 1 + (variant % 5) };
    case 'reflection':
      return { type: 'reflection', text: `Je sais coudre et je suis patiente avec les clientes (réponse ${variant}).` };
    case 'groupActivity':
      return { type: 'groupActivity', done: true };
    case 'openTool':
      return { type: 'openTool', opened: true };
    case 'explanation':
      return null;
  }
}

/** Fills `dataDir` (empty) with the big database and its settings.json. */
export async function generateDatabase(dataDir: string): Promise<void> {
  const core = openBenchCore(dataDir);
  try {
    await benchCaller(core)('setup.complete', {
      coordinatorName: COORDINATOR.name,
      password: COORDINATOR.password,
      organisationName: 'Association Foras',
      workshopPlace: 'Rabat',
      language: 'fr',
      withSampleData: false,
    });
    // No cohort is chosen in the settings (the usual state: creating cohorts does not choose one), so the
    // sign-in screen takes the latest-started cohort — the 15-person one — by the app's own fallback query.
    insertRows(core, await hashSecret(BENCH_PIN));
    // One self-contained file: the WAL folded in, so the cache is a single copyable file.
    core.deps.db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    core.close();
  }
}

function insertRows(core: Core, pinHash: string): void {
  const { db } = core.deps;
  const random = seededRandom(2026);
  const lessons = [...core.deps.content.lessons()].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const now = new Date('2026-03-02T09:00:00Z').getTime();
  const iso = (ms: number) => new Date(ms).toISOString();

  const insertStaff = db.prepare(
    `INSERT INTO staff (id, name, role, password_hash, created_at, updated_at) VALUES (?, ?, 'facilitator', ?, ?, ?)`,
  );
  const insertCohort = db.prepare(
    'INSERT INTO cohorts (id, name, place, start_date, end_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertCohortStaff = db.prepare('INSERT INTO cohort_staff (cohort_id, staff_id) VALUES (?, ?)');
  const insertParticipant = db.prepare(
    `INSERT INTO participants (id, cohort_id, first_name, last_name, sex, country, city, phone, language, avatar_json,
       pin_hash, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?)`,
  );
  const insertProgress = db.prepare(
    'INSERT INTO lesson_progress (participant_id, lesson_id, position, completed_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertAnswer = db.prepare(
    `INSERT INTO step_answers (participant_id, lesson_id, step_id, answer_json, score, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );

  // Generation only: the file is rebuilt from scratch if interrupted, so durability is not needed here.
  db.pragma('synchronous = OFF');
  db.transaction(() => {
    const facilitatorIds = Array.from({ length: POPULATION.facilitators }, (_, i) => {
      const id = uuidFrom(random);
      insertStaff.run(id, `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[(i * 7) % LAST_NAMES.length]}`, pinHash, iso(now), iso(now));
      return id;
    });

    // Cohort 0 is the sign-in screen's (15 people, the latest start); the others share the rest, a week apart.
    const cohorts = Array.from({ length: POPULATION.cohorts }, (_, i) => {
      const id = uuidFrom(random);
      const start = now - (i * 7 + 14) * DAY_MS;
      insertCohort.run(id, `Cohorte ${POPULATION.cohorts - i}`, CITIES[i % CITIES.length]!, iso(start).slice(0, 10), iso(start + 75 * DAY_MS).slice(0, 10), iso(start), iso(start));
      insertCohortStaff.run(id, facilitatorIds[i % facilitatorIds.length]!);
      return { id, start };
    });

    for (let i = 0; i < POPULATION.participants; i++) {
      const cohort = i < ACTIVE_COHORT_SIZE ? cohorts[0]! : cohorts[1 + ((i - ACTIVE_COHORT_SIZE) % (POPULATION.cohorts - 1))]!;
      const id = uuidFrom(random);
      const country = RETURN_COUNTRIES[i % RETURN_COUNTRIES.length]!;
      const avatar = { color: AVATAR_COLORS[i % AVATAR_COLORS.length]!, picture: i % 5 === 0 ? null : AVATAR_PICTURES[i % AVATAR_PICTURES.length]! };
      const created = iso(cohort.start);
      insertParticipant.run(id, cohort.id, FIRST_NAMES[Math.floor(random() * FIRST_NAMES.length)]!, LAST_NAMES[Math.floor(random() * LAST_NAMES.length)]!,
        i % 2 === 0 ? 'F' : 'M', country, CITIES[i % CITIES.length]!, i % 4 === 0 ? 'en' : 'fr', JSON.stringify(avatar), pinHash, created, created);
      insertHistory(id, country, cohort.start, i);
    }
  })();
  db.pragma('synchronous = FULL');

  /** The participant's answers (lessons in catalogue order, rotated per person) and a progress row per lesson touched. */
  function insertHistory(participantId: string, country: string, startMs: number, index: number): void {
    const rotation = index % lessons.length;
    const order = [...lessons.slice(rotation), ...lessons.slice(0, rotation)];
    let left: number = POPULATION.answersPerParticipant;
    for (const [n, lesson] of order.entries()) {
      if (left === 0) break;
      const steps = stepsFor(lesson.steps, country);
      const answerable = steps.filter((step) => answerFor(step, 0) !== null);
      const taken = answerable.slice(0, left);
      left -= taken.length;
      const at = iso(startMs + n * DAY_MS);
      const done = taken.length === answerable.length;
      insertProgress.run(participantId, lesson.id, done ? steps.length - 1 : steps.indexOf(taken[taken.length - 1] ?? steps[0]!), done ? at : null, at, at);
      for (const step of taken) writeAnswer(participantId, lesson, step, index, at);
    }
    if (left > 0) throw new Error(`The shipped lessons have fewer than ${POPULATION.answersPerParticipant} answerable steps`);
  }

  function writeAnswer(participantId: string, lesson: Lesson, step: Step, variant: number, at: string): void {
    const answer = answerFor(step, variant)!;
    const check = checkAnswer(step, answer);
    insertAnswer.run(participantId, lesson.id, step.id, JSON.stringify(answer), check.valid ? check.score : null, at, at);
  }
}
