// Child process: `node --import tsx bench/lib/run-one.ts <id> <out.json>` runs one benchmark and writes its figures.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BENCHMARKS } from '../benchmarks';
import { BENCH_DIR } from './paths';
import type { RunBenchmark } from './types';

const [id, outFile] = process.argv.slice(2);
const entry = BENCHMARKS.find((candidate) => candidate.id === id);
if (!entry || !outFile) throw new Error(`usage: run-one.ts <${BENCHMARKS.map((b) => b.id).join('|')}> <out.json>`);

const module = (await import(pathToFileURL(join(BENCH_DIR, entry.file)).href)) as { default: RunBenchmark };
const figures = await module.default();
const missing = entry.figures.filter((figure) => typeof figures[figure.name] !== 'number').map((figure) => figure.name);
if (missing.length > 0) throw new Error(`${entry.file} did not report ${missing.join(', ')}`);
writeFileSync(outFile, JSON.stringify(figures));
// Playwright, the host or a database handle must not keep the process (and the run) waiting.
process.exit(0);
