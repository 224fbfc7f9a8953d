import type { Checklist } from '../catalog/schema.ts';
import { describeChecklist } from '../progress/describe.ts';
import { EMPTY_PROGRESS, type Progress } from '../progress/schema.ts';
import type { Settings } from '../settings/schema.ts';
import { leadReminderAt } from './lead-time.ts';
import { adjustForQuietHours, quietWindow } from './quiet-hours.ts';
import { type ZoneClock, zoneClock } from './zone-clock.ts';

/** What a snooze may be capped by: the checklists, the user's progress and settings, the clock. */
export interface SnoozeCapInput {
  readonly checklists: readonly Checklist[];
  /** Progress by checklist id; a missing entry means untouched. */
  readonly progress: Readonly<Record<string, Progress | undefined>>;
  readonly settings: Pick<
    Settings,
    'country' | 'includeOtherRegions' | 'leadTimesMinutes' | 'quietHours'
  >;
  /** Epoch milliseconds. */
  readonly now: number;
  /** The user's IANA time zone, e.g. `Europe/Amsterdam`. */
  readonly zone: string;
}

/** A snooze end after capping, and whether the cap shortened the one chosen. */
export interface CappedSnooze {
  /** Epoch ms; null when the snooze was ended ("off"). */
  readonly until: number | null;
  readonly isShortened: boolean;
}

/**
 * The latest a snooze may end so it hides none of this checklist's deadline:
 * when its last lead reminder comes (the deadline minus the shortest lead
 * time, the deadline itself when no lead time is set; moved out of quiet
 * hours as the planner moves it), or — once that has passed — the deadline. Null when nothing is in the way: no deadline, a deadline already
 * passed, or a checklist the planner gives no lead reminders (done,
 * dismissed, outside the user's region, or first had after its deadline).
 */
export function latestSnoozeEnd(
  checklist: Checklist,
  progress: Progress,
  input: Omit<SnoozeCapInput, 'checklists' | 'progress' | 'zone'> & { clock: ZoneClock },
): number | null {
  const { settings, now, clock } = input;
  const described = describeChecklist(checklist, progress, settings, now);
  const { deadline, firstSeen } = described;
  if (described.status !== 'open' || !described.isRelevant) return null;
  if (deadline === null || deadline <= now) return null;
  if (firstSeen !== null && firstSeen > deadline) return null;
  const shortest = settings.leadTimesMinutes.length ? Math.min(...settings.leadTimesMinutes) : 0;
  const lastLead = leadReminderAt(clock, deadline, shortest);
  if (lastLead <= now) return deadline;
  // Quiet hours move that reminder as the planner does: to their end, or to just before they
  // start when their end would pass the deadline (then a snooze to the lead time itself would
  // bring it inside quiet hours instead of the evening before).
  const delivered = adjustForQuietHours(
    clock,
    quietWindow(settings.quietHours),
    lastLead,
    deadline,
    now,
  ).instant;
  return delivered > now ? delivered : deadline;
}

/**
 * Caps a chosen snooze end so it never runs past a deadline it would hide
 * (design.md "Reminder rules"): it ends at the earliest `latestSnoozeEnd` of
 * the given checklists when that comes before the chosen end. Pass one
 * checklist for a per-checklist snooze, all of them for "Snooze all".
 * Ending a snooze (`null`) is never changed.
 */
export function capSnoozeEnd(chosen: number | null, input: SnoozeCapInput): CappedSnooze {
  if (chosen === null) return { until: null, isShortened: false };
  const clock = zoneClock(input.zone);
  let until = chosen;
  for (const checklist of input.checklists) {
    const progress = input.progress[checklist.id] ?? EMPTY_PROGRESS;
    const latest = latestSnoozeEnd(checklist, progress, { ...input, clock });
    if (latest !== null && latest < until) until = latest;
  }
  return { until, isShortened: until < chosen };
}
