import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { formatInstant, parseInstant, zoneClock } from '../../../src/shared/reminders/index.ts';

const ZONES = [
  'Europe/Amsterdam',
  'America/New_York',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'America/Sao_Paulo',
  'Pacific/Apia',
  'UTC',
];
const zoneArb = fc.constantFrom(...ZONES);
// 1990–2060, with extra weight near DST changes is not needed: fast-check's bias hits edges often enough.
const instantArb = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) });
const zdt = (ms: number, zone: string) =>
  Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone);

describe('zoneClock agrees with Temporal', () => {
  it('on the local time of day', () => {
    fc.assert(
      fc.property(zoneArb, instantArb, (zone, ms) => {
        const z = zdt(ms, zone);
        expect(zoneClock(zone).minuteOfDay(ms)).toBe(z.hour * 60 + z.minute);
      }),
      { numRuns: 2000 },
    );
  });

  it('on the time of day of any instant, also fractions of a ms just before midnight', () => {
    // minuteOfDay avoids `%`; it must give what the remainder gives for every finite number.
    const DAY = 86_400_000;
    const viaRemainder = (zone: string, ms: number) => {
      const local = ms + zoneClock(zone).offsetAt(ms);
      return Math.floor((((local % DAY) + DAY) % DAY) / 60_000);
    };
    const anyInstantArb = fc.oneof(
      instantArb,
      instantArb.map((ms) => Math.floor(ms / DAY) * DAY - 2 ** -10),
      fc.double({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1), noNaN: true }),
    );
    fc.assert(
      fc.property(zoneArb, anyInstantArb, (zone, ms) => {
        // Temporal reads whole ms only: look the offset up there first.
        zoneClock(zone).offsetAt(Math.floor(ms));
        expect(zoneClock(zone).minuteOfDay(ms)).toBe(viaRemainder(zone, ms));
      }),
      { numRuns: 2000 },
    );
  });

  it('on adding calendar days', () => {
    fc.assert(
      fc.property(zoneArb, instantArb, fc.integer({ min: -800, max: 800 }), (zone, ms, days) => {
        expect(zoneClock(zone).addDays(ms, days)).toBe(
          zdt(ms, zone).add({ days }).epochMilliseconds,
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('around every DST change of 2025–2026 in the test zones', () => {
    for (const zone of ZONES) {
      let t: Temporal.ZonedDateTime | null = zdt(Date.UTC(2025, 0, 1), zone);
      for (let i = 0; i < 6 && t; i++) {
        t = t.getTimeZoneTransition('next');
        if (!t) break;
        for (const delta of [-25, -24, -23, -1, 0, 1, 23, 24, 25]) {
          const ms = t.epochMilliseconds + delta * 3_600_000;
          for (const days of [-7, -1, 1, 7]) {
            expect(zoneClock(zone).addDays(ms, days), `${zone} ${ms} ${days}`).toBe(
              zdt(ms, zone).add({ days }).epochMilliseconds,
            );
          }
        }
      }
    }
  });

  it('on the instant of a wall time', () => {
    fc.assert(
      fc.property(
        zoneArb,
        fc.integer({ min: 7300, max: 32_000 }),
        fc.integer({ min: 0, max: 1439 }),
        (zone, day, minute) => {
          const date = Temporal.PlainDate.from('1970-01-01').add({ days: day });
          const expected = date.toZonedDateTime({
            timeZone: zone,
            plainTime: new Temporal.PlainTime(Math.floor(minute / 60), minute % 60),
          }).epochMilliseconds;
          expect(zoneClock(zone).atWallTime(day, minute)).toBe(expected);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('parseInstant matches Temporal.Instant.from', () => {
    const offsetArb = fc.integer({ min: -14 * 60, max: 14 * 60 }).map((m) => {
      const sign = m < 0 ? '-' : '+';
      const abs = Math.abs(m);
      return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
    });
    fc.assert(
      fc.property(instantArb, offsetArb, fc.boolean(), (ms, offset, isZ) => {
        const text = Temporal.Instant.fromEpochMilliseconds(ms).toString({
          timeZone: isZ ? 'UTC' : offset,
        });
        const iso = isZ ? text.replace('+00:00', 'Z') : text;
        expect(parseInstant(iso)).toBe(Temporal.Instant.from(iso).epochMilliseconds);
      }),
      { numRuns: 1000 },
    );
    expect(parseInstant('2025-11-03')).toBeNaN();
  });
});

describe('formatInstant', () => {
  it('writes exactly what Date#toISOString writes', () => {
    const edges = [
      0, 1, -1, 951_782_400_000, 946_684_799_999, 4_107_542_400_000, 253_402_300_799_999,
      253_402_300_800_000, -30_610_224_000_000, -30_610_224_000_001, -62_198_755_200_000,
    ];
    for (const ms of edges) expect(formatInstant(ms)).toBe(new Date(ms).toISOString());
    fc.assert(
      fc.property(fc.integer({ min: -62_198_755_200_000, max: 260_000_000_000_000 }), (ms) => {
        expect(formatInstant(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 5000 },
    );
  });
});
