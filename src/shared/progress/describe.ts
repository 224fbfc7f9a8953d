import type { Checklist } from '../catalog/schema.ts';
import { SOON_MS } from '../constants.ts';
import { parseInstant } from '../reminders/instant.ts';
import { type DeadlineStanding, deadlineStanding } from '../reminders/standing.ts';
import type { Settings } from '../settings/schema.ts';
import { isComplete, isRelevant } from './rules.ts';
import type { Progress } from './schema.ts';

/** Where a checklist stands for the user: to do, done, or set aside by them. */
export type ChecklistStatus = 'open' | 'done' | 'dismissed';

/**
 * Urgency, most urgent first: overdue (missed in the last 30 days), soon
 * (≤ 3 days), upcoming, no deadline, still worth doing (missed long ago or
 * before the user had it: calm, no day count), finished.
 */
export type ChecklistUrgency =
  | 'overdue'
  | 'soon'
  | 'upcoming'
  | 'none'
  | 'worth-doing'
  | 'finished';

/** One checklist as every surface (window, tray, planner, calendar) judges it at `now`. */
export interface ChecklistDescription {
  readonly status: ChecklistStatus;
  /** False when the checklist applies outside the user's country (see `isRelevant`). */
  readonly isRelevant: boolean;
  /** The deadline (epoch ms); null when it has none. */
  readonly deadline: number | null;
  /** When the user first had the checklist (epoch ms); null when not recorded. */
  readonly firstSeen: number | null;
  readonly standing: DeadlineStanding;
  readonly urgency: ChecklistUrgency;
}

function instantOrNull(iso: string | undefined): number | null {
  if (!iso) return null;
  const value = parseInstant(iso);
  return Number.isNaN(value) ? null : value;
}

/**
 * The one reading of a checklist's state: status (dismissed beats done
 * beats open), relevance for the user's region, deadline, and its standing
 * and urgency at `now`. A finished checklist (done or dismissed) has the
 * urgency `finished` whatever its deadline.
 */
export function describeChecklist(
  checklist: Checklist,
  progress: Progress,
  settings: Pick<Settings, 'country' | 'includeOtherRegions'>,
  now: number,
): ChecklistDescription {
  const status: ChecklistStatus = progress.dismissedAt
    ? 'dismissed'
    : isComplete(checklist, progress)
      ? 'done'
      : 'open';
  const deadline = instantOrNull(checklist.deadline?.instant);
  const firstSeen = instantOrNull(progress.firstSeenAt);
  const standing = deadlineStanding(deadline, now, firstSeen ?? undefined);
  const urgency: ChecklistUrgency =
    status !== 'open'
      ? 'finished'
      : standing === 'upcoming'
        ? (deadline ?? 0) - now <= SOON_MS
          ? 'soon'
          : 'upcoming'
        : standing;
  return {
    status,
    isRelevant: isRelevant(checklist, progress, settings.country, settings.includeOtherRegions),
    deadline,
    firstSeen,
    standing,
    urgency,
  };
}

const STATUS_RANK: Record<ChecklistStatus, number> = { open: 0, done: 1, dismissed: 2 };
const URGENCY_RANK: Record<ChecklistUrgency, number> = {
  overdue: 0,
  soon: 1,
  upcoming: 2,
  none: 3,
  'worth-doing': 4,
  finished: 5,
};

/**
 * The one order of checklists: open first, then done, then dismissed; within
 * those, relevant before elsewhere-only; then by urgency — missed deadlines
 * most recently passed first, upcoming ones nearest first, undated, still
 * worth doing (most recently passed first). Ties are 0: callers break them
 * with compareOrganisations, so the tray lists them as the window does.
 */
export function compareChecklists(a: ChecklistDescription, b: ChecklistDescription): number {
  return (
    STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
    Number(b.isRelevant) - Number(a.isRelevant) ||
    URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency] ||
    (a.urgency === 'overdue' || a.urgency === 'worth-doing'
      ? (b.deadline ?? 0) - (a.deadline ?? 0)
      : (a.deadline ?? Number.POSITIVE_INFINITY) - (b.deadline ?? Number.POSITIVE_INFINITY))
  );
}

/**
 * The tie-break of the one order, for the window and the tray alike: by
 * organisation, lower-cased, in code point order ("Google Search",
 * "Grammarly", "Meta", "OpenAI", "WhatsApp", "X"). Not `localeCompare`: the
 * tray is drawn before any ICU data loads (its first collator costs ≈6 ms).
 * Equal organisations keep their catalog order (the sorts are stable).
 */
export function compareOrganisations(a: string, b: string): number {
  const left = a.toLowerCase();
  const right = b.toLowerCase();
  return left < right ? -1 : left > right ? 1 : 0;
}
