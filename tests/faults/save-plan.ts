/**
 * What the kill-during-saves worker writes and how the parent reads it back.
 * Every save carries a generation number that only grows; a multi-row save
 * writes its generation into every row it touches, so a half-written
 * transaction shows up as rows of different generations.
 */

export const SAVE_KINDS = ['draft', 'cv', 'cohort', 'orientation'] as const;
export type SaveKind = (typeof SAVE_KINDS)[number];

/** Drafts rotate over a few keys, so each key is overwritten many times. */
export const DRAFT_KEYS = Array.from({ length: 12 }, (_, i) => `fault.k${i}`);

/** Facilitators of the cohort / attendees of the orientation session for a generation: a subset chosen by its bits. */
export function subsetFor<T>(items: readonly T[], generation: number, nonEmpty: boolean): T[] {
  const span = 2 ** items.length;
  const bits = nonEmpty ? (generation % (span - 1)) + 1 : generation % span;
  return items.filter((_, index) => (bits >> index) & 1);
}

export const cohortName = (generation: number): string => `Cohorte g${generation}`;
export const cvTitle = (generation: number): string => `CV g${generation}`;
export const orientationNotes = (generation: number): string => `g${generation}`;

/** The generation written in a text by the helpers above, or null. */
export function generationIn(text: string): number | null {
  const match = /g(\d+)$/.exec(text);
  return match ? Number(match[1]) : null;
}

/** What the parent hands the worker (as JSON in argv). */
export interface WorkerFixture {
  repoRoot: string;
  dataDir: string;
  keyHex: string;
  coordinatorId: string;
  coordinatorPassword: string;
  participantId: string;
  participantPin: string;
  cohortId: string;
  cohortFields: { place: string; startDate: string; endDate: string };
  facilitatorIds: string[];
  cvId: string;
  orientationSessionId: string;
  orientationFields: { date: string; country: string; topics: string[]; followUp: string };
  attendeeIds: string[];
}

export interface WorkerRun {
  fixture: WorkerFixture;
  /** First generation of this run; runs use disjoint, increasing ranges. */
  generationBase: number;
  seed: number;
}

/** One line of the worker's stdout: a save about to be sent, or one the dispatcher confirmed. */
export type WorkerLine = { event: 'BEGIN' | 'CONFIRMED'; kind: SaveKind; id: string; generation: number } | { event: 'READY' };

export function formatLine(event: 'BEGIN' | 'CONFIRMED', kind: SaveKind, id: string, generation: number): string {
  return `${event} ${kind} ${id} ${generation}\n`;
}

export function parseLine(line: string): WorkerLine | null {
  if (line === 'READY') return { event: 'READY' };
  const match = /^(BEGIN|CONFIRMED) (\w+) (\S+) (\d+)$/.exec(line);
  if (!match || !(SAVE_KINDS as readonly string[]).includes(match[2]!)) return null;
  return { event: match[1] as 'BEGIN' | 'CONFIRMED', kind: match[2] as SaveKind, id: match[3]!, generation: Number(match[4]) };
}

/** A small seeded generator (mulberry32), so a failing run can be replayed with the same seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
