import { DAY_MS, MINUTE_MS } from '../constants.ts';

/*
 * Instants as the store writes them, and the OS zone's local day: plain
 * arithmetic, no Temporal and no Intl, so the tray (drawn before either has
 * loaded) can use them. Zone rules for a named zone live in zone-clock.ts.
 */

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
