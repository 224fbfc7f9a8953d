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
      offsetMs: zdt.offsetNanoseconds / 1e6,
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
      return Math.floor((((local % DAY_MS) + DAY_MS) % DAY_MS) / MINUTE_MS);
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
      const targetWall = instant + offsetAt(instant) + days * DAY_MS;
      const guess = targetWall - offsetAt(targetWall - offsetAt(instant));
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

/**
 * Local calendar day (days since 1970-01-01) of `instant` in the zone the
 * OS runs in, from Date's own local time. Date and Intl read the same zone
 * rules (ICU's), but the first Intl.DateTimeFormat loads ICU's formatting
 * data, 12–18 ms: the tray is drawn at start-up with this instead, and the
 * zone's name is looked up only when the planner needs it. A property test
 * compares it with `zoneClock(<the OS zone>).localDay`.
 */
export function systemLocalDay(instant: number): number {
  return Math.floor((instant - new Date(instant).getTimezoneOffset() * MINUTE_MS) / DAY_MS);
}

const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;

/**
 * Parses an ISO 8601 instant with `Z` or a numeric offset (the form our
 * schemas accept) to epoch ms, without building Temporal objects. The offset
 * is the one written in the string, so no zone rules are involved.
 * Returns `NaN` for anything else.
 */
export function parseInstant(iso: string): number {
  const fast = parseCanonicalInstant(iso);
  if (!Number.isNaN(fast)) return fast;
  const m = ISO_INSTANT.exec(iso);
  if (!m) return Number.NaN;
  const [, y, mo, d, h, mi, s, frac, z, sign, oh, om] = m;
  const ms = frac ? Number(frac.padEnd(3, '0').slice(0, 3)) : 0;
  const date = new Date(0);
  date.setUTCFullYear(Number(y), Number(mo) - 1, Number(d));
  date.setUTCHours(Number(h), Number(mi), Number(s ?? 0), ms);
  const utc = date.getTime();
  if (z) return utc;
  const offset = (Number(oh) * 60 + Number(om)) * MINUTE_MS;
  return sign === '-' ? utc + offset : utc - offset;
}

/** Epoch ms of 10000-01-01T00:00:00Z: from there on `toISOString` writes six-digit years. */
const YEAR_10000 = 253_402_300_800_000;
const ZERO = 48;

/**
 * Epoch ms → `2025-11-02T23:00:00.000Z`, exactly what `Date#toISOString`
 * writes (a property test compares the two), but from integer arithmetic
 * (days to civil date after H. Hinnant) into one flat string, without a
 * Date: the planner writes one per checklist per plan. Instants before 1000
 * or from 10000 on go through Date.
 */
export function formatInstant(ms: number): string {
  if (!(ms >= -30_610_224_000_000 && ms < YEAR_10000) || !Number.isInteger(ms))
    return new Date(ms).toISOString();
  const days = Math.floor(ms / DAY_MS);
  let rest = ms - days * DAY_MS;
  const shifted = days + 719_468; // days since 0000-03-01
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const hour = Math.floor(rest / 3_600_000);
  rest -= hour * 3_600_000;
  const minute = Math.floor(rest / MINUTE_MS);
  rest -= minute * MINUTE_MS;
  const second = Math.floor(rest / 1000);
  const milli = rest - second * 1000;
  // biome-ignore format: one character per argument, in the order written
  return String.fromCharCode(
    ZERO + Math.floor(year / 1000), ZERO + (Math.floor(year / 100) % 10),
    ZERO + (Math.floor(year / 10) % 10), ZERO + (year % 10), 45 /* - */,
    ZERO + Math.floor(month / 10), ZERO + (month % 10), 45 /* - */,
    ZERO + Math.floor(day / 10), ZERO + (day % 10), 84 /* T */,
    ZERO + Math.floor(hour / 10), ZERO + (hour % 10), 58 /* : */,
    ZERO + Math.floor(minute / 10), ZERO + (minute % 10), 58 /* : */,
    ZERO + Math.floor(second / 10), ZERO + (second % 10), 46 /* . */,
    ZERO + Math.floor(milli / 100), ZERO + (Math.floor(milli / 10) % 10), ZERO + (milli % 10),
    90 /* Z */,
  );
}

/** Digits at `from`..`from + length` as a number, or NaN. */
function digits(text: string, from: number, length: number): number {
  let value = 0;
  for (let i = from; i < from + length; i++) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return Number.NaN;
    value = value * 10 + code;
  }
  return value;
}

/**
 * The two shapes the app itself writes — `2025-11-02T23:00:00.000Z` and
 * `2025-11-03T00:00:00+01:00` — read without a regular expression, because
 * the planner parses one per checklist per plan. Anything else: NaN.
 */
function parseCanonicalInstant(iso: string): number {
  const hasMillis = iso.length === 24 && iso.charCodeAt(19) === 46 && iso.charCodeAt(23) === 90;
  const hasOffset = iso.length === 25 && iso.charCodeAt(22) === 58;
  if (!hasMillis && !hasOffset) return Number.NaN;
  if (iso[4] !== '-' || iso[7] !== '-' || iso[10] !== 'T' || iso[13] !== ':' || iso[16] !== ':') {
    return Number.NaN;
  }
  const year = digits(iso, 0, 4);
  if (!(year >= 1000)) return Number.NaN;
  const month = digits(iso, 5, 2);
  const day = digits(iso, 8, 2);
  const hour = digits(iso, 11, 2);
  const minute = digits(iso, 14, 2);
  const second = digits(iso, 17, 2);
  if (
    !(
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= 31 &&
      hour <= 23 &&
      minute <= 59 &&
      second <= 59
    )
  ) {
    return Number.NaN;
  }
  const utc = Date.UTC(
    year,
    month - 1,
    day,
    hour,
    minute,
    second,
    hasMillis ? digits(iso, 20, 3) : 0,
  );
  if (hasMillis) return utc;
  const sign = iso[19];
  const offset = (digits(iso, 20, 2) * 60 + digits(iso, 23, 2)) * MINUTE_MS;
  if (sign === '+') return utc - offset;
  if (sign === '-') return utc + offset;
  return Number.NaN;
}
