/** The longest one timer waits, so a wall-clock jump is noticed within this time. */
export const DEFAULT_CAP_MS = 5 * 60_000;

export interface SchedulerOptions {
  now(): number;
  /**
   * Delivers what is due and returns the next instant to wake at (null:
   * nothing planned). `atLaunch` is true for the one wake-up at start.
   */
  wake(options: { atLaunch: boolean }): number | null;
  /** The next instant anything is due, from state alone: pure, delivers nothing. */
  nextWakeAt(): number | null;
  capMs?: number;
}

/**
 * One timer, always aimed at the next wake-up but never further than the
 * cap: timers stop during sleep and drift from the wall clock, so a long
 * wait is cut into capped steps and every step re-reads the clock.
 *
 * Only `wakeNow()` (the timer, the launch, a resume) delivers reminders.
 * `reschedule()` after a change only re-aims the timer, so a change never
 * delivers as a side effect; what a change made due now is delivered by the
 * timer, which is then aimed at now.
 */
export class Scheduler {
  readonly #options: Required<SchedulerOptions>;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #immediate: ReturnType<typeof setImmediate> | null = null;
  #isWaking = false;
  #isStopped = false;

  constructor(options: SchedulerOptions) {
    this.#options = { capMs: DEFAULT_CAP_MS, ...options };
  }

  /** Delivers what is due now, then waits for the next wake-up. */
  wakeNow(options: { atLaunch: boolean } = { atLaunch: false }): void {
    // A change made while waking (the fired log being saved) needs no second
    // look: the wake-up's own answer already says when to wake next.
    if (this.#isStopped || this.#isWaking) return;
    this.#isWaking = true;
    // Null if wake throws: the timer is re-armed at the cap either way, so one
    // bad wake-up never stops reminders for good.
    let next: number | null = null;
    try {
      next = this.#options.wake(options);
    } finally {
      this.#isWaking = false;
      this.#arm(next);
    }
  }

  /** Re-aims the timer after a change of state; delivers nothing. */
  reschedule(): void {
    if (this.#isStopped || this.#isWaking) return;
    let next: number | null = null;
    try {
      next = this.#options.nextWakeAt();
    } finally {
      this.#arm(next);
    }
  }

  stop(): void {
    this.#isStopped = true;
    this.#clear();
  }

  #clear(): void {
    if (this.#timer) clearTimeout(this.#timer);
    if (this.#immediate) clearImmediate(this.#immediate);
    this.#timer = null;
    this.#immediate = null;
  }

  #arm(next: number | null): void {
    this.#clear();
    const { capMs } = this.#options;
    const delay = next === null ? capMs : Math.min(Math.max(next - this.#options.now(), 0), capMs);
    // Due now (a change made something due): wake as soon as the current work
    // is done, not inside it; a timer of 0 ms would wait for the clock to move.
    if (delay === 0) {
      this.#immediate = setImmediate(() => {
        this.#immediate = null;
        this.wakeNow();
      });
      return;
    }
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.wakeNow();
    }, delay);
  }
}
