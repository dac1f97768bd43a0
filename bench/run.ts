/**
 * `npm run bench` — performance figures for Foras Atelier, held to budgets.
 *
 * Builds the app (`npm run build`, for the browser host), runs every
 * benchmark listed in bench/benchmarks.ts, each in its own Node process,
 * prints a table (figure, value, budget, met?) and writes bench/results.json:
 * a flat object of the figures plus `cpus` and `node`.
 *
 * Rules every benchmark keeps:
 * - Timings are medians (or the stated percentile) over repeated runs after a
 *   warm-up; see lib/measure.ts `timeRuns`.
 * - A comparison is a ratio measured side by side in the same run
 *   (`ratioSideBySide`), never against a number recorded on another day.
 * - Budgets are aims: a missed budget is printed, it does not fail the run.
 *   Not part of `npm test`, and no test asserts a time.
 * - Call the app's real code paths (createCore + its dispatcher, the built
 *   renderer through the browser host), never hand-written copies of them.
 *
 * Options (after `npm run bench --`): `--only=id,id` (ids from
 * bench/benchmarks.ts), `--no-build` (reuse dist/ and dist-electron/ as they
 * are). Type-check bench/ with `npx tsc -p bench` (it is outside `npm run
 * typecheck`); the query-plan guard is tests/integration/query-plans.test.ts.
 *
 * Adding a benchmark (e.g. certificates, the business-plan PDF, the cohort
 * progress board, the coordinator dashboard):
 * 1. Write one file, bench/node/<thing>.bench.ts (Node side, through
 *    createCore — see node/bench-core.ts) or bench/browser/<thing>.bench.ts
 *    (through the browser host — see browser/host.ts and browser/app.ts),
 *    whose default export is `async () => ({ figure_name_ms: value, ... })`.
 * 2. Add one entry to BENCHMARKS in bench/benchmarks.ts: its id, file,
 *    whether it needs the build, and each figure's name, budget and one-line
 *    description. The table and results.json pick it up from there.
 * Data it needs: the 10k-participant database (node/database/cached-database.ts)
 * or a host set up with the sample data (browser/app.ts `setUpWithSamples`).
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCHMARKS } from './benchmarks';
import { BENCH_DIR, REPO_ROOT } from './lib/paths';
import { formatTable } from './lib/report';
import { round } from './lib/stats';
import type { BenchmarkEntry, Figures } from './lib/types';

const args = process.argv.slice(2);
const only = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
const selected = BENCHMARKS.filter((entry) => !only || only.includes(entry.id));
if (selected.length === 0) throw new Error(`No benchmark matches ${only?.join(',')}; known: ${BENCHMARKS.map((entry) => entry.id).join(', ')}`);

// Other work on the machine slows every figure: the load average is printed with the table to read it by.
const loadAtStart = loadavg()[0]!;
const browserNeeded = selected.some((entry) => entry.needsBuild || entry.needsChromium);
const buildFailed = browserNeeded && ((!args.includes('--no-build') && !build()) || !ensureChromium());
const figures: Figures = {};
const failed: string[] = [];
for (const entry of selected) {
  if (entry.needsBuild && buildFailed) {
    failed.push(`${entry.id} (no build or no Chromium)`);
    continue;
  }
  const result = await runInChild(entry);
  if (result) Object.assign(figures, result);
  else failed.push(entry.id);
}

console.log(`\nFigures (${cpus().length} CPUs, Node ${process.version}, load average ${loadAtStart.toFixed(1)} at start, ${loadavg()[0]!.toFixed(1)} at end):\n`);
console.log(formatTable(selected, figures));
const results = {
  ...Object.fromEntries(selected.flatMap((entry) => entry.figures.map((spec) => [spec.name, figures[spec.name] === undefined ? null : round(figures[spec.name]!)]))),
  cpus: cpus().length,
  node: process.version,
};
writeFileSync(join(BENCH_DIR, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nWrote bench/results.json');
if (failed.length > 0) {
  console.error(`Failed: ${failed.join(', ')}`);
  process.exitCode = 1;
}

/** `npm run build`, its long output shown only when it fails. */
function build(): boolean {
  console.log('Building (npm run build)…');
  try {
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: REPO_ROOT, stdio: 'pipe', shell: process.platform === 'win32' });
    return true;
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    console.error(`${stdout?.toString() ?? ''}${stderr?.toString() ?? ''}\nThe build failed: the browser benchmarks are skipped.`);
    return false;
  }
}

/** Debian's Chromium, installed if missing, as `npm run test:e2e` does (scripts/ensure-chromium.mjs). */
function ensureChromium(): boolean {
  try {
    execFileSync(process.execPath, ['scripts/ensure-chromium.mjs'], { cwd: REPO_ROOT, stdio: 'inherit' });
    return true;
  } catch {
    console.error('No Chromium: the browser benchmarks are skipped.');
    return false;
  }
}

/** One benchmark in a fresh Node process (with tsx), so the heap, JIT and caches of another never colour it. */
async function runInChild(entry: BenchmarkEntry): Promise<Figures | null> {
  console.log(`\n▶ ${entry.id}`);
  const dir = mkdtempSync(join(tmpdir(), 'foras-bench-'));
  const out = join(dir, 'figures.json');
  try {
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', join(BENCH_DIR, 'lib', 'run-one.ts'), entry.id, out], { cwd: REPO_ROOT, stdio: 'inherit' });
      child.on('exit', resolve);
    });
    if (code !== 0) return null;
    return JSON.parse(readFileSync(out, 'utf8')) as Figures;
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
