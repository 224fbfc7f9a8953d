import type { Settings } from './schema.ts';

/**
 * When a pause of all reminders ends: `Infinity` while paused until the
 * user resumes, an instant for a pause with an end (`{ until }`, which the
 * app reads but never writes itself), null when not paused. An unreadable
 * end counts as not paused.
 */
export function pausedUntil(settings: Pick<Settings, 'paused'>): number | null {
  const { paused } = settings;
  if (paused === false) return null;
  if (paused === true) return Number.POSITIVE_INFINITY;
  const until = Date.parse(paused.until);
  return Number.isNaN(until) ? null : until;
}

/** True while reminders are paused at `now`: the one reading of `settings.paused`. */
export function isPausedAt(settings: Pick<Settings, 'paused'>, now: number): boolean {
  const until = pausedUntil(settings);
  return until !== null && until > now;
}
