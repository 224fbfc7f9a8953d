import { describe, expect, it } from 'vitest';
import { builtinCatalog } from '../../../src/shared/catalog/index.ts';
import {
  buildFeed,
  FEED_FORMAT,
  FEED_LIMITS,
  parseFeedText,
  serializeFeed,
} from '../../../src/shared/feed/format.ts';

const ISSUED = '2026-11-24T10:00:00.000Z';
const codes = (text: string) => {
  const result = parseFeedText(text);
  return result.ok ? [] : result.issues.map((issue) => issue.code);
};

describe('the feed format', () => {
  it('round-trips the built-in catalog', () => {
    const feed = buildFeed(builtinCatalog, 3, ISSUED);
    const result = parseFeedText(serializeFeed(feed));
    expect(result.ok && result.value).toEqual(feed);
    expect(feed.format).toBe(FEED_FORMAT);
  });

  it('refuses garbage, oversize text, forbidden keys, duplicate ids and bad sequences', () => {
    expect(codes('<html>not json</html>')).toEqual(['invalid_json']);
    expect(codes(' '.repeat(FEED_LIMITS.maxBytes + 1))).toEqual(['too_large']);
    expect(codes('{"__proto__":{}}')).toEqual(['forbidden_key']);
    const twice = buildFeed(
      [builtinCatalog[0], builtinCatalog[0]].filter((c) => c !== undefined),
      1,
      ISSUED,
    );
    expect(codes(serializeFeed(twice))).toContain('duplicate_id');
    for (const sequence of [0, -1, 1.5, '2'])
      expect(
        codes(JSON.stringify({ ...buildFeed([], 1, ISSUED), sequence })).length,
      ).toBeGreaterThan(0);
    expect(codes(JSON.stringify({ ...buildFeed([], 1, ISSUED), format: 'other' }))).toEqual([
      'invalid_value',
    ]);
  });

  it('accepts an empty feed (everything withdrawn)', () => {
    expect(parseFeedText(serializeFeed(buildFeed([], 9, ISSUED))).ok).toBe(true);
  });
});
