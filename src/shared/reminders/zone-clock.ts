import { Temporal } from 'temporal-polyfill';
import { DAY_MS, MINUTE_MS } from '../constants.ts';

/**
 * Wall-clock questions about one IANA zone, answered by Temporal and memoized.
 *
 * Every zone rule comes from Temporal: the offset of an instant and the
 * transitions around it (`getTimeZoneTransition`). This module only caches
 * those answers as spans of constant offset, so the planner can ask about
 * 10,000 checklists without 70,000 Temporal conversions. Within one span the
 * wall clock is the instant plus that span's offset, exactly; near a span
 * edge a wall time is resolved over the spans themselves the way Temporal
 * resolves it. A differential property test compares every function here
 * with plain Temporal.
 */

export { DAY_MS, MINUTE_MS };

interface OffsetSpan {
  /** First instant with this offset (inclusive), epoch ms. */
  readonly start: number;
  /** First instant after it with another offset (exclusive), epoch ms. */
  readonly end: number;
  readonly offsetMs: number;
}

/** Memoized Temporal answers for one zone. */
export interface ZoneClock {
  readonly zone: string;
  /** The zone's UTC offset at `instant`, in ms. */
  offsetAt(instant: number): number;
  /** Local minutes since midnight (0–1439) at `instant`. */
  minuteOfDay(instant: number): number;
  /** Local calendar day at `instant`, as days since 1970-01-01. */
  localDay(instant: number): number;
  /** The instant `days` local calendar days after `instant` at the same wall time (DST-aware). */
  addDays(instant: number, days: number): number;
  /** The instant the wall clock shows `minute` minutes after midnight on local `day` (gaps resolve forward). */
  atWallTime(day: number, minute: number): number;
}

const MAX_SPANS = 4_096;
const clocks = new Map<string, ZoneClock>();

/** Returns the (shared, memoized) clock for `zone`; throws RangeError for an unknown zone. */
export function zoneClock(zone: string): ZoneClock {
  let clock = clocks.get(zone);
  if (!clock) {
    clock = createZoneClock(zone);
    if (clocks.size > 64) clocks.clear();
    clocks.set(zone, clock);
  }
  return clock;
}

function createZoneClock(zone: string): ZoneClock {
  // Validate eagerly so a bad zone fails at the boundary, not mid-plan.
  Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(zone);
  let spans: OffsetSpan[] = [];
  let lastHit: OffsetSpan | undefined;
  const wallCache = new Map<number, number>();

  function computeSpan(instant: number): OffsetSpan {
    const zdt = Temporal.Instant.fromEpochMilliseconds(instant).toZonedDateTimeISO(zone);
    // "previous" is strictly before its argument; ask from 1 ns later to include `instant` itself.
    const previous = zdt.add({ nanoseconds: 1 }).getTimeZoneTransition('previous');
    const next = zdt.getTimeZoneTransition('next');
    return {
      start: previous ? previous.epochMilliseconds : Number.NEGATIVE_INFINITY,
      end: next ? next.epochMilliseconds : Number.POSITIVE_INFINITY,
      // Whole ms (zone offsets are whole seconds) as a small integer: reading it allocates nothing.
      offsetMs: (zdt.offsetNanoseconds / 1e6) | 0,
    };
  }

  function spanAt(instant: number): OffsetSpan {
    if (lastHit && instant >= lastHit.start && instant < lastHit.end) return lastHit;
    let low = 0;
    let high = spans.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const span = spans[middle] as OffsetSpan;
      if (instant < span.start) high = middle - 1;
      else if (instant >= span.end) low = middle + 1;
      else {
        lastHit = span;
        return span;
      }
    }
    const span = computeSpan(instant);
    if (spans.length >= MAX_SPANS) spans = [];
    const at = spans.findIndex((s) => s.start > span.start);
    spans.splice(at === -1 ? spans.length : at, 0, span);
    lastHit = span;
    return span;
  }

  const offsetAt = (instant: number): number => spanAt(instant).offsetMs;

  /**
   * The instant whose wall clock shows `wall` (local epoch ms), resolved as
   * Temporal's default ('compatible') does: of two (the hour repeated when
   * the clocks go back) the earlier; in a gap (clocks forward) the wall time
   * moved on by the gap, i.e. read with the offset before it. Every offset
   * lies within a day of UTC, so only spans in that window can hold it.
   */
  function instantOfWall(wall: number): number {
    let gapBefore: OffsetSpan | undefined;
    for (let span = spanAt(wall - DAY_MS); span.start <= wall + DAY_MS; span = spanAt(span.end)) {
      const candidate = wall - span.offsetMs;
      // Spans come in time order, so the first match is the earlier of two.
      if (candidate >= span.start && candidate < span.end) return candidate;
      // The wall time falls after this span's last wall time and before the next one's first.
      if (candidate >= span.end && wall < span.end + spanAt(span.end).offsetMs) gapBefore = span;
      if (span.end === Number.POSITIVE_INFINITY) break;
    }
    if (gapBefore) return wall - gapBefore.offsetMs;
    throw new RangeError(`no instant shows ${wall} in ${zone}`);
  }
  const wall = (instant: number): number => instant + offsetAt(instant);

  return {
    zone,
    offsetAt,
    minuteOfDay(instant) {
      const local = wall(instant);
      // ((local % DAY_MS) + DAY_MS) % DAY_MS without two floating-point remainders, which cost
      // more than the rest of the planner's quiet-hours check; the correction covers a quotient
      // rounded up to the next day.
      let ms = local - Math.floor(local / DAY_MS) * DAY_MS;
      if (ms < 0) ms += DAY_MS;
      else if (ms >= DAY_MS) ms -= DAY_MS;
      return Math.floor(ms / MINUTE_MS);
    },
    localDay(instant) {
      return Math.floor(wall(instant) / DAY_MS);
    },
    addDays(instant, days) {
      // Like Temporal: no days added, no wall time to resolve (it could be the repeated hour).
      if (days === 0) return instant;
      // Most often the result lies well inside the span of `instant` (no DST change between
      // or within a day of it): then the offset is the same and the wall clock moves exactly.
      const span = spanAt(instant);
      const plain = instant + days * DAY_MS;
      if (plain - DAY_MS >= span.start && plain + DAY_MS < span.end) return plain;
      // The wall time `days` later; the instant showing it, found with the offsets near it.
      const targetWall = instant + span.offsetMs + days * DAY_MS;
      const guess = targetWall - offsetAt(targetWall - span.offsetMs);
      // Accept only if the guess shows exactly that wall time and no transition lies within a
      // day of it: then it is the one instant with that wall time, which is Temporal's answer.
      if (
        guess + offsetAt(guess) === targetWall &&
        spanAt(guess - DAY_MS) === spanAt(guess + DAY_MS)
      ) {
        return guess;
      }
      return instantOfWall(targetWall);
    },
    atWallTime(day, minute) {
      const key = day * 1440 + minute;
      const cached = wallCache.get(key);
      if (cached !== undefined) return cached;
      const date = Temporal.PlainDate.from('1970-01-01').add({ days: day });
      const time = new Temporal.PlainTime(Math.floor(minute / 60), minute % 60);
      const result = date.toZonedDateTime({ timeZone: zone, plainTime: time }).epochMilliseconds;
      if (wallCache.size > 20_000) wallCache.clear();
      wallCache.set(key, result);
      return result;
    },
  };
}

export { formatInstant, parseInstant, systemLocalDay } from './instant.ts';
