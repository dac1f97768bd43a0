/**
 * Child process of the kill -9 test: opens a data folder through the real
 * core and saves through the dispatcher until it is killed. A line goes to
 * stdout before each save (BEGIN) and right after the dispatcher confirmed
 * it (CONFIRMED), as the interface would tell the person "saved".
 * Started by save-worker-entry.ts (bundled once by the test).
 */
import { writeSync } from 'node:fs';
import { join } from 'node:path';
import { createSessionSlot } from '../../electron/core/context';
import { createCore } from '../../electron/core/core';
import { createJsonFileSettingsStore } from '../../electron/core/settings/json-file-settings';
import { cohortName, cvTitle, DRAFT_KEYS, formatLine, orientationNotes, seededRandom, subsetFor, type SaveKind, type WorkerRun } from './save-plan';

type Session = ReturnType<typeof createSessionSlot>;

/** Runs until killed; `runJson` is a WorkerRun as JSON. */
export async function runWorker(runJson: string): Promise<never> {
  const run = JSON.parse(runJson) as WorkerRun;
  const { fixture } = run;
  const random = seededRandom(run.seed);
  const core = createCore({
    dataDir: fixture.dataDir,
    settings: createJsonFileSettingsStore(join(fixture.dataDir, 'settings.json')),
    resourcesDir: join(fixture.repoRoot, 'resources'),
    contentDir: join(fixture.repoRoot, 'tests', 'fixtures', 'content'),
    appVersion: 'faults',
    databaseKey: { key: Buffer.from(fixture.keyHex, 'hex') },
    log: (message, error) => process.stderr.write(`${message}: ${String(error)}\n`),
  });
  const must = async (session: Session, method: string, input: unknown): Promise<unknown> => {
    const result = await core.dispatch(session, method, input);
    if (!result.ok) {
      process.stderr.write(`${method} refused: ${JSON.stringify(result.error)}\n`);
      process.exit(3);
    }
    return result.value;
  };

  const staff = createSessionSlot();
  const participant = createSessionSlot();
  await Promise.all([
    must(staff, 'auth.signInStaff', { staffId: fixture.coordinatorId, password: fixture.coordinatorPassword }),
    must(participant, 'auth.signInParticipant', { participantId: fixture.participantId, pin: fixture.participantPin }),
  ]);
  const cv = (await must(participant, 'cvs.get', { cvId: fixture.cvId })) as { document: unknown };
  say('READY\n');
  // The loader keeps V8's compiled code for the next starts (see bundle-worker.ts).
  (globalThis as { __forasReady?: () => void }).__forasReady?.();

  for (let generation = run.generationBase; ; generation += 1) {
    const kind = (['draft', 'draft', 'cv', 'cohort', 'orientation'] as const)[Math.floor(random() * 5)]!;
    const [id, session, method, input] = saveFor(kind, generation);
    say(formatLine('BEGIN', kind, id, generation));
    await must(session, method, input);
    say(formatLine('CONFIRMED', kind, id, generation));
  }

  function saveFor(kind: SaveKind, generation: number): [string, Session, string, unknown] {
    switch (kind) {
      case 'draft': {
        const key = DRAFT_KEYS[Math.floor(random() * DRAFT_KEYS.length)]!;
        return [key, staff, 'drafts.save', { key, value: `draft g${generation}` }];
      }
      case 'cv':
        return [fixture.cvId, participant, 'cvs.save', { cvId: fixture.cvId, title: cvTitle(generation), document: cv.document }];
      case 'cohort':
        // One transaction: the cohort row, then its facilitator rows deleted and written again.
        return [fixture.cohortId, staff, 'cohorts.update', {
          cohortId: fixture.cohortId,
          fields: { name: cohortName(generation), ...fixture.cohortFields, facilitatorIds: subsetFor(fixture.facilitatorIds, generation, false) },
        }];
      case 'orientation':
        // One transaction: the session row, then its attendee rows deleted and written again.
        return [fixture.orientationSessionId, staff, 'orientation.saveSession', {
          sessionId: fixture.orientationSessionId,
          fields: { ...fixture.orientationFields, notes: orientationNotes(generation), participantIds: subsetFor(fixture.attendeeIds, generation, true) },
        }];
    }
  }
}

const say = (text: string) => writeSync(1, text);
