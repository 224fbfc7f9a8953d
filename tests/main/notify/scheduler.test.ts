import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Scheduler } from '../../../src/main/notify/scheduler.ts';

const MINUTE = 60_000;

describe('Scheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: Date.UTC(2026, 10, 23, 12) });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('wakes at the next wake-up when it is within the cap', () => {
    const start = Date.now();
    const wakes: number[] = [];
    const scheduler = new Scheduler({
      now: Date.now,
      wake: () => {
        wakes.push(Date.now() - start);
        return start + 3 * MINUTE;
      },
    });
    scheduler.replan();
    vi.advanceTimersByTime(3 * MINUTE - 1);
    expect(wakes).toEqual([0]);
    vi.advanceTimersByTime(1);
    expect(wakes).toEqual([0, 3 * MINUTE]);
  });

  it('never waits longer than the cap, so a far wake-up is reached in capped steps', () => {
    const start = Date.now();
    const wake = vi.fn(() => start + 60 * MINUTE);
    const scheduler = new Scheduler({ now: Date.now, wake, capMs: 5 * MINUTE });
    scheduler.replan();
    vi.advanceTimersByTime(60 * MINUTE);
    // Once when planned, then once per capped step: the timer fired 12 times.
    expect(wake).toHaveBeenCalledTimes(1 + 12);
  });

  it('notices a wall-clock jump within one cap interval', () => {
    let due = false;
    const scheduler = new Scheduler({
      now: Date.now,
      wake: () => {
        due = Date.now() >= Date.UTC(2026, 10, 30);
        return Date.UTC(2026, 10, 30);
      },
      capMs: 5 * MINUTE,
    });
    scheduler.replan();
    vi.setSystemTime(Date.UTC(2026, 10, 30, 1)); // a week passes while timers slept
    vi.advanceTimersByTime(5 * MINUTE);
    expect(due).toBe(true);
  });

  it('keeps one timer however often it is replanned', () => {
    const scheduler = new Scheduler({ now: Date.now, wake: () => Date.now() + MINUTE });
    for (let i = 0; i < 10; i++) scheduler.replan();
    expect(vi.getTimerCount()).toBe(1);
    scheduler.stop();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('runs a replan requested while waking once more instead of recursing', () => {
    let calls = 0;
    const scheduler: Scheduler = new Scheduler({
      now: Date.now,
      wake: () => {
        calls++;
        if (calls === 1) scheduler.replan();
        return null;
      },
    });
    scheduler.replan();
    expect(calls).toBe(2);
    expect(vi.getTimerCount()).toBe(1);
  });
});

describe('Scheduler after a failing wake-up', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: Date.UTC(2026, 10, 23, 12) });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('re-arms at the cap, so one bad wake-up does not stop reminders', () => {
    let calls = 0;
    const scheduler = new Scheduler({
      now: Date.now,
      capMs: 5 * MINUTE,
      wake: () => {
        calls++;
        if (calls === 1) throw new RangeError('bad zone');
        return null;
      },
    });
    expect(() => scheduler.replan()).toThrow('bad zone');
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(5 * MINUTE);
    expect(calls).toBe(2);
  });
});
