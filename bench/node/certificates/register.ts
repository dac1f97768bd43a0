// The certificate register for certificates.bench.ts: people in cohorts, issued certificates through the dispatcher, read back by the app's printable().
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CertificateSettings } from '../../../shared/certificates/settings';
import { AVATAR_COLORS } from '../../../shared/domain/avatar';
import type { CertificateData } from '../../../electron/core/certificates';
import { LOGO_PNG, SIGNATURE_PNG } from '../../../electron/core/certificates/pdf/test-certificates';
import { createSessionSlot } from '../../../electron/core/context';
import { printable } from '../../../electron/core/services/certificates';
import { benchCaller, openBenchCore } from '../bench-core';

/** First and last names as centres enter them: accents, apostrophes, compound names. */
const FIRST_NAMES = ['Aïssatou', 'Mamadou', 'Fatoumata', 'Koffi', 'Mariam', 'Ibrahima', 'Awa', 'Jean-Baptiste', 'Ndèye', 'Sékou', 'Adjoa', 'Moussa', 'Séverine', 'Oumou', 'Éric', 'Hélène', 'Boubacar', 'Rokia', 'Chantal', 'Lamine', 'Binta', 'Ousmane', 'Kadiatou', 'Yaw', 'Mariétou', 'Seydou', 'Grâce', 'Daouda', 'Félicité', 'Issa'];
const LAST_NAMES = ['Diop', 'Traoré', 'Koné', 'Kouassi', 'Ouédraogo', 'Camara', 'Mbuyi', 'Bamba', 'Sow', 'Diallo', 'Kaboré', 'Agbéko', 'Kéita', 'Dembélé', 'Gnassingbé', 'Tshibanda', 'Yéo', 'Cissé', 'N’Diaye', 'Zongo', 'Sawadogo', 'Mensah', 'Fofana', 'Coulibaly', 'Ekotto', 'Nkoulou', 'Touré', 'Sylla', 'Mukendi', 'Bah'];
/** One name in 50 is long: two first names and a compound family name (the layout shrinks or wraps these). */
const LONG_FIRST = ['Marie-Thérèse Aïssatou', 'Jean-Baptiste Kouadio Séraphin', 'Ndèye Fatou Bintou'];
const LONG_LAST = ['Kouassi-Ouédraogo Nkrumah', 'Mbuyi-Tshisekedi wa Mulumba', 'Diarrassouba-Ouattara Koné'];

/** Person `i`'s name: different full names for the first 27,000 people (the words recur, as common names do). */
function personName(i: number): { first: string; last: string } {
  const n = FIRST_NAMES.length;
  if (i % 50 === 7) return { first: `${LONG_FIRST[i % LONG_FIRST.length]!} ${FIRST_NAMES[Math.floor(i / 50) % n]!}`, last: LONG_LAST[Math.floor(i / 150) % LONG_LAST.length]! };
  const first = FIRST_NAMES[i % n]!;
  const second = Math.floor(i / (n * n)) % n;
  return { first: i < n * n ? first : `${first} ${FIRST_NAMES[second]!}`, last: LAST_NAMES[Math.floor(i / n) % n]! };
}

const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;

/**
 * Certificate settings as a coordinator fills them in: both modules, two
 * signatories (the coordinator with a scanned signature), one logo.
 */
const SETTINGS: CertificateSettings = {
  organisation: 'Association Foras',
  programme: 'Programme d’aide au retour volontaire et à la réintégration',
  place: 'Rabat',
  language: 'fr',
  kind: 'participation',
  modules: ['life-skills', 'entrepreneurship'],
  rules: { 'life-skills': { minAttendancePercent: 80, requireAllLessons: false }, entrepreneurship: { minAttendancePercent: 80, requireAllLessons: false } },
  signatories: [
    { name: 'Khadija Benali', title: 'Coordinatrice du programme', signature: dataUrl(SIGNATURE_PNG) },
    { name: 'Jean-Pierre Mensah', title: 'Formateur en entrepreneuriat', signature: null },
  ],
  logos: [dataUrl(LOGO_PNG)],
};

/** Sessions per module (4 h each), everyone present: about 16 h per module on the certificate. */
const SESSIONS_PER_MODULE = 4;

/** People per cohort: a large workshop cohort. Batches of 1,000 span several cohorts (issuing costs grow with the square of a cohort's size). */
const COHORT_SIZE = 125;

export interface CertificateRegister {
  /** Each set's certificate ids, in issuing order. */
  sets: string[][];
  /** What 'certificates.pdf' hands renderCertificatesPdf for these ids: the app's printable(), called afresh (new image buffers each time, as each click gets). */
  printable(ids: readonly string[]): CertificateData[];
  fontsDir: string;
  /** Closes the database and removes the data folder. */
  close(): void;
}

/**
 * Sets of certificates of the given sizes, none sharing a person or a
 * number with another (so a set is printed "for the first time" even after
 * another was printed: see certificates.bench.ts). Each person is in a
 * cohort with sessions and attendance, and is issued a certificate through
 * 'certificates.issue' (batches of 50, as the screen issues them), so the QR
 * texts are signed by signing.ts with a key created in a temporary data
 * folder; printable() then reads each set back as 'certificates.pdf' does.
 * Close the register when done (it removes its data folder).
 */
export async function issuedCertificateSets(sizes: readonly number[]): Promise<CertificateRegister> {
  const dataDir = mkdtempSync(join(tmpdir(), 'foras-bench-certificates-'));
  const core = openBenchCore(dataDir);
  const close = () => {
    core.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const call = benchCaller(core, createSessionSlot());
    await call('setup.complete', { coordinatorName: 'Khadija Benali', password: 'bench-coordinator-2026', organisationName: 'Association Foras', workshopPlace: 'Rabat', language: 'fr', withSampleData: false });
    await call('certificates.saveSettings', SETTINGS);
    const { db } = core.deps;
    const insertPerson = db.prepare(
      `INSERT INTO participants (id, cohort_id, first_name, last_name, sex, country, city, language, avatar_json, pin_hash, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 'SN', 'Dakar', 'fr', ?, 'not-used', '2026-01-05T09:00:00.000Z', '2026-01-05T09:00:00.000Z')`,
    );
    const insertMark = db.prepare(`INSERT INTO attendance (session_id, participant_id, status, minutes_missed, updated_at) VALUES (?, ?, 'present', NULL, '2026-03-27T13:00:00.000Z')`);

    let person = 0;
    let cohortNumber = 0;
    /** A cohort of `size` people, each marked present at every session; returns their ids. */
    const cohortOf = async (size: number): Promise<{ cohortId: string; people: string[] }> => {
      cohortNumber += 1;
      const cohort = await call('cohorts.create', { name: `Cohorte ${cohortNumber}`, place: 'Rabat', startDate: '2026-01-05', endDate: '2026-03-27', facilitatorIds: [] });
      const sessions: string[] = [];
      for (const [m, moduleId] of SETTINGS.modules.entries()) {
        for (let s = 0; s < SESSIONS_PER_MODULE; s++) {
          const date = `2026-0${1 + m}-${String(5 + 7 * s).padStart(2, '0')}`;
          sessions.push((await call('sessions.save', { cohortId: cohort.id, sessionId: null, fields: { moduleId, date, start: '09:00', end: '13:00', facilitatorId: null, place: 'Rabat' } })).id);
        }
      }
      // People and their marks go in directly: thousands of dispatcher calls, each a durable commit, would take minutes and are not what is measured.
      const people: string[] = [];
      db.transaction(() => {
        for (let i = 0; i < size; i++, person++) {
          const id = crypto.randomUUID();
          const { first, last } = personName(person);
          insertPerson.run(id, cohort.id, first, last, person % 2 === 0 ? 'F' : 'M', JSON.stringify({ color: AVATAR_COLORS[person % AVATAR_COLORS.length], picture: null }));
          for (const session of sessions) insertMark.run(session, id);
          people.push(id);
        }
      })();
      return { cohortId: cohort.id, people };
    };

    const sets: string[][] = [];
    for (const size of sizes) {
      const certificateIds: string[] = [];
      for (let left = size; left > 0; left -= COHORT_SIZE) {
        const { cohortId, people } = await cohortOf(Math.min(COHORT_SIZE, left));
        for (let start = 0; start < people.length; start += 50) {
          const issued = await call('certificates.issue', { cohortId, participantIds: people.slice(start, start + 50), reason: null });
          certificateIds.push(...issued.map((certificate) => certificate.id));
        }
      }
      sets.push(certificateIds);
    }
    return { sets, printable: (ids) => printable(core.deps, ids), fontsDir: core.deps.fontsDir, close };
  } catch (error) {
    close();
    throw error;
  }
}

/** Pages in a PDF: its page objects (`/Type /Page`, not `/Pages`), as pdfkit and Chromium write them uncompressed. */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}
