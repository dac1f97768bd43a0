import { describe, expect, it } from 'vitest';
import { IdleTimer } from './idle-timer';

describe('IdleTimer', () => {
  it('becomes idle after the idle time without activity, and activity restarts the count', () => {
    let now = 0;
    const timer = new IdleTimer(5 * 60_000, () => now);
    now = 4 * 60_000;
    expect(timer.isIdle()).toBe(false);
    timer.activity();
    now = 8 * 60_000;
    expect(timer.isIdle()).toBe(false);
    expect(timer.msLeft()).toBe(60_000);
    now = 9 * 60_000;
    expect(timer.isIdle()).toBe(true);
  });

  it('asks for a heartbeat at most once a minute of activity', () => {
    let now = 0;
    const timer = new IdleTimer(5 * 60_000, () => now);
    now = 30_000;
    expect(timer.activity()).toBe(false);
    now = 60_000;
    expect(timer.activity()).toBe(true);
    now = 90_000;
    expect(timer.activity()).toBe(false);
  });
});
