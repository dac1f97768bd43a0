import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readLab, type LabState } from './save-lab';
import { DRAFT_KEYS, parseLine, seededRandom, type WorkerFixture, type WorkerLine, type WorkerRun } from './save-plan';

/**
 * What may be found for one record after a kill: the generation whose save
 * was confirmed last, or one sent after it whose answer never came (the
 * commit happened, the kill came before the line was written).
 */
class Expectation {
  private pending = new Set<number>();
  constructor(private confirmed: number | null) {}
  begin(generation: number): void {
    this.pending.add(generation);
  }
  confirm(generation: number): void {
    this.confirmed = generation;
    this.pending.clear();
  }
  allows(found: number | null): boolean {
    return found === this.confirmed || (found !== null && this.pending.has(found));
  }
  describe(): string {
    return `confirmed ${this.confirmed ?? 'nothing'}${this.pending.size ? `, or unconfirmed ${[...this.pending].join('/')}` : ''}`;
  }
  /** After a clean reopen the found value is durable: it becomes the baseline. */
  settle(found: number | null): void {
    this.confirmed = found;
    this.pending.clear();
  }
}

export interface LaneReport {
  kills: number;
  killedWhileStarting: number;
  /** Runs whose kill came between a save's BEGIN and its CONFIRMED line. */
  killedMidSave: number;
  confirmedSaves: number;
  confirmedMultiRow: number;
  /** Where the time goes (ms, summed): starting workers, saving until the kill, reopening and checking. */
  timings: { prepare: number; startup: number; run: number; check: number };
  problems: string[];
}

export interface LaneOptions {
  /** A prepared data folder (see prepareLab), copied for this lane while closed. */
  template: WorkerFixture;
  /** Node arguments that start the save worker (see bundle-worker.ts). */
  workerArgs: string[];
  kills: number;
  seed: number;
  /** Each lane's generations live in their own range, so lanes could share nothing by mistake and still be told apart. */
  lane: number;
}

/** One data folder, killed `kills` times; every restart is checked before the next worker starts. */
export async function runKillLane({ template, workerArgs, kills, seed, lane }: LaneOptions): Promise<LaneReport> {
  const dir = mkdtempSync(join(tmpdir(), `foras-kill-${lane}-`));
  const report: LaneReport = { kills: 0, killedWhileStarting: 0, killedMidSave: 0, confirmedSaves: 0, confirmedMultiRow: 0, timings: { prepare: 0, startup: 0, run: 0, check: 0 }, problems: [] };
  try {
    let mark = performance.now();
    const lap = () => -mark + (mark = performance.now());
    const fixture: WorkerFixture = { ...template, dataDir: join(dir, 'data') };
    cpSync(template.dataDir, fixture.dataDir, { recursive: true });
    report.timings.prepare = lap();
    const expectations = new Map<string, Expectation>([
      [`cv:${fixture.cvId}`, new Expectation(0)],
      [`cohort:${fixture.cohortId}`, new Expectation(0)],
      [`orientation:${fixture.orientationSessionId}`, new Expectation(0)],
      ...DRAFT_KEYS.map((key) => [`draft:${key}`, new Expectation(null)] as const),
    ]);
    const random = seededRandom(seed);
    let startupMs = 150;
    for (let run = 0; run < kills && report.problems.length === 0; run += 1) {
      const whileStarting = random() < 0.1;
      const outcome = await killOnce(workerArgs, {
        fixture,
        generationBase: (lane * 100_000 + run + 1) * 10_000,
        seed: Math.floor(random() * 2 ** 31),
      }, whileStarting ? { fromSpawnMs: random() * startupMs } : { afterReadyMs: random() * 120 });
      if (outcome.readyMs !== null) startupMs = (startupMs * 3 + outcome.readyMs) / 4;
      const spent = lap();
      report.timings.startup += outcome.readyMs ?? spent;
      report.timings.run += spent - (outcome.readyMs ?? spent);
      report.kills += 1;
      if (outcome.readyMs === null) report.killedWhileStarting += 1;
      if (outcome.error) {
        report.problems.push(`lane ${lane}, run ${run} (seed ${seed}): ${outcome.error}`);
        break;
      }
      let open: 'BEGIN' | 'CONFIRMED' | null = null;
      for (const line of outcome.lines) {
        if (line.event === 'READY') continue;
        const expectation = expectations.get(`${line.kind}:${line.id}`)!;
        if (line.event === 'BEGIN') expectation.begin(line.generation);
        else {
          expectation.confirm(line.generation);
          report.confirmedSaves += 1;
          if (line.kind === 'cohort' || line.kind === 'orientation') report.confirmedMultiRow += 1;
        }
        open = line.event;
      }
      if (open === 'BEGIN') report.killedMidSave += 1;
      const state = readLab(fixture);
      report.problems.push(...checkState(state, fixture, expectations).map((problem) => `lane ${lane}, run ${run} (seed ${seed}): ${problem}`));
      settle(state, fixture, expectations);
      report.timings.check += lap();
    }
    return report;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type KillAt = { fromSpawnMs: number } | { afterReadyMs: number };

/** Starts a worker and kills it with SIGKILL at the given moment; returns what it said. */
function killOnce(workerArgs: string[], run: WorkerRun, at: KillAt): Promise<{ lines: WorkerLine[]; readyMs: number | null; error: string | null }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...workerArgs, JSON.stringify(run)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: WorkerLine[] = [];
    let buffered = '';
    let stderr = '';
    let readyMs: number | null = null;
    let timer: NodeJS.Timeout | undefined;
    const kill = () => child.kill('SIGKILL');
    if ('fromSpawnMs' in at) timer = setTimeout(kill, at.fromSpawnMs);
    // A worker that never gets ready is a failure, not a hang.
    const watchdog = setTimeout(kill, 20_000);
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      let end: number;
      while ((end = buffered.indexOf('\n')) >= 0) {
        const parsed = parseLine(buffered.slice(0, end));
        buffered = buffered.slice(end + 1);
        if (!parsed) continue;
        lines.push(parsed);
        if (parsed.event === 'READY' && readyMs === null) {
          readyMs = performance.now() - started;
          if ('afterReadyMs' in at) timer = setTimeout(kill, at.afterReadyMs);
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(watchdog);
      const error = signal === 'SIGKILL' && !(readyMs === null && 'afterReadyMs' in at)
        ? null
        : `the worker stopped on its own (code ${code}, signal ${signal}): ${stderr.trim().slice(0, 2000)}`;
      resolve({ lines, readyMs, error });
    });
  });
}

function checkState(state: LabState, fixture: WorkerFixture, expectations: Map<string, Expectation>): string[] {
  if (state.problem) return [`the app would not open the data after the kill: ${JSON.stringify(state.problem)}`];
  const problems: string[] = [];
  if (state.integrity.join() !== 'ok') problems.push(`integrity_check: ${state.integrity.slice(0, 5).join('; ')}`);
  const expect = (key: string, found: number | null) => {
    const expectation = expectations.get(key)!;
    if (!expectation.allows(found)) problems.push(`${key}: found generation ${found ?? 'nothing'}, expected ${expectation.describe()}`);
  };
  expect(`cv:${fixture.cvId}`, state.cv);
  expect(`cohort:${fixture.cohortId}`, state.cohort.name);
  if (!state.cohort.staffMatches) problems.push(`cohort ${fixture.cohortId}: its facilitator rows are not those of generation ${state.cohort.name} (half a transaction)`);
  expect(`orientation:${fixture.orientationSessionId}`, state.orientation.notes);
  if (!state.orientation.attendeesMatch) problems.push(`orientation session: its attendee rows are not those of generation ${state.orientation.notes} (half a transaction)`);
  for (const key of DRAFT_KEYS) expect(`draft:${key}`, state.drafts.get(key) ?? null);
  for (const key of state.drafts.keys()) if (!DRAFT_KEYS.includes(key)) problems.push(`an unknown draft appeared: ${key}`);
  return problems;
}

function settle(state: LabState, fixture: WorkerFixture, expectations: Map<string, Expectation>): void {
  expectations.get(`cv:${fixture.cvId}`)!.settle(state.cv);
  expectations.get(`cohort:${fixture.cohortId}`)!.settle(state.cohort.name);
  expectations.get(`orientation:${fixture.orientationSessionId}`)!.settle(state.orientation.notes);
  for (const key of DRAFT_KEYS) expectations.get(`draft:${key}`)!.settle(state.drafts.get(key) ?? null);
}
