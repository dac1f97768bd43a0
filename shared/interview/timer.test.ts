import { describe, expect, it } from 'vitest';
import { DEFAULT_TIMER, formatCountdown, timerPhase } from './timer';
import { ratingAverage } from './rubric';

describe('practice timer', () => {
  const start = 1_000_000;
  it('counts 20 s of preparation, then 90 s of answer, then stops', () => {
    expect(timerPhase(DEFAULT_TIMER, start, start)).toEqual({ phase: 'prepare', remainingMs: 20_000 });
    expect(timerPhase(DEFAULT_TIMER, start, start + 19_500)).toEqual({ phase: 'prepare', remainingMs: 500 });
    expect(timerPhase(DEFAULT_TIMER, start, start + 20_000)).toEqual({ phase: 'answer', remainingMs: 90_000 });
    expect(timerPhase(DEFAULT_TIMER, start, start + 100_000)).toEqual({ phase: 'answer', remainingMs: 10_000 });
    expect(timerPhase(DEFAULT_TIMER, start, start + 110_000)).toEqual({ phase: 'over', remainingMs: 0 });
  });

  it('starts the answer early when the participant is ready, and honours adjusted times', () => {
    expect(timerPhase(DEFAULT_TIMER, start, start + 5_000, start + 4_000)).toEqual({ phase: 'answer', remainingMs: 89_000 });
    expect(timerPhase({ prepareMs: 5_000, answerMs: 30_000 }, start, start + 34_999)).toEqual({ phase: 'answer', remainingMs: 1 });
  });

  it('formats countdowns for large display', () => {
    expect([90_000, 65_000, 9_100, 0].map(formatCountdown)).toEqual(['1:30', '1:05', '0:10', '0:00']);
  });
});

describe('rubric', () => {
  it('averages the five criteria to one decimal', () => {
    expect(ratingAverage({ clarity: 4, structure: 3, example: 2, attitude: 3, relevance: 4 })).toBe(3.2);
    expect(ratingAverage({ clarity: 1, structure: 1, example: 1, attitude: 1, relevance: 1 })).toBe(1);
  });
});
