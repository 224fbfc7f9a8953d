import { describe, expect, it } from 'vitest';
import { isPausedAt, pausedUntil } from '../../../src/shared/settings/paused.ts';

const NOW = Date.UTC(2026, 10, 24, 12);

describe('paused', () => {
  it('reads false as not paused and true as paused until resumed', () => {
    expect(pausedUntil({ paused: false })).toBeNull();
    expect(isPausedAt({ paused: false }, NOW)).toBe(false);
    expect(pausedUntil({ paused: true })).toBe(Number.POSITIVE_INFINITY);
    expect(isPausedAt({ paused: true }, NOW)).toBe(true);
  });

  it('reads a pause with an end as paused only before that end', () => {
    const paused = { until: '2026-11-24T13:00:00+01:00' };
    expect(pausedUntil({ paused })).toBe(NOW);
    expect(isPausedAt({ paused }, NOW - 1)).toBe(true);
    expect(isPausedAt({ paused }, NOW)).toBe(false);
    expect(isPausedAt({ paused: { until: 'not a date' } }, NOW)).toBe(false);
  });
});
