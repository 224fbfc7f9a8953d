import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { instantToWallTime, wallTimeToInstant } from '../../../src/renderer/lib/zoned-time.ts';
import { isIsoInstant } from '../../../src/shared/catalog/primitives.ts';

/** What Temporal says, as the schema checks it: the same wall time with the zone's offset. */
function viaTemporal(date: string, time: string, zone: string): string {
  return Temporal.PlainDateTime.from(`${date}T${time}`)
    .toZonedDateTime(zone, { disambiguation: 'compatible' })
    .toString({ timeZoneName: 'never', smallestUnit: 'second' });
}

const zones = [
  'Europe/Amsterdam',
  'America/New_York',
  'America/St_Johns',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'UTC',
];

describe('wallTimeToInstant', () => {
  it.each([
    ['2026-03-01', '09:30', 'Europe/Amsterdam', '2026-03-01T09:30:00+01:00'],
    ['2026-07-01', '09:30', 'Europe/Amsterdam', '2026-07-01T09:30:00+02:00'],
    ['2026-01-15', '00:00', 'Asia/Kathmandu', '2026-01-15T00:00:00+05:45'],
    ['2026-01-15', '23:59', 'America/St_Johns', '2026-01-15T23:59:00-03:30'],
    // The hour skipped when summer time starts moves forward, as clocks do.
    ['2026-03-29', '02:30', 'Europe/Amsterdam', '2026-03-29T03:30:00+02:00'],
    // The hour that happens twice when summer time ends: the first one.
    ['2026-10-25', '02:30', 'Europe/Amsterdam', '2026-10-25T02:30:00+02:00'],
    ['2026-11-01', '01:30', 'America/New_York', '2026-11-01T01:30:00-04:00'],
    ['2026-04-05', '02:15', 'Australia/Lord_Howe', '2026-04-05T02:15:00+10:30'],
  ])('%s %s in %s is %s', (date, time, zone, expected) => {
    expect(wallTimeToInstant(date, time, zone)).toBe(expected);
  });

  it('agrees with Temporal for any wall time in zones with odd offsets and DST', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }),
        fc.constantFrom(...zones),
        (day, zone) => {
          const iso = day.toISOString();
          const date = iso.slice(0, 10);
          const time = iso.slice(11, 16);
          const instant = wallTimeToInstant(date, time, zone);
          expect(isIsoInstant(instant)).toBe(true);
          expect(instant).toBe(viaTemporal(date, time, zone));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('agrees with Temporal on every quarter hour around DST changes', () => {
    const days: [string, string][] = [
      ['2026-03-29', 'Europe/Amsterdam'],
      ['2026-10-25', 'Europe/Amsterdam'],
      ['2026-03-08', 'America/New_York'],
      ['2026-11-01', 'America/New_York'],
      ['2026-04-05', 'Australia/Lord_Howe'],
      ['2026-10-04', 'Australia/Lord_Howe'],
    ];
    for (const [date, zone] of days)
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        expect(wallTimeToInstant(date, time, zone), `${date} ${time} ${zone}`).toBe(
          viaTemporal(date, time, zone),
        );
      }
  });

  it('round-trips through instantToWallTime', () => {
    const instant = wallTimeToInstant('2026-03-01', '09:30', 'America/New_York');
    expect(instantToWallTime(instant, 'America/New_York')).toEqual({
      date: '2026-03-01',
      time: '09:30',
    });
  });
});
