import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { builtinCatalog } from '../../../src/shared/catalog/index.ts';
import { summarizeTray, systemLocalDay, zoneClock } from '../../../src/shared/reminders/index.ts';
import { at, input, makeChecklist } from '../support/fixtures.ts';

// Node re-reads TZ when it is assigned, so one process can play the OS in several zones.
const ZONES = [
  'Europe/Amsterdam',
  'America/New_York',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'America/Sao_Paulo',
  'Pacific/Apia',
  'UTC',
];
const originalTz = process.env.TZ;
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe('systemLocalDay (the tray at start-up, without Intl)', () => {
  it.each(ZONES)('is the local day of the OS zone, as zoneClock says, in %s', (zone) => {
    process.env.TZ = zone;
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }), (ms) => {
        expect(systemLocalDay(ms)).toBe(zoneClock(zone).localDay(ms));
      }),
      { numRuns: 1500 },
    );
  });

  it('gives the tray the same words in the OS zone as with the zone named, across a DST change', () => {
    process.env.TZ = 'Europe/Amsterdam';
    const zone = 'Europe/Amsterdam';
    const checklists = [
      // Deadlines around the night the clocks go back (26 October 2025) and at midnight.
      makeChecklist('a', { deadline: '2025-10-27T00:00:00+01:00' }),
      makeChecklist('b', { deadline: '2025-10-26T02:30:00+01:00' }),
      makeChecklist('c', { deadline: '2025-11-03T00:00:00+01:00' }),
      ...builtinCatalog,
    ];
    for (const wall of ['2025-10-20T23:59', '2025-10-25T12:00', '2025-10-28T00:30']) {
      const now = at(wall, zone);
      const named = summarizeTray({
        ...input(checklists, now, zone),
        localDay: zoneClock(zone).localDay,
        locale: 'nl',
      });
      expect(summarizeTray({ ...input(checklists, now, zone), locale: 'nl' })).toEqual(named);
    }
  });
});
