import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { MethodName, InputOf, OutputOf } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';
import { currentConsentVersion, type ConsentPurpose } from '../../shared/consents/texts';
import { createSessionSlot, type SessionSlot } from '../../electron/core/context';
import { useCheapHashesInTests } from '../../electron/core/auth/secret-hash';
import { createCore, type Core } from '../../electron/core/core';
import { createJsonFileSettingsStore } from '../../electron/core/settings/json-file-settings';

// Seeding a laptop hashes several secrets; the real cost is checked in secret-hash.test.ts.
useCheapHashesInTests();

/** A small content folder of the shipped format, so tests do not change when lessons are rewritten. */
export const TEST_CONTENT_DIR = join(import.meta.dirname, '..', 'fixtures', 'content');

/** A settable clock, so lockout and idle tests move time instead of waiting. */
export class TestClock {
  constructor(private ms = Date.parse('2026-03-02T09:00:00Z')) {}
  now = (): Date => new Date(this.ms);
  advance(ms: number): void {
    this.ms += ms;
  }
}

const dirs: string[] = [];
const cores: Core[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'foras-test-'));
  dirs.push(dir);
  return dir;
}

/** The laptop key of each test data folder (the hosts keep theirs in a key file or the keychain); reopening a folder uses the same key. */
const keysByDataDir = new Map<string, Buffer>();
export function testKeyFor(dataDir: string): Buffer {
  let key = keysByDataDir.get(dataDir);
  if (!key) keysByDataDir.set(dataDir, (key = randomBytes(32)));
  return key;
}

/** A real core on a real, encrypted SQLite file and settings file in a temp folder. */
export function openTestCore(dataDir = tempDataDir(), clock = new TestClock()): { core: Core; clock: TestClock; dataDir: string } {
  const core = createCore({
    dataDir,
    settings: createJsonFileSettingsStore(join(dataDir, 'settings.json')),
    resourcesDir: join(import.meta.dirname, '..', '..', 'resources'),
    contentDir: TEST_CONTENT_DIR,
    appVersion: 'test',
    databaseKey: { key: testKeyFor(dataDir) },
    now: clock.now,
    log: () => undefined,
  });
  cores.push(core);
  return { core, clock, dataDir };
}

export function closeCore(core: Core): void {
  core.close();
  cores.splice(cores.indexOf(core), 1);
}

/** A typed caller bound to one session, as a window would be. */
export function caller(core: Core, session: SessionSlot = createSessionSlot()) {
  const call = <M extends MethodName>(method: M, input: InputOf<M>): Promise<Result<OutputOf<M>>> =>
    core.dispatch(session, method, input) as Promise<Result<OutputOf<M>>>;
  const must = async <M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> => {
    const result = await call(method, input);
    if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
    return result.value;
  };
  return { call, must, session };
}

export const COORDINATOR_PASSWORD = 'motdepasse-solide';

/**
 * A laptop after setup: a coordinator, two facilitators, two cohorts (one per
 * facilitator) and a participant in each cohort. Returns callers signed in as each.
 */
export async function seededLaptop() {
  const { core, clock, dataDir } = openTestCore();
  const coordinator = caller(core);
  const coordinatorUser = await coordinator.must('setup.complete', {
    coordinatorName: 'Khadija Benali',
    password: COORDINATOR_PASSWORD,
    organisationName: 'Association Foras',
    workshopPlace: 'Rabat',
    language: 'fr',
    withSampleData: false,
  });
  const facilitatorA = await coordinator.must('staff.createFacilitator', { name: 'Youssef', password: 'animateur-A-123' });
  const facilitatorB = await coordinator.must('staff.createFacilitator', { name: 'Nadia', password: 'animatrice-B-123' });
  const cohortA = await coordinator.must('cohorts.create', {
    name: 'Cohorte A', place: 'Rabat', startDate: '2026-03-01', endDate: '2026-05-30', facilitatorIds: [facilitatorA.id],
  });
  const cohortB = await coordinator.must('cohorts.create', {
    name: 'Cohorte B', place: 'Oujda', startDate: '2026-03-01', endDate: '2026-05-30', facilitatorIds: [facilitatorB.id],
  });
  const participantFields = (cohortId: string, firstName: string, pin: string) => ({
    cohortId, firstName, lastName: 'Test', sex: 'F' as const, country: 'SN' as const, city: 'Dakar', phone: null,
    language: 'fr' as const, avatar: { color: 'teal' as const, picture: null }, pin,
  });
  const participantA = await coordinator.must('participants.create', participantFields(cohortA.id, 'Awa', '1111'));
  const participantB = await coordinator.must('participants.create', participantFields(cohortB.id, 'Binta', '2222'));

  const signedIn = async (method: 'auth.signInStaff' | 'auth.signInParticipant', input: Record<string, string>) => {
    const c = caller(core);
    await c.must(method, input as never);
    return c;
  };
  return {
    core, clock, dataDir, coordinator, coordinatorUser, cohortA, cohortB, participantA, participantB, facilitatorA, facilitatorB,
    asFacilitatorA: await signedIn('auth.signInStaff', { staffId: facilitatorA.id, password: 'animateur-A-123' }),
    asParticipantA: await giveDataConsent(await signedIn('auth.signInParticipant', { participantId: participantA.id, pin: '1111' })),
    asParticipantB: await giveDataConsent(await signedIn('auth.signInParticipant', { participantId: participantB.id, pin: '2222' })),
  };
}

/** A consent given after reading today's text in French (what `consents.set` needs to record it). */
export const agreeTo = (purpose: ConsentPurpose) => ({ purpose, given: true, textVersion: currentConsentVersion(purpose), language: 'fr' as const });

/** A signed-in participant agrees that the workshop keeps their data (without it their work is not saved). */
export async function giveDataConsent<C extends ReturnType<typeof caller>>(participant: C): Promise<C> {
  await participant.must('consents.set', agreeTo('data'));
  return participant;
}

/** Every row of every table, to show that a refused call wrote nothing. */
export function databaseSnapshot(core: Core): Record<string, unknown[]> {
  const tables = core.deps.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  return Object.fromEntries(tables.map((table) => [table, core.deps.db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all()]));
}
