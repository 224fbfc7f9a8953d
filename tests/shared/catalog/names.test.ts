import { describe, expect, it } from 'vitest';
import { builtinCatalog } from '../../../src/shared/catalog/index.ts';
import { checklistName } from '../../../src/shared/catalog/names.ts';

const named = (organisation: string, en: string) => ({ organisation, title: { en, nl: en } });

describe('checklistName', () => {
  it.each([
    [named('LinkedIn', 'LinkedIn: AI training'), 'LinkedIn: AI training'],
    [named('Meta', 'meta: object'), 'meta: object'],
    [
      named('OpenAI', 'ChatGPT: ads and marketing (United States)'),
      'ChatGPT: ads and marketing (United States)',
    ],
    [named('Example', 'Refund check'), 'Example: Refund check'],
    [named('Example', 'Refund check: before 1 May'), 'Refund check: before 1 May'],
    [
      named('Example', 'A title whose colon comes late, after forty characters: x'),
      'Example: A title whose colon comes late, after forty characters: x',
    ],
    [named('', 'Refund check'), 'Refund check'],
  ])('%j reads %s', (checklist, expected) => {
    expect(checklistName(checklist, 'en')).toBe(expected);
  });

  it('never names an organisation twice for a built-in checklist, in either language', () => {
    for (const checklist of builtinCatalog) {
      for (const locale of ['en', 'nl'] as const) {
        expect(checklistName(checklist, locale).match(/: /g)?.length ?? 0).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('a name standing alone is one line', () => {
  it('turns control characters into one space and drops bidi controls', () => {
    expect(
      checklistName(named('Bad\u0007name\u001b[31m', 'Ctrl\u0000title\u202Egnp.exe'), 'en'),
    ).toBe('Bad name [31m: Ctrl titlegnp.exe');
    expect(checklistName(named('Tax', 'Tax refund\r\nsecond line'), 'en')).toBe(
      'Tax refund second line',
    );
  });
});
