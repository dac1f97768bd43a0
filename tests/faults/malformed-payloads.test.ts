import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contract, METHOD_NAMES, type MethodName } from '../../shared/api/contract';
import { createSessionSlot, type SessionSlot } from '../../electron/core/context';
import type { Core } from '../../electron/core/core';
import type { Database } from '../../electron/core/db/database';
import { openLabCore, prepareLab } from './save-lab';
import { malformedFor } from './zod-arbitrary';

/**
 * For every method of the contract, 1,000 inputs its schema refuses — any
 * value at all, or a valid-looking one with one spot broken — sent by a
 * signed-in person the method is open to (so the role check cannot hide the
 * input check). Each must come back as INVALID_INPUT, never throw, and leave
 * every row of the database as it was. FAULT_SEED replays a run.
 */
const RUNS = Number(process.env.FAULT_PAYLOADS ?? 1000);
const SEED = Number(process.env.FAULT_SEED ?? 8_2026);

/** Every row of every table, in a stable order, hashed. */
function databaseHash(db: Database): string {
  const hash = createHash('sha256');
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  for (const table of tables) {
    const rows = (db.prepare(`SELECT * FROM "${table.replaceAll('"', '""')}"`).all() as unknown[]).map((row) => JSON.stringify(row)).sort();
    hash.update(`${table}\n${rows.join('\n')}\n`);
  }
  return hash.digest('hex');
}

let dir: string;
let core: Core;
const sessions: Record<'coordinator' | 'facilitator' | 'participant', SessionSlot> = {
  coordinator: createSessionSlot(),
  facilitator: createSessionSlot(),
  participant: createSessionSlot(),
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'foras-malformed-'));
  const lab = await prepareLab(join(dir, 'data'));
  // A clock that stands still: refused calls do not count as activity, and however long the run, no session times out.
  const signedInAt = new Date();
  core = openLabCore(lab.dataDir, Buffer.from(lab.keyHex, 'hex'), () => signedInAt);
  const signIn = async (session: SessionSlot, method: string, input: unknown) => {
    const result = await core.dispatch(session, method, input);
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  };
  await signIn(sessions.coordinator, 'auth.signInStaff', { staffId: lab.coordinatorId, password: lab.coordinatorPassword });
  await signIn(sessions.facilitator, 'auth.signInStaff', { staffId: lab.facilitatorIds[0], password: 'animateur-Youssef-1' });
  await signIn(sessions.participant, 'auth.signInParticipant', { participantId: lab.participantId, pin: lab.participantPin });
});

afterAll(() => {
  core?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The coordinator for anything open to them, else a participant, else a facilitator. */
function sessionFor(method: MethodName): SessionSlot {
  const access = contract[method].access as 'public' | readonly string[];
  if (access === 'public' || access.includes('coordinator')) return sessions.coordinator;
  return access.includes('participant') ? sessions.participant : sessions.facilitator;
}

describe(`${RUNS} malformed payloads per method`, () => {
  test.each(METHOD_NAMES.map((method) => [method]))('%s refuses them all with INVALID_INPUT and changes nothing', async (method) => {
    const session = sessionFor(method);
    const signedInAs = session.user?.id;
    const before = databaseHash(core.deps.db);
    await fc.assert(
      fc.asyncProperty(malformedFor(contract[method].input), async (input) => {
        const result = await core.dispatch(session, method, input);
        expect(result.ok ? 'accepted' : result.error.code).toBe('INVALID_INPUT');
      }),
      { numRuns: RUNS, seed: SEED },
    );
    expect(databaseHash(core.deps.db)).toBe(before);
    // The refusals did not end the session either.
    expect(session.user?.id).toBe(signedInAs);
  });
});
