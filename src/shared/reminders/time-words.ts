import { DAY_MS } from '../constants.ts';
import { formatCount } from '../i18n/index.ts';

/**
 * How far a deadline is, in words ("12 days left", "nog 12 dagen",
 * "3 days overdue", "3 dagen te laat"). English and Dutch; other locales
 * fall back to English.
 */
type Phrase = Record<'one' | 'other', string>;
interface Words {
  readonly daysLeft: Phrase;
  readonly hoursLeft: Phrase;
  readonly daysOver: Phrase;
  readonly hoursOver: Phrase;
  readonly noDeadline: string;
  readonly reachedNow: string;
  readonly allDone: string;
  readonly worthDoing: string;
  readonly more: Phrase;
}

const WORDS: Record<'en' | 'nl', Words> = {
  en: {
    daysLeft: { one: '# day left', other: '# days left' },
    hoursLeft: { one: '# hour left', other: '# hours left' },
    daysOver: { one: '# day overdue', other: '# days overdue' },
    hoursOver: { one: '# hour overdue', other: '# hours overdue' },
    noDeadline: 'no deadline',
    reachedNow: 'deadline reached',
    allDone: 'All done',
    worthDoing: 'still worth doing',
    more: { one: '# more open', other: '# more open' },
  },
  nl: {
    daysLeft: { one: 'nog # dag', other: 'nog # dagen' },
    hoursLeft: { one: 'nog # uur', other: 'nog # uur' },
    daysOver: { one: '# dag te laat', other: '# dagen te laat' },
    hoursOver: { one: '# uur te laat', other: '# uur te laat' },
    noDeadline: 'geen deadline',
    reachedNow: 'deadline bereikt',
    allDone: 'Alles gedaan',
    worthDoing: 'nog steeds zinvol',
    more: { one: 'nog # open', other: 'nog # open' },
  },
};

/** `en` or `nl` for a BCP 47 locale such as `nl-BE`. */
export function languageOf(locale: string): 'en' | 'nl' {
  return locale.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

function phrase(locale: string, which: Phrase, count: number): string {
  const form = new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other';
  return which[form].replace('#', formatCount(locale, count));
}

/** The words for this locale (English unless Dutch). */
export function wordsFor(locale: string): Words {
  return WORDS[languageOf(locale)];
}

/**
 * "12 days left" / "3 days overdue". Under a day it counts hours; from a day
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
  const words = wordsFor(locale);
  const lang = languageOf(locale);
  const isLeft = deadline > now;
  const distance = Math.abs(deadline - now);
  // The deadline reminder itself: "1 hour overdue" would be wrong at the very minute.
  if (!isLeft && distance < 3_600_000) return words.reachedNow;
  if (distance < DAY_MS) {
    const hours = Math.max(
      1,
      isLeft ? Math.ceil(distance / 3_600_000) : Math.floor(distance / 3_600_000),
    );
    return phrase(lang, isLeft ? words.hoursLeft : words.hoursOver, hours);
  }
  const days = Math.max(1, Math.abs(localDay(deadline) - localDay(now)));
  return phrase(lang, isLeft ? words.daysLeft : words.daysOver, days);
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

/** "+2 more open" style suffix. */
export function formatMoreOpen(count: number, locale: string): string {
  return phrase(languageOf(locale), wordsFor(locale).more, count);
}
