import type { Checklist } from '../catalog/schema.ts';
import type { Progress } from '../progress/schema.ts';
import type { Settings } from '../settings/schema.ts';

/**
 * What a reminder is about, in the order a checklist goes through them
 * (a later one wins when several came due at once). `announce` presents a
 * new checklist from the feed; `worth-doing` is the gentle monthly reminder
 * of a deadline that passed long ago or before the user had the checklist.
 */
export const REMINDER_KINDS = [
  'recheck',
  'lead',
  'announce',
  'deadline',
  'overdue',
  'worth-doing',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** A nudge the planner scheduled. All instants are epoch milliseconds. */
export interface PlannedReminder {
  /** Stable across runs, e.g. `linkedin-ai-training:lead:10080:2025-11-02T23:00:00.000Z`. */
  readonly key: string;
  readonly checklistId: string;
  readonly kind: ReminderKind;
  /** When to deliver it: after quiet hours, snooze, pause and catching up with `now`. */
  readonly instant: number;
  /** When the rule itself puts it (e.g. deadline minus lead time), before any moving. */
  readonly occurrence: number;
  /** Within one checklist, higher wins: worth-doing > overdue > deadline > lead (shorter first) > recheck. */
  readonly urgency: number;
  /** Lead reminders: minutes before the deadline. */
  readonly leadMinutes?: number;
  /** Overdue reminders: how many cadence periods after the deadline (1, 2); worth-doing: which month (1, 2, …). */
  readonly overdueCount?: number;
  /** The checklist's deadline, if it has one. */
  readonly deadline?: number;
  /** Delivered inside quiet hours because moving it past them would pass the deadline. */
  readonly forcedByDeadline?: boolean;
}

/** One delivered (or seen) reminder, as kept in the store. */
export interface FiredEntry {
  readonly key: string;
  readonly checklistId: string;
  /** The reminder's `occurrence`: everything of this checklist up to here counts as handled. */
  readonly occurrence: number;
  readonly firedAt: number;
}

export type FiredLog = readonly FiredEntry[];

/** Everything the planner needs; the same inputs give the same answer. */
export interface PlannerInput {
  readonly checklists: readonly Checklist[];
  /** Progress by checklist id; a missing entry means untouched. */
  readonly progress: Readonly<Record<string, Progress | undefined>>;
  readonly settings: Settings;
  readonly firedLog: FiredLog;
  /** Epoch milliseconds. */
  readonly now: number;
  /** The user's IANA time zone, e.g. `Europe/Amsterdam`. */
  readonly zone: string;
  /**
   * New checklists a feed brought, to announce once ("New: …") while their
   * deadline is ahead; `since` is when they arrived (epoch ms).
   */
  readonly announcements?: ReadonlyMap<string, number>;
}

export interface ReminderPlan {
  /** Sorted by `instant`, then by urgency (most urgent first), then checklist input order. */
  readonly reminders: readonly PlannedReminder[];
  /** Earliest `instant` after `now`, or `null` when nothing is planned later. */
  readonly nextWakeAt: number | null;
}
