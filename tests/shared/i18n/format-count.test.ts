import { describe, expect, it } from 'vitest';
import { formatCount } from '../../../src/shared/i18n/index.ts';

describe('formatCount', () => {
  it.each(['en', 'nl', 'nl-NL', 'nl-BE', 'en-GB'])(
    'writes every count up to 100,000 as Intl.NumberFormat does in %s',
    (locale) => {
      const intl = new Intl.NumberFormat(locale);
      for (let count = 0; count <= 100_000; count++)
        if (formatCount(locale, count) !== intl.format(count))
          expect(formatCount(locale, count)).toBe(intl.format(count));
    },
  );

  it('groups thousands as each language does', () => {
    expect(formatCount('en', 12_345)).toBe('12,345');
    expect(formatCount('nl', 12_345)).toBe('12.345');
    expect(formatCount('nl', 1.5)).toBe('1,5');
  });
});
