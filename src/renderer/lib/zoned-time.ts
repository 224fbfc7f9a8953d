import { dateInZone, timeInZone } from './intl.ts';

const DAY_MS = 86_400_000;

/** The offset of `zone` from UTC at the instant `ms`, in minutes (east positive). */
function offsetMinutes(ms: number, zone: string): number {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(ms)
      .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

function pad(value: number, length = 2): string {
  return String(Math.abs(value)).padStart(length, '0');
}

/**
 * The ISO 8601 instant, with `zone`'s real offset, of a wall-clock date and
 * time in `zone` (e.g. `2026-03-01` `09:00` in Europe/Amsterdam →
 * `2026-03-01T09:00:00+01:00`). The offset comes from the platform's time-zone
 * data through Intl. Like Temporal's `compatible` choice: a time that does
 * not exist (skipped when summer time starts) moves forward by the gap, and a
 * time that happens twice (when it ends) is the first of the two.
 */
export function wallTimeToInstant(date: string, time: string, zone: string): string {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  const asIfUtc = Date.UTC(year, month - 1, day, hour, minute);
  // The zone's offsets a day either side cover any transition near this time.
  const before = offsetMinutes(asIfUtc - DAY_MS, zone);
  const after = offsetMinutes(asIfUtc + DAY_MS, zone);
  const matches = [before, after]
    .map((offset) => asIfUtc - offset * 60_000)
    .filter((candidate) => offsetMinutes(candidate, zone) * 60_000 === asIfUtc - candidate);
  const instant = matches.length > 0 ? Math.min(...matches) : asIfUtc - before * 60_000;
  const offset = offsetMinutes(instant, zone);
  const wall = new Date(instant + offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  return (
    `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}` +
    `T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:00` +
    `${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
  );
}

/** The wall-clock date and time in `zone` of an ISO instant, for editing. */
export function instantToWallTime(instant: string, zone: string): { date: string; time: string } {
  const ms = Date.parse(instant);
  return { date: dateInZone(ms, zone), time: timeInZone(ms, zone) };
}
