// cohort_board_ms: 'board.cohort' through the dispatcher, as the coordinator, for the 15-person active cohort of the 10k-participant database seeded with workshop data.
import { timeRuns } from '../lib/measure';
import { median, round } from '../lib/stats';
import type { Figures } from '../lib/types';
import { ACTIVE_COHORT_SIZE } from './database/generate-database';
import { openSeededDatabase } from './workshops/seeded-database';

export default async function run(): Promise<Figures> {
  const seeded = await openSeededDatabase();
  try {
    const cohortId = seeded.activeCohortId;
    const board = await seeded.asCoordinator('board.cohort', { cohortId });
    if (board.rows.length !== ACTIVE_COHORT_SIZE) throw new Error(`expected ${ACTIVE_COHORT_SIZE} rows on the board, got ${board.rows.length}`);
    const cells = board.rows.reduce((sum, row) => sum + Object.keys(row.lessons).length, 0);
    const plans = board.rows.reduce((sum, row) => sum + row.plans.length, 0);
    console.log(`  board: ${board.rows.length} people × ${board.lessons.length} lessons (${cells} cells with progress), ${plans} plans, ${board.minutesScheduled ? 'sessions scheduled' : 'no sessions'}`);
    const samples = await timeRuns(() => seeded.asCoordinator('board.cohort', { cohortId }), { warmup: 20, runs: 200 });
    console.log(`  board.cohort: p50 ${round(median(samples))} ms, max ${round(Math.max(...samples))} ms over ${samples.length} calls`);
    return { cohort_board_ms: median(samples) };
  } finally {
    seeded.close();
  }
}
