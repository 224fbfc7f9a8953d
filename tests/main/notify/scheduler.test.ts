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
      nextWakeAt: () => null,
      wake: () => {
        wakes.push(Date.now() - start);
        return start + 3 * MINUTE;
      },
    });
    scheduler.wakeNow();
    vi.advanceTimersByTime(3 * MINUTE - 1);
    expect(wakes).toEqual([0]);
    vi.advanceTimersByTime(1);
    expect(wakes).toEqual([0, 3 * MINUTE]);
  });

  it('tells the wake-up at launch apart from later ones', () => {
    const wake = vi.fn(() => Date.now() + MINUTE);
    const scheduler = new Scheduler({ now: Date.now, nextWakeAt: () => null, wake });
    scheduler.wakeNow({ atLaunch: true });
    vi.advanceTimersByTime(MINUTE);
    expect(wake.mock.calls).toEqual([[{ atLaunch: true }], [{ atLaunch: false }]]);
  });

  it('never waits longer than the cap, so a far wake-up is reached in capped steps', () => {
    const start = Date.now();
    const wake = vi.fn(() => start + 60 * MINUTE);
    const scheduler = new Scheduler({
      now: Date.now,
      nextWakeAt: () => null,
      wake,
      capMs: 5 * MINUTE,
    });
    scheduler.wakeNow();
    vi.advanceTimersByTime(60 * MINUTE);
    // Once when asked, then once per capped step: the timer fired 12 times.
    expect(wake).toHaveBeenCalledTimes(1 + 12);
  });

  it('notices a wall-clock jump within one cap interval', () => {
    let due = false;
    const scheduler = new Scheduler({
      now: Date.now,
      nextWakeAt: () => null,
      wake: () => {
        due = Date.now() >= Date.UTC(2026, 10, 30);
        return Date.UTC(2026, 10, 30);
      },
      capMs: 5 * MINUTE,
    });
    scheduler.wakeNow();
    vi.setSystemTime(Date.UTC(2026, 10, 30, 1)); // a week passes while timers slept
    vi.advanceTimersByTime(5 * MINUTE);
    expect(due).toBe(true);
  });

  it('keeps one timer however often it is rescheduled or woken', () => {
    const scheduler = new Scheduler({
      now: Date.now,
      nextWakeAt: () => Date.now() + MINUTE,
      wake: () => Date.now() + MINUTE,
    });
    for (let i = 0; i < 5; i++) scheduler.reschedule();
    for (let i = 0; i < 5; i++) scheduler.wakeNow();
    expect(vi.getTimerCount()).toBe(1);
    scheduler.stop();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rescheduling after a change delivers nothing; what became due is delivered by the timer', () => {
    const wake = vi.fn(() => null);
    let next: number | null = Date.now() + 10 * MINUTE;
    const scheduler = new Scheduler({ now: Date.now, nextWakeAt: () => next, wake });
    scheduler.reschedule();
    expect(wake).not.toHaveBeenCalled();
    vi.advanceTimersByTime(MINUTE);
    // A change makes something due now: the timer is aimed at now, not called through.
    next = Date.now();
    scheduler.reschedule();
    expect(wake).not.toHaveBeenCalled();
    vi.runOnlyPendingTimers();
    expect(wake).toHaveBeenCalledTimes(1);
  });

  it('ignores a reschedule or wake-up asked for while waking: the wake-up answers when next', () => {
    let calls = 0;
    const nextWakeAt = vi.fn(() => null);
    const scheduler: Scheduler = new Scheduler({
      now: Date.now,
      nextWakeAt,
      wake: () => {
        calls++;
        scheduler.reschedule();
        scheduler.wakeNow();
        return Date.now() + MINUTE;
      },
    });
    scheduler.wakeNow();
    expect(calls).toBe(1);
    expect(nextWakeAt).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(MINUTE);
    expect(calls).toBe(2);
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
      nextWakeAt: () => null,
      wake: () => {
        calls++;
        if (calls === 1) throw new RangeError('bad zone');
        return null;
      },
    });
    expect(() => scheduler.wakeNow()).toThrow('bad zone');
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(5 * MINUTE);
    expect(calls).toBe(2);
  });

  it('re-arms at the cap when planning after a change fails', () => {
    const wake = vi.fn(() => null);
    const scheduler = new Scheduler({
      now: Date.now,
      capMs: 5 * MINUTE,
      wake,
      nextWakeAt: () => {
        throw new RangeError('bad zone');
      },
    });
    expect(() => scheduler.reschedule()).toThrow('bad zone');
    vi.advanceTimersByTime(5 * MINUTE);
    expect(wake).toHaveBeenCalledTimes(1);
  });
});
