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
 * Looks up a message and fills `{name}` placeholders from `params`.
 * An unknown placeholder is left visible rather than silently dropped.
 */
export function translate(
  locale: Locale,
  key: MessageKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return catalogs[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Every key, in the order of the English catalog. */
export const messageKeys = Object.keys(en) as MessageKey[];
