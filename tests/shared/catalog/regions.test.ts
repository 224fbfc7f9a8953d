import { describe, expect, it } from 'vitest';
import {
  appliesToCountry,
  builtinCatalog,
  isCountryCode,
  isRegionCode,
} from '../../../src/shared/catalog/index.ts';

const regionsOf = (id: string) => {
  const checklist = builtinCatalog.find((c) => c.id === id);
  if (!checklist) throw new Error(id);
  return checklist.regions;
};

describe('regions', () => {
  it.each([
    ['NL', true],
    ['GB', true],
    ['UK', false],
    ['EU', false],
    ['nl', false],
    ['ZZ', false],
  ])('isCountryCode(%s) = %s', (code, expected) => {
    expect(isCountryCode(code)).toBe(expected);
  });

  it('knows the group codes', () => {
    expect(['EU', 'EEA', 'WORLD', 'CH'].every(isRegionCode)).toBe(true);
    expect(isRegionCode('EMEA')).toBe(false);
  });

  it.each([
    ['linkedin-ai-training', 'NL', true],
    ['linkedin-ai-training', 'NO', true],
    ['linkedin-ai-training', 'CH', true],
    ['linkedin-ai-training', 'GB', true],
    ['linkedin-ai-training', 'US', false],
    ['linkedin-microsoft-ads', 'NL', false],
    ['linkedin-microsoft-ads', 'CH', false],
    ['linkedin-microsoft-ads', 'US', true],
    ['linkedin-microsoft-ads', 'GB', true],
    ['meta-ai-training', 'GB', true],
    ['meta-ai-training', 'CH', false],
    // The DPC's 2024 undertaking did not end Grok training in the EU (review of November 2026).
    ['x-grok-training', 'NL', true],
    ['x-grok-training', 'IN', true],
    ['google-gemini-activity', 'NL', true],
  ])('%s applies in %s: %s', (id, country, expected) => {
    expect(appliesToCountry(regionsOf(id), country)).toBe(expected);
  });

  it('treats an unknown country as "everywhere"', () => {
    expect(appliesToCountry(regionsOf('linkedin-microsoft-ads'), null)).toBe(true);
  });
});
