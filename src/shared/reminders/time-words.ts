import { DAY_MS, HOUR_MS, MINUTE_MS } from '../constants.ts';
import { type Locale, translate } from '../i18n/index.ts';

/** `en` or `nl` for a BCP 47 locale such as `nl-BE`; other languages fall back to English. */
export function languageOf(locale: string): Locale {
  return locale.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/**
 * "12 days left" / "3 days overdue". In the last hour before the deadline it
 * counts minutes, under a day hours; from a day
 * on it counts local calendar days in `zone`, so a deadline at midnight
 * reads the same all day.
 */
export function formatDeadlineDistance(
  deadline: number,
  now: number,
  /** Local calendar day of an instant: `zoneClock(zone).localDay`, or `systemLocalDay`. */
  localDay: (instant: number) => number,
  locale: string,
): string {
  const lang = languageOf(locale);
  const isLeft = deadline > now;
  const distance = Math.abs(deadline - now);
  // The deadline reminder itself: "1 hour overdue" would be wrong at the very minute.
  if (!isLeft && distance < HOUR_MS) return translate(lang, 'distance.reached');
  // Minutes in the last hour: quiet hours can bring the deadline reminder to
  // 21:59 for a deadline at 22:05, which "1 hour left" would overstate.
  if (distance < HOUR_MS) {
    const minutes = Math.max(1, Math.round(distance / MINUTE_MS));
    return translate(lang, 'distance.minutesLeft', { count: minutes });
  }
  if (distance < DAY_MS) {
    // To the nearest hour, as the window words it: 2 h 01 min is "2 hours left", not 3.
    const hours = Math.max(1, Math.round(distance / HOUR_MS));
    return translate(lang, isLeft ? 'distance.hoursLeft' : 'distance.hoursOverdue', {
      count: hours,
    });
  }
  const days = Math.max(1, Math.abs(localDay(deadline) - localDay(now)));
  return translate(lang, isLeft ? 'distance.daysLeft' : 'distance.daysOverdue', { count: days });
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** "3 November 2025" / "3 november 2025": the local date of an instant in `zone`. */
export function formatDay(instant: number, zone: string, locale: string): string {
  const tag = languageOf(locale) === 'nl' ? 'nl-NL' : 'en-GB';
  const key = `${tag}|${zone}`;
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: zone });
    dayFormats.set(key, format);
  }
  return format.format(instant);
}

/** "2 more open" / "nog 2 open": the tooltip's count of further open checklists. */
export function formatMoreOpen(count: number, locale: string): string {
  return translate(languageOf(locale), 'tray.moreOpen', { count });
}

/** "12 more checklists…": the tray menu's line for the open checklists it does not list. */
export function formatMoreInMenu(count: number, locale: string): string {
  return translate(languageOf(locale), 'tray.moreInMenu', { count });
}
