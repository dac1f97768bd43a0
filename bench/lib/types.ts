/** One number the bench reports, with the aim it is held to (an aim, never a test). */
export interface FigureSpec {
  /** Key in results.json: snake_case, unit last (`_ms`, `_kb`, `_mb`). */
  name: string;
  /** The aim: below a maximum (times, sizes), at least a minimum (ratios where higher is better), or none (a figure shown for context). */
  budget: { below: number } | { atLeast: number } | null;
  /** What is measured, in one line (printed under the table). */
  about: string;
}

/** A benchmark: one file under bench/ whose default export measures its figures. */
export interface BenchmarkEntry {
  id: string;
  /** Path from bench/; run in its own Node process, so one benchmark's heap and caches never colour another's. */
  file: string;
  /** Needs `npm run build` (the browser host and the built renderer). */
  needsBuild: boolean;
  /** Drives Debian's Chromium (installed first when missing). */
  needsChromium?: boolean;
  figures: readonly FigureSpec[];
}

export type Figures = Record<string, number>;

/** What a benchmark file exports by default. */
export type RunBenchmark = () => Promise<Figures>;
