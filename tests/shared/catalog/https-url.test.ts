import { describe, expect, it } from 'vitest';
import { checkHttpsUrl } from '../../../src/shared/catalog/https-url.ts';

describe('checkHttpsUrl', () => {
  it.each([
    ['https://example.org/settings', null],
    ['http://example.org', 'not_https'],
    ['javascript:alert(1)', 'not_https'],
    ['https://user:pw@example.org', 'url_credentials'],
    ['example.org', 'invalid_url'],
  ])('%s → %s', (url, expected) => {
    expect(checkHttpsUrl(url)).toBe(expected);
  });
});
