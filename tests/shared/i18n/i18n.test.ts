import { describe, expect, it } from 'vitest';
import { en } from '../../../src/shared/i18n/en.ts';
import {
  messageKeys,
  placeholdersOf,
  resolveLocale,
  translate,
} from '../../../src/shared/i18n/index.ts';
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
    for (const key of messageKeys)
      expect(placeholdersOf(nl[key]), key).toEqual(placeholdersOf(en[key]));
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

  it.each([
    ['en', 'notification.more', { count: 1 }, '1 more needs attention.'],
    ['en', 'notification.more', { count: 3 }, '3 more need attention.'],
    ['nl', 'notification.more', { count: 1 }, 'Nog 1 vraagt aandacht.'],
    ['nl', 'notification.more', { count: 3 }, 'Nog 3 vragen aandacht.'],
    ['en', 'distance.daysLeft', { count: 1 }, '1 day left'],
    ['en', 'distance.daysLeft', { count: 12 }, '12 days left'],
    ['nl', 'distance.daysLeft', { count: 1 }, 'nog 1 dag'],
    ['nl', 'distance.daysOverdue', { count: 3 }, '3 dagen te laat'],
    ['en', 'distance.hoursOverdue', { count: 1 }, '1 hour overdue'],
    ['nl', 'distance.hoursLeft', { count: 5 }, 'nog 5 uur'],
    ['en', 'tray.moreOpen', { count: 1_000 }, '1,000 more open'],
    ['nl', 'tray.moreOpen', { count: 2 }, 'nog 2 open'],
    ['en', 'progress.allDone', { total: 1 }, 'The step is done'],
    ['en', 'progress.allDone', { total: 4 }, 'All 4 steps done'],
    ['nl', 'progress.allDone', { total: 1 }, 'De stap is gedaan'],
    ['nl', 'progress.allDone', { total: 4 }, 'Alle 4 stappen gedaan'],
    ['en', 'progress.steps', { done: 0, total: 1 }, '0 of 1 step done'],
    ['nl', 'progress.steps', { done: 2, total: 3 }, '2 van 3 stappen gedaan'],
    ['en', 'progress.stepsOn', { done: 0, total: 1, platform: 'Web' }, '0 of 1 step (Web)'],
    ['nl', 'progress.stepsOn', { done: 1, total: 1, platform: 'Web' }, '1 van 1 stap (Web)'],
    ['en', 'progress.allDone', { total: 2 }, 'Both steps done'],
    ['nl', 'progress.allDone', { total: 2 }, 'Beide stappen gedaan'],
    ['en', 'settings.overdueAfter', { count: 1, twice: 2 }, 'After 1 and 2 days'],
    ['en', 'settings.overdueAfter', { count: 7, twice: 14 }, 'After 7 and 14 days'],
    ['nl', 'settings.overdueAfter', { count: 7, twice: 14 }, 'Na 7 en 14 dagen'],
    ['en', 'settings.worthDoingTimes', { count: 1 }, 'Once, a month later'],
    ['en', 'settings.worthDoingTimes', { count: 3 }, 'Once a month, 3 times'],
    ['nl', 'settings.worthDoingTimes', { count: 3 }, 'Eens per maand, 3 keer'],
    ['en', 'facts.sourceRefs', { count: 1, numbers: '13' }, '(source 13)'],
    ['en', 'facts.sourceRefs', { count: 2, numbers: '1, 13' }, '(sources 1, 13)'],
    ['nl', 'facts.sourceRefs', { count: 1, numbers: '13' }, '(bron 13)'],
    ['nl', 'facts.sourceRefs', { count: 2, numbers: '1, 13' }, '(bronnen 1, 13)'],
  ] as const)('%s %s with %j reads "%s" (Intl.PluralRules)', (locale, key, params, expected) => {
    expect(translate(locale, key, params)).toBe(expected);
  });

  it('names the plural argument and the placeholders inside its branches', () => {
    expect(
      placeholdersOf('{count, plural, one {(source {numbers})} other {(sources {numbers})}}'),
    ).toEqual(['count', 'numbers']);
    expect(placeholdersOf('{done} of {total, plural, one {# step} other {# steps}}')).toEqual([
      'done',
      'total',
    ]);
  });

  it('leaves a plural visible when its count is missing', () => {
    expect(translate('en', 'settings.worthDoingTimes')).toBe(
      '{count, plural, one {Once, a month later} other {Once a month, # times}}',
    );
  });
});
