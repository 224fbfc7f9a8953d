import { en, type MessageKey } from './en.ts';
import { nl } from './nl.ts';

export type { MessageKey } from './en.ts';

/** The languages the app ships. */
export const locales = ['en', 'nl'] as const;
export type Locale = (typeof locales)[number];

/** The user's language choice: follow the OS, or a fixed language. */
export type LanguagePreference = 'auto' | Locale;

const catalogs: Record<Locale, Record<MessageKey, string>> = { en, nl };

/**
 * Picks the UI language: an explicit preference wins; otherwise the first OS
 * language we ship (`nl-BE` → `nl`), falling back to English.
 */
export function resolveLocale(
  preference: LanguagePreference,
  systemLanguages: readonly string[],
): Locale {
  if (preference !== 'auto') return preference;
  for (const tag of systemLanguages) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    const match = locales.find((locale) => locale === base);
    if (match) return match;
  }
  return 'en';
}

/**
 * `{count, plural, one {…} other {…}}`: branches may hold `#` (the number) and
 * `{name}` placeholders; an exact branch (`=2 {Both steps done}`) wins over
 * the plural category, as in ICU MessageFormat.
 */
const PLURAL =
  /\{(\w+), plural,((?:\s*(?:zero|one|two|few|many|other|=\d+) \{[^{}]*(?:\{\w+\}[^{}]*)*\})+)\s*\}/g;
const BRANCH = /(zero|one|two|few|many|other|=\d+) \{([^{}]*(?:\{\w+\}[^{}]*)*)\}/g;

const pluralRules = new Map<Locale, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A count as the language writes it ("12"; "1,000" / "1.000"). English and
 * Dutch write 0–999 in plain digits (they group from a thousand on), so
 * those are written without Intl.NumberFormat, whose first use loads ICU's
 * number data: some 15 ms while the tray waits at start-up. A test compares
 * every count up to 100,000 with Intl.NumberFormat in both languages.
 */
export function formatCount(locale: string, count: number): string {
  if (Number.isInteger(count) && count >= 0 && count < 1000) return String(count);
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format.format(count);
}

/** Picks the exact branch for the count, else the one `Intl.PluralRules` names, else `other`. */
function selectPlural(locale: Locale, count: number, branches: string): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  const forms = new Map([...branches.matchAll(BRANCH)].map((m) => [m[1], m[2] ?? '']));
  const text = forms.get(`=${count}`) ?? forms.get(rules.select(count)) ?? forms.get('other') ?? '';
  return text.replaceAll('#', formatCount(locale, count));
}

/**
 * The placeholder names a message uses, plural arguments included, sorted;
 * both languages of a message must use the same ones.
 */
export function placeholdersOf(message: string): string[] {
  const names = new Set<string>();
  const rest = message.replace(PLURAL, (_whole, name: string, branches: string) => {
    names.add(name);
    for (const match of branches.matchAll(/\{(\w+)\}/g)) names.add(match[1] as string);
    return '';
  });
  for (const match of rest.matchAll(/\{(\w+)\}/g)) names.add(match[1] as string);
  return [...names].sort();
}

/**
 * Looks up a message and fills `{name}` placeholders from `params`. A
 * plural argument (`{count, plural, one {# day} other {# days}}`) chooses
 * its branch with `Intl.PluralRules` of the language. An unknown
 * placeholder is left visible rather than silently dropped.
 */
export function translate(
  locale: Locale,
  key: MessageKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const fill = (text: string) =>
    text.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  const message = catalogs[locale][key];
  if (!message.includes(', plural,')) return fill(message);
  return fill(
    message.replace(PLURAL, (whole, name: string, branches: string) => {
      const count = params[name];
      return typeof count === 'number' ? selectPlural(locale, count, branches) : whole;
    }),
  );
}

/** Every key, in the order of the English catalog. */
export const messageKeys = Object.keys(en) as MessageKey[];
