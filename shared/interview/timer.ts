/**
 * The practice timer: a preparation countdown, then an answer countdown, as a
 * pure function of the start time and the clock, so tests use a fake clock.
 */
export interface TimerSettings {
  prepareMs: number;
  answerMs: number;
}

export const DEFAULT_TIMER: TimerSettings = { prepareMs: 20_000, answerMs: 90_000 };
/** Recordings are capped, whatever the answer time. */
export const MAX_RECORDING_MS = 5 * 60_000;

export type TimerPhase = { phase: 'prepare'; remainingMs: number } | { phase: 'answer'; remainingMs: number } | { phase: 'over'; remainingMs: 0 };

export function timerPhase(settings: TimerSettings, startedAt: number, now: number, answerStartedAt: number | null = null): TimerPhase {
  const elapsed = Math.max(now - startedAt, 0);
  // Starting to answer early ends the preparation at once.
  const answerStart = answerStartedAt ?? startedAt + settings.prepareMs;
  if (now < answerStart) return { phase: 'prepare', remainingMs: Math.max(settings.prepareMs - elapsed, 0) };
  const answering = now - answerStart;
  if (answering < settings.answerMs) return { phase: 'answer', remainingMs: settings.answerMs - answering };
  return { phase: 'over', remainingMs: 0 };
}

/** "1:05" for a countdown shown in large type. */
export function formatCountdown(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
