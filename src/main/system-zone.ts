import { type UsableZone, usableZone } from '../shared/reminders/system-zone.ts';

let last: { reported: string | undefined; result: UsableZone } | null = null;

/**
 * The OS zone as the app can use it, read each time (the user may change it
 * while the app runs); the check is redone only when the reported zone changes.
 */
export function systemZone(): UsableZone {
  // undefined when TZ names no zone ICU knows, although the type says string.
  const reported = Intl.DateTimeFormat().resolvedOptions().timeZone as string | undefined;
  if (last?.reported !== reported || last === null)
    last = { reported, result: usableZone(reported) };
  return last.result;
}
