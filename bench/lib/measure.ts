import { performance } from 'node:perf_hooks';
import { median } from './stats';

export interface Repetitions {
  /** Runs thrown away first: JIT, caches and lazy loading settle there. */
  warmup: number;
  /** Runs kept. */
  runs: number;
}

/** Times `task` `runs` times after `warmup` untimed runs; returns each run's milliseconds. */
export async function timeRuns(task: () => unknown, { warmup, runs }: Repetitions): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await task();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    samples.push(performance.now() - start);
  }
  return samples;
}

/**
 * A comparison as the ratio of two medians measured side by side, A and B
 * alternating in the same process and minute, so machine load and thermal
 * state hit both alike. Never compare with a figure recorded on another day.
 */
export async function ratioSideBySide(a: () => unknown, b: () => unknown, { warmup, runs }: Repetitions): Promise<number> {
  for (let i = 0; i < warmup; i++) {
    await a();
    await b();
  }
  const timesA: number[] = [];
  const timesB: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Alternate which goes first, so neither always runs on a cache the other warmed.
    const order = i % 2 === 0 ? [a, b] : [b, a];
    for (const task of order) {
      const start = performance.now();
      await task();
      (task === a ? timesA : timesB).push(performance.now() - start);
    }
  }
  return median(timesA) / median(timesB);
}
