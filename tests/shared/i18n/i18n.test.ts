import { describe, expect, it } from 'vitest';
import { en } from '../../../src/shared/i18n/en.ts';
import { messageKeys, resolveLocale, translate } from '../../../src/shared/i18n/index.ts';
import { nl } from '../../../src/shared/i18n/nl.ts';

describe('i18n', () => {
  it('has every key, non-empty, in both languages', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
    for (const key of messageKeys) {
      expect(en[key].trim(), key).not.toBe('');
      expect(nl[key].trim(), key).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of messageKeys)
      expect(placeholders(nl[key]), key).toEqual(placeholders(en[key]));
  });

  it.each([
    ['auto', ['nl-NL', 'en-US'], 'nl'],
    ['auto', ['nl_BE'], 'nl'],
    ['auto', ['de-DE', 'nl-NL'], 'nl'],
    ['auto', ['de-DE', 'fr-FR'], 'en'],
    ['auto', [], 'en'],
    ['en', ['nl-NL'], 'en'],
    ['nl', ['en-US'], 'nl'],
  ] as const)('resolves %s with OS languages %j to %s', (preference, system, expected) => {
    expect(resolveLocale(preference, system)).toBe(expected);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'tray.open')).toBe('Open checklist…');
    expect(translate('nl', 'tray.quit')).toBe('Afsluiten');
  });
});
