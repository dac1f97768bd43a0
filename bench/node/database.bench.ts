// signin_list_ms, autosave_p99_ms, db_open_ms on the 10k-participant database, through createCore and its dispatcher.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createSessionSlot } from '../../electron/core/context';
import { DATABASE_FILE, type Core } from '../../electron/core/core';
import { openDatabase } from '../../electron/core/db/database';
import { currentConsentVersion } from '../../shared/consents/texts';
import { matchesSearch } from '../../renderer/features/signin/store';
import { timeRuns } from '../lib/measure';
import { median, percentile, round } from '../lib/stats';
import type { Figures } from '../lib/types';
import { BENCH_DATABASE_KEY, benchCaller, openBenchCore } from './bench-core';
import { freshCopyOfDatabase } from './database/cached-database';
import { ACTIVE_COHORT_SIZE, BENCH_PIN } from './database/generate-database';

/** What a participant types in the sign-in search: no accent, as on a French keyboard in a hurry. */
const SEARCH = 'traore';

export default async function run(): Promise<Figures> {
  const dataDir = await freshCopyOfDatabase();
  try {
    const core = openBenchCore(dataDir);
    let figures: Figures;
    try {
      figures = { signin_list_ms: await signInList(core), autosave_p99_ms: await autosave(core) };
    } finally {
      core.close();
    }
    return { ...figures, db_open_ms: await dbOpen(join(dataDir, DATABASE_FILE)) };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The sign-in screen's call (public: nobody signed in), then the renderer's own filter over the cards it got. */
async function signInList(core: Core): Promise<number> {
  const call = benchCaller(core, createSessionSlot());
  const options = await call('auth.signInOptions', {});
  if (options.participants.length !== ACTIVE_COHORT_SIZE) throw new Error(`expected ${ACTIVE_COHORT_SIZE} cards, got ${options.participants.length}`);
  const samples = await timeRuns(async () => {
    const { participants } = await call('auth.signInOptions', {});
    return participants.filter((card) => matchesSearch(card.firstName, card.lastName, SEARCH));
  }, { warmup: 20, runs: 200 });
  return median(samples);
}

/** A participant typing a reflection: each keystroke pause saves the whole answer again (synchronous=FULL, as database.ts sets). */
async function autosave(core: Core): Promise<number> {
  const synchronous = core.deps.db.pragma('synchronous', { simple: true });
  if (synchronous !== 2) throw new Error(`expected synchronous=FULL (2), found ${String(synchronous)}`);
  const { participants } = await benchCaller(core)('auth.signInOptions', {});
  const participant = participants[0]!;
  const call = benchCaller(core);
  await call('auth.signInParticipant', { participantId: participant.id, pin: BENCH_PIN });
  // Answers are kept only with the participant's data consent (issue 8).
  await call('consents.set', { purpose: 'data', given: true, textVersion: currentConsentVersion('data'), language: 'fr' });

  const lesson = core.deps.content.lessons().find((candidate) => candidate.steps.some((step) => step.type === 'reflection'))!;
  const step = lesson.steps.find((candidate) => candidate.type === 'reflection')!;
  const sentence = 'Je sais coudre, je suis patiente avec les clientes et je tiens mes comptes chaque soir. ';
  let typed = 0;
  const samples = await timeRuns(() => {
    typed += 1;
    const text = sentence.repeat(3).slice(0, 20 + (typed % 240));
    return call('progress.saveAnswer', { lessonId: lesson.id, stepId: step.id, answer: { type: 'reflection', text } });
  }, { warmup: 50, runs: 1000 });
  console.log(`  autosave: p50 ${round(median(samples))} ms, p99 ${round(percentile(samples, 99))} ms, max ${round(Math.max(...samples))} ms over ${samples.length} saves`);
  return percentile(samples, 99);
}

/** Opening the file as the app does at start: pragmas, then the migrations check (nothing pending). */
async function dbOpen(file: string): Promise<number> {
  const samples: number[] = [];
  for (let run = 0; run < 23; run++) {
    const start = performance.now();
    const db = openDatabase({ file, key: BENCH_DATABASE_KEY });
    const elapsed = performance.now() - start;
    db.close(); // not timed: the app closes once, at quit
    if (run >= 3) samples.push(elapsed); // the first three warm up
  }
  return median(samples);
}
