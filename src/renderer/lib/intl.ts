import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../shared/constants.ts';
import type { Locale } from '../../shared/i18n/index.ts';

/**
 * The BCP 47 tag Intl formats with. English uses the British conventions
 * ("3 November 2025", 24-hour clock) because the app's deadlines are European.
 */
export function intlLocale(locale: Locale): string {
  return locale === 'nl' ? 'nl-NL' : 'en-GB';
}

// Intl formatters are costly to create and the list renders one per row.
const cache = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat>();

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

function relativeFormat(locale: string): Intl.RelativeTimeFormat {
  const key = `r|${locale}`;
  let format = cache.get(key) as Intl.RelativeTimeFormat | undefined;
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    cache.set(key, format);
  }
  return format;
}

/** `YYYY-MM-DD` of the instant `ms` as a calendar date in `zone`. */
export function dateInZone(ms: number, zone: string): string {
  // en-CA formats dates as ISO year-month-day.
  return dateFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(ms);
}

/** `HH:MM` (24-hour) of the instant `ms` as wall-clock time in `zone`. */
export function timeInZone(ms: number, zone: string): string {
  const parts = dateFormat('en-GB', {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(ms);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${part('hour')}:${part('minute')}`;
}

function dayNumber(ms: number, zone: string): number {
  const [year, month, day] = dateInZone(ms, zone).split('-').map(Number);
  return Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1) / DAY_MS;
}

/**
 * How far `target` is from `now` in words of `locale`: "in 3 days",
 * "385 days ago", "tomorrow", "in 2 hours". From a day on it counts calendar
 * days in `zone`, so a deadline at midnight reads the same all day.
 */
export function relativeTime(target: number, now: number, zone: string, locale: Locale): string {
  const format = relativeFormat(intlLocale(locale));
  const distance = target - now;
  // Half-way rounds away from now either side, as the tray does: 1 h 30 min
  // past is "2 hours ago" (Math.round(-1.5) alone gives -1).
  const rounded = (unit: number) => Math.sign(distance) * Math.round(Math.abs(distance) / unit);
  if (Math.abs(distance) < HOUR_MS) return format.format(rounded(MINUTE_MS), 'minute');
  if (Math.abs(distance) < DAY_MS) return format.format(rounded(HOUR_MS), 'hour');
  return format.format(dayNumber(target, zone) - dayNumber(now, zone), 'day');
}

/** "3 November 2025 at 00:00" in `zone`, the way `locale` writes it. */
export function formatDateTime(ms: number, zone: string, locale: Locale): string {
  return dateFormat(intlLocale(locale), {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: zone,
  }).format(ms);
}

/** "3 November 2025": the date of an instant in `zone`, the way `locale` writes it. */
export function formatDate(ms: number, zone: string, locale: Locale): string {
  return dateFormat(intlLocale(locale), { dateStyle: 'long', timeZone: zone }).format(ms);
}

/** A calendar date `YYYY-MM-DD` the way `locale` writes it ("24 September 2025"). */
export function formatPlainDate(date: string, locale: Locale): string {
  const [year, month, day] = date.split('-').map(Number);
  const ms = Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1);
  return dateFormat(intlLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(ms);
}

/** "14 days", "2 hours", "1 dag" — a duration in minutes in the largest whole unit. */
export function formatDuration(minutes: number, locale: Locale): string {
  const [value, unit] =
    minutes % 1440 === 0
      ? [minutes / 1440, 'day']
      : minutes % 60 === 0
        ? [minutes / 60, 'hour']
        : [minutes, 'minute'];
  return new Intl.NumberFormat(intlLocale(locale), {
    style: 'unit',
    unit,
    unitDisplay: 'long',
  }).format(value);
}

/**
 * Builds the zone formatter the list needs first. The first Intl formatter
 * with a time zone costs some 20 ms (the time-zone data is loaded then);
 * `early.ts` calls this while the first state is still on its way over IPC,
 * so that cost is not added to the first paint.
 */
export function warmUpIntl(): void {
  try {
    dateInZone(Date.now(), Intl.DateTimeFormat().resolvedOptions().timeZone);
  } catch {
    // An unknown OS zone ("Etc/Unknown" with TZ= empty): main plans in UTC and says so.
  }
}
