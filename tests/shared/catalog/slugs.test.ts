import { describe, expect, it } from 'vitest';
import { uniqueSlug } from '../../../src/shared/catalog/slugs.ts';

describe('uniqueSlug', () => {
  it('keeps a free base and numbers a taken one from 2', () => {
    expect(uniqueSlug('custom-mine', [])).toBe('custom-mine');
    expect(uniqueSlug('custom-mine', ['custom-mine', 'custom-mine-2'])).toBe('custom-mine-3');
    expect(uniqueSlug('pack-x', new Set(['pack-x']))).toBe('pack-x-2');
  });
});
