import { randomBytes, scryptSync } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createSessionSlot, type SessionSlot } from '../../electron/core/context';
import { createCore, type Core } from '../../electron/core/core';
import { createDatabaseHost, type DatabaseProblem } from '../../electron/core/db/database-host';
import { createJsonFileSettingsStore } from '../../electron/core/settings/json-file-settings';
import { currentConsentVersion } from '../../shared/consents/texts';
import { cohortName, cvTitle, generationIn, orientationNotes, subsetFor, type WorkerFixture } from './save-plan';

export const REPO_ROOT = join(import.meta.dirname, '..', '..');

/** A real core on `dataDir`, encrypted with `key`, as both hosts build it (`now`: a clock of the test's own). */
export function openLabCore(dataDir: string, key: Buffer, now?: () => Date): Core {
  return createCore({
    dataDir,
    settings: createJsonFileSettingsStore(join(dataDir, 'settings.json')),
    resourcesDir: join(REPO_ROOT, 'resources'),
    contentDir: join(REPO_ROOT, 'tests', 'fixtures', 'content'),
    appVersion: 'faults',
    databaseKey: { key },
    log: () => undefined,
    ...(now ? { now } : {}),
  });
}

async function must(core: Core, session: SessionSlot, method: string, input: unknown): Promise<unknown> {
  const result = await core.dispatch(session, method, input);
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

/**
 * A data folder with what the worker saves over: a coordinator, four
 * facilitators, a cohort, four participants returning to Senegal, one CV and
 * one orientation session, each at generation 0.
 */
export async function prepareLab(dataDir: string): Promise<WorkerFixture> {
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  const core = openLabCore(dataDir, key);
  try {
    const coordinator = createSessionSlot();
    const password = 'motdepasse-solide';
    const user = (await must(core, coordinator, 'setup.complete', {
      coordinatorName: 'Khadija Benali', password, organisationName: 'Association Foras', workshopPlace: 'Rabat', language: 'fr', withSampleData: false,
    })) as { id: string };
    const facilitatorIds: string[] = [];
    for (const name of ['Youssef', 'Nadia', 'Omar', 'Salma']) {
      facilitatorIds.push(((await must(core, coordinator, 'staff.createFacilitator', { name, password: `animateur-${name}-1` })) as { id: string }).id);
    }
    const cohortFields = { place: 'Rabat', startDate: '2026-03-01', endDate: '2026-05-30' };
    const cohort = (await must(core, coordinator, 'cohorts.create', {
      name: cohortName(0), ...cohortFields, facilitatorIds: subsetFor(facilitatorIds, 0, false),
    })) as { id: string };
    const attendeeIds: string[] = [];
    for (const [index, firstName] of ['Awa', 'Binta', 'Coumba', 'Dior'].entries()) {
      const person = (await must(core, coordinator, 'participants.create', {
        cohortId: cohort.id, firstName, lastName: 'Test', sex: 'F', country: 'SN', city: 'Dakar', phone: null,
        language: 'fr', avatar: { color: 'teal', picture: null }, pin: `${index + 1}`.repeat(4),
      })) as { id: string };
      attendeeIds.push(person.id);
    }
    const orientationFields = { date: '2026-04-10', country: 'SN', topics: ['funding'], followUp: '' };
    const orientation = (await must(core, coordinator, 'orientation.saveSession', {
      sessionId: null, fields: { ...orientationFields, notes: orientationNotes(0), participantIds: subsetFor(attendeeIds, 0, true) },
    })) as { id: string };
    const participant = createSessionSlot();
    await must(core, participant, 'auth.signInParticipant', { participantId: attendeeIds[0], pin: '1111' });
    await must(core, participant, 'consents.set', { purpose: 'data', given: true, textVersion: currentConsentVersion('data'), language: 'fr' });
    const cv = (await must(core, participant, 'cvs.create', { title: cvTitle(0), language: 'fr' })) as { id: string };
    // Each of the hundreds of restarts signs in twice: the lab's two secrets get a cheap scrypt cost (stored with the hash, as verifySecret reads it).
    core.deps.db.prepare('UPDATE staff SET password_hash = ? WHERE id = ?').run(cheapHash(password), user.id);
    core.deps.db.prepare('UPDATE participants SET pin_hash = ? WHERE id = ?').run(cheapHash('1111'), attendeeIds[0]);
    return {
      repoRoot: REPO_ROOT, dataDir, keyHex: key.toString('hex'),
      coordinatorId: user.id, coordinatorPassword: password, participantId: attendeeIds[0]!, participantPin: '1111',
      cohortId: cohort.id, cohortFields, facilitatorIds, cvId: cv.id,
      orientationSessionId: orientation.id, orientationFields, attendeeIds,
    };
  } finally {
    core.close();
  }
}

/** What a restart finds: the start checks' verdict, integrity_check, and each saved record's generation(s). */
export interface LabState {
  problem: DatabaseProblem | null;
  integrity: string[];
  drafts: Map<string, number | null>;
  cv: number | null;
  cohort: { name: number | null; staffMatches: boolean };
  orientation: { notes: number | null; attendeesMatch: boolean };
}

/** Opens the folder the way the app starts (quick_check, or integrity_check after an unclean stop), reads, closes cleanly. */
export function readLab(fixture: WorkerFixture): LabState {
  const host = createDatabaseHost({ dataDir: fixture.dataDir, keyState: { key: Buffer.from(fixture.keyHex, 'hex') } });
  const problem = host.problem();
  if (problem) return { problem, integrity: [], drafts: new Map(), cv: null, cohort: { name: null, staffMatches: false }, orientation: { notes: null, attendeesMatch: false } };
  try {
    const db = host.db;
    const integrity = (db.pragma('integrity_check') as Record<string, unknown>[]).map((row) => String(Object.values(row)[0]));
    const drafts = new Map(
      (db.prepare('SELECT key, value FROM drafts WHERE owner_id = ?').all(fixture.coordinatorId) as { key: string; value: string }[])
        .map((row) => [row.key, generationIn(row.value)]),
    );
    const cv = generationIn(db.prepare('SELECT title FROM cvs WHERE id = ?').pluck().get(fixture.cvId) as string);
    const name = generationIn(db.prepare('SELECT name FROM cohorts WHERE id = ?').pluck().get(fixture.cohortId) as string);
    const staff = db.prepare('SELECT staff_id FROM cohort_staff WHERE cohort_id = ? ORDER BY staff_id').pluck().all(fixture.cohortId) as string[];
    const notes = generationIn(db.prepare('SELECT notes FROM orientation_sessions WHERE id = ?').pluck().get(fixture.orientationSessionId) as string);
    const attendees = db.prepare('SELECT participant_id FROM orientation_attendees WHERE session_id = ? ORDER BY participant_id').pluck().all(fixture.orientationSessionId) as string[];
    return {
      problem,
      integrity,
      drafts,
      cv,
      // All or nothing: the rows written in the same transaction as the name carry the same generation.
      cohort: { name, staffMatches: name !== null && sameSet(staff, subsetFor(fixture.facilitatorIds, name, false)) },
      orientation: { notes, attendeesMatch: notes !== null && sameSet(attendees, subsetFor(fixture.attendeeIds, notes, true)) },
    };
  } finally {
    host.close();
  }
}

function cheapHash(secret: string): string {
  const salt = randomBytes(16);
  const key = scryptSync(secret.normalize('NFC'), salt, 32, { N: 1024, r: 8, p: 1 });
  return ['scrypt', 1024, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}
