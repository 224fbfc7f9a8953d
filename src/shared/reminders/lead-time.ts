import { MINUTE_MS, type ZoneClock } from './zone-clock.ts';

/**
 * When the lead reminder `leadMinutes` before `deadline` comes: whole days
 * keep the local clock time across DST; other lead times are exact durations.
 */
export function leadReminderAt(clock: ZoneClock, deadline: number, leadMinutes: number): number {
  return leadMinutes % 1440 === 0
    ? clock.addDays(deadline, -leadMinutes / 1440)
    : deadline - leadMinutes * MINUTE_MS;
}
