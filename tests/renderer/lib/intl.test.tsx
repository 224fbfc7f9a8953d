import { describe, expect, it } from 'vitest';
import {
  dateInZone,
  formatDateTime,
  formatDuration,
  formatPlainDate,
  relativeTime,
} from '../../../src/renderer/lib/intl.ts';

const zone = 'Europe/Amsterdam';
const at = (iso: string) => Date.parse(iso);

describe('relativeTime', () => {
  const now = at('2025-10-31T12:00:00+01:00');

  it.each([
    ['2025-11-03T00:00:00+01:00', 'en', 'in 3 days'],
    ['2025-11-03T00:00:00+01:00', 'nl', 'over 3 dagen'],
    ['2024-10-11T00:00:00+02:00', 'en', '385 days ago'],
    ['2024-10-11T00:00:00+02:00', 'nl', '385 dagen geleden'],
    ['2025-11-01T15:00:00+01:00', 'en', 'tomorrow'],
    ['2025-11-01T09:00:00+01:00', 'en', 'in 21 hours'],
    ['2025-10-31T15:00:00+01:00', 'en', 'in 3 hours'],
    ['2025-10-31T11:40:00+01:00', 'en', '20 minutes ago'],
    ['2025-10-31T10:30:00+01:00', 'en', '2 hours ago'],
    ['2025-10-31T13:30:00+01:00', 'en', 'in 2 hours'],
  ] as const)('%s in %s reads "%s"', (target, locale, words) => {
    expect(relativeTime(at(target), now, zone, locale)).toBe(words);
  });

  it('counts calendar days in the zone, so a midnight deadline reads the same all day', () => {
    const deadline = at('2025-11-03T00:00:00+01:00');
    expect(relativeTime(deadline, at('2025-10-31T00:30:00+01:00'), zone, 'en')).toBe('in 3 days');
    expect(relativeTime(deadline, at('2025-10-31T23:30:00+01:00'), zone, 'en')).toBe('in 3 days');
  });

  it('words an hour count as the tray does, half-way rounded away from now either side', async () => {
    const { formatDeadlineDistance, zoneClock } = await import(
      '../../../src/shared/reminders/index.ts'
    );
    const deadline = at('2025-10-31T12:00:00+01:00');
    for (const minutes of [61, 89, 90, 91, 149, 150, 151, 1410]) {
      for (const sign of [1, -1]) {
        const when = deadline - sign * minutes * 60_000;
        const tray = formatDeadlineDistance(deadline, when, zoneClock(zone).localDay, 'en');
        const window = relativeTime(deadline, when, zone, 'en');
        expect(window.match(/\d+/)?.[0], `${sign * minutes} min: ${tray} / ${window}`).toBe(
          tray.match(/\d+/)?.[0],
        );
      }
    }
  });
});

describe('dates', () => {
  it('formats in the snapshot’s zone and language', () => {
    const instant = at('2025-11-03T00:00:00+01:00');
    expect(formatDateTime(instant, zone, 'en')).toBe('3 November 2025 at 00:00');
    expect(formatDateTime(instant, zone, 'nl')).toBe('3 november 2025 om 00:00');
    expect(formatDateTime(instant, 'UTC', 'en')).toBe('2 November 2025 at 23:00');
    expect(dateInZone(instant, 'America/New_York')).toBe('2025-11-02');
  });

  it('formats plain dates without shifting them by a zone', () => {
    expect(formatPlainDate('2025-09-24', 'en')).toBe('24 September 2025');
    expect(formatPlainDate('2025-09-24', 'nl')).toBe('24 september 2025');
  });

  it('writes durations in the largest whole unit', () => {
    expect(formatDuration(20_160, 'en')).toBe('14 days');
    expect(formatDuration(1_440, 'nl')).toBe('1 dag');
    expect(formatDuration(120, 'en')).toBe('2 hours');
    expect(formatDuration(90, 'en')).toBe('90 minutes');
  });
});
