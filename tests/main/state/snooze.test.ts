import { describe, expect, it } from 'vitest';
import { snoozeUntil } from '../../../src/main/state/snooze.ts';

const ZONE = 'Europe/Amsterdam';

describe('snoozeUntil', () => {
  const now = Date.parse('2026-11-24T15:30:00+01:00');

  it('ends an hour later, at 09:00 tomorrow in the zone, a week later, or not at all', () => {
    expect(snoozeUntil('1h', now, ZONE)).toBe(Date.parse('2026-11-24T16:30:00+01:00'));
    expect(snoozeUntil('tomorrow-9', now, ZONE)).toBe(Date.parse('2026-11-25T09:00:00+01:00'));
    expect(snoozeUntil('1w', now, ZONE)).toBe(Date.parse('2026-12-01T15:30:00+01:00'));
    expect(snoozeUntil('off', now, ZONE)).toBeNull();
  });

  it('means 09:00 on the wall clock across a change to summer time', () => {
    // The night of 28–29 March 2026 the clocks in Amsterdam go from 02:00 to 03:00.
    const evening = Date.parse('2026-03-28T22:00:00+01:00');
    expect(snoozeUntil('tomorrow-9', evening, ZONE)).toBe(Date.parse('2026-03-29T09:00:00+02:00'));
    // A week is seven days on the wall clock, one hour less in real time.
    expect(snoozeUntil('1w', evening, ZONE)).toBe(Date.parse('2026-04-04T22:00:00+02:00'));
  });

  it('means 09:00 on the wall clock across a change to winter time', () => {
    const evening = Date.parse('2026-10-24T22:00:00+02:00');
    expect(snoozeUntil('tomorrow-9', evening, ZONE)).toBe(Date.parse('2026-10-25T09:00:00+01:00'));
  });
});
