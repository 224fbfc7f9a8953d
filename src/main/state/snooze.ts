import { Temporal } from 'temporal-polyfill';
import { HOUR_MS, type SnoozePreset } from '../../shared/constants.ts';

/** The instant a snooze choice ends, in the user's zone; null for 'off'. */
export function snoozeUntil(preset: SnoozePreset, now: number, zone: string): number | null {
  switch (preset) {
    case '1h':
      return now + HOUR_MS;
    case '1w':
      return Temporal.Instant.fromEpochMilliseconds(now)
        .toZonedDateTimeISO(zone)
        .add({ days: 7 })
        .toInstant().epochMilliseconds;
    case 'tomorrow-9':
      return Temporal.Instant.fromEpochMilliseconds(now)
        .toZonedDateTimeISO(zone)
        .toPlainDate()
        .add({ days: 1 })
        .toZonedDateTime({ timeZone: zone, plainTime: Temporal.PlainTime.from('09:00') })
        .toInstant().epochMilliseconds;
    case 'off':
      return null;
  }
}
