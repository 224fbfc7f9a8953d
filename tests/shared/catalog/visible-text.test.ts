import { describe, expect, it } from 'vitest';
import {
  isBlankText,
  withoutInvisibleFormatting,
} from '../../../src/shared/catalog/visible-text.ts';

describe('withoutInvisibleFormatting', () => {
  it('removes every bidi control and mark', () => {
    const controls = [
      ...'\u202a\u202b\u202c\u202d\u202e', // embeddings and overrides
      ...'\u2066\u2067\u2068\u2069', // isolates
      ...'\u200e\u200f\u061c', // marks
    ];
    for (const control of controls)
      expect(
        withoutInvisibleFormatting(`Safe${control}kcap`),
        control.codePointAt(0)?.toString(16),
      ).toBe('Safekcap');
  });

  it('removes other invisible formatting: zero-width spaces, soft hyphens, the byte order mark', () => {
    expect(withoutInvisibleFormatting('\ufeffTe\u200bam\u00ad pa\u2060ck\u180e')).toBe('Team pack');
  });

  it('keeps what shows: spaces, accents, right-to-left letters and emoji with their joiners', () => {
    for (const text of ['Team pack', 'Privacy één', 'שלום עולם', '👩‍💻 team', '❤️ pack'])
      expect(withoutInvisibleFormatting(text)).toBe(text);
  });
});

describe('isBlankText', () => {
  it('is true for text that shows nothing and false for text that shows something', () => {
    for (const blank of ['', ' ', '\u200b', ' \u2060 ', '\u202e\u200d', '\t\n'])
      expect(isBlankText(blank), JSON.stringify(blank)).toBe(true);
    for (const visible of ['a', ' \u200bx', '👩‍💻'])
      expect(isBlankText(visible), visible).toBe(false);
  });
});
