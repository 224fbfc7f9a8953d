import { DAY_MS } from '../constants.ts';

/** A deadline this long past no longer reads as overdue but as "still worth doing". */
export const WORTH_DOING_AFTER_MS = 30 * DAY_MS;

/**
 * Where a checklist's deadline stands for the user now:
 * - `none`: no deadline;
 * - `upcoming`: still ahead;
 * - `overdue`: passed recently (at most 30 days ago) while the user had the checklist;
 * - `worth-doing`: passed more than 30 days ago, or before the user first had
 *   the checklist — no overdue wording, no day count, a calm style.
 */
export type DeadlineStanding = 'none' | 'upcoming' | 'overdue' | 'worth-doing';

/**
 * The standing of a deadline (epoch ms, or null/undefined for none) at `now`.
 * `firstSeen` is when the user first had the checklist; undefined means
 * "as long as the deadline is known", i.e. before it.
 */
export function deadlineStanding(
  deadline: number | null | undefined,
  now: number,
  firstSeen: number | undefined,
): DeadlineStanding {
  if (deadline === null || deadline === undefined || Number.isNaN(deadline)) return 'none';
  if (deadline > now) return 'upcoming';
  if (now - deadline > WORTH_DOING_AFTER_MS) return 'worth-doing';
  return firstSeen !== undefined && firstSeen > deadline ? 'worth-doing' : 'overdue';
}
