/** The longest one timer waits, so a wall-clock jump is noticed within this time. */
export const DEFAULT_CAP_MS = 5 * 60_000;

export interface SchedulerOptions {
  now(): number;
  /** Delivers what is due and returns the next instant to wake at (null: nothing planned). */
  wake(): number | null;
  capMs?: number;
}

/**
 * One timer, always aimed at the next wake-up but never further than the
 * cap: timers stop during sleep and drift from the wall clock, so a long
 * wait is cut into capped steps and every step re-reads the clock.
 * `replan()` is re-entrant: a change made while waking is picked up after.
 */
export class Scheduler {
  readonly #options: Required<SchedulerOptions>;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #isWaking = false;
  #isReplanRequested = false;
  #isStopped = false;

  constructor(options: SchedulerOptions) {
    this.#options = { capMs: DEFAULT_CAP_MS, ...options };
  }

  replan(): void {
    if (this.#isStopped) return;
    if (this.#isWaking) {
      this.#isReplanRequested = true;
      return;
    }
    this.#isWaking = true;
    // Null if wake throws: the timer is re-armed at the cap either way, so one
    // bad wake-up never stops reminders for good.
    let next: number | null = null;
    try {
      do {
        this.#isReplanRequested = false;
        next = this.#options.wake();
      } while (this.#isReplanRequested);
    } finally {
      this.#isWaking = false;
      this.#arm(next);
    }
  }

  stop(): void {
    this.#isStopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
  }

  #arm(next: number | null): void {
    if (this.#timer) clearTimeout(this.#timer);
    const { capMs } = this.#options;
    const delay = next === null ? capMs : Math.min(Math.max(next - this.#options.now(), 0), capMs);
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.replan();
    }, delay);
  }
}
