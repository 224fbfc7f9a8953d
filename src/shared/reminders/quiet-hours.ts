import type { QuietHours } from '../settings/schema.ts';
import { MINUTE_MS, type ZoneClock } from './zone-clock.ts';

/** Quiet hours as minutes after local midnight. */
export interface QuietWindow {
  readonly start: number;
  readonly end: number;
}

/** Parses `HH:MM` quiet hours; `null` when off or empty (start equals end). */
export function quietWindow(quiet: QuietHours | null): QuietWindow | null {
  if (!quiet) return null;
  const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  const start = toMinutes(quiet.start);
  const end = toMinutes(quiet.end);
  return start === end ? null : { start, end };
}

/** True when the local wall clock at `instant` is inside quiet hours (start inclusive, end exclusive). */
export function isInQuietHours(
  clock: ZoneClock,
  window: QuietWindow | null,
  instant: number,
): boolean {
  if (!window) return false;
  const minute = clock.minuteOfDay(instant);
  return window.start < window.end
    ? minute >= window.start && minute < window.end
    : minute >= window.start || minute < window.end;
}

export interface QuietAdjustment {
  readonly instant: number;
  readonly forcedByDeadline: boolean;
}

/**
 * Moves a reminder out of quiet hours: to their end — unless that passes the
 * deadline, then to one minute before they started. When that minute is
 * already past but quiet hours have not begun (the timer fired a moment late,
 * or `earliest` is a snooze end just before them), it is delivered at
 * `earliest`; only once quiet hours have begun does it stay inside, forced.
 */
export function adjustForQuietHours(
  clock: ZoneClock,
  window: QuietWindow | null,
  instant: number,
  deadline: number | undefined,
  earliest: number,
): QuietAdjustment {
  if (!window || !isInQuietHours(clock, window, instant))
    return { instant, forcedByDeadline: false };
  const day = clock.localDay(instant);
  const minute = clock.minuteOfDay(instant);
  const wraps = window.start > window.end;
  // The quiet period containing `instant` started on `startDay` and ends on `endDay`.
  const startDay = wraps && minute < window.end ? day - 1 : day;
  const endDay = wraps && minute >= window.start ? day + 1 : day;
  const end = clock.atWallTime(endDay, window.end);
  if (deadline === undefined || instant > deadline || end <= deadline) {
    return { instant: end, forcedByDeadline: false };
  }
  const quietStart = clock.atWallTime(startDay, window.start);
  const beforeStart = quietStart - MINUTE_MS;
  if (beforeStart >= earliest) return { instant: beforeStart, forcedByDeadline: false };
  if (earliest < quietStart) return { instant: earliest, forcedByDeadline: false };
  return { instant: Math.max(instant, earliest), forcedByDeadline: true };
}
