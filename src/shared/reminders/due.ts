import { planReminders } from './planner.ts';
import type { FiredEntry, FiredLog, PlannedReminder, PlannerInput } from './types.ts';

/** Several checklists came due at once: one notification names the most urgent and counts the rest. */
export interface Digest {
  readonly primary: PlannedReminder;
  readonly othersCount: number;
}

export interface DueResult {
  /** At most one per checklist, most urgent first. */
  readonly reminders: readonly PlannedReminder[];
  /** Set when more than one checklist is due; notify with this instead of a burst. */
  readonly digest: Digest | null;
  /** Append these to the fired log (see {@link recordFired}) once delivered or shown. */
  readonly fired: readonly FiredEntry[];
  /** When to look again. */
  readonly nextWakeAt: number | null;
}

function moreUrgentFirst(a: PlannedReminder, b: PlannedReminder): number {
  return (
    b.urgency - a.urgency ||
    (a.deadline ?? Number.POSITIVE_INFINITY) - (b.deadline ?? Number.POSITIVE_INFINITY) ||
    (a.checklistId < b.checklistId ? -1 : a.checklistId > b.checklistId ? 1 : 0)
  );
}

/**
 * What to deliver now: planned reminders with `instant <= now`, none already
 * in the fired log, collapsed to the most urgent per checklist, plus a digest
 * when several checklists are due. The collapsed-away reminders are in
 * `fired` too, so they never surface later — also after a clock jump back.
 */
export function dueNow(input: PlannerInput): DueResult {
  const plan = planReminders(input);
  const byChecklist = new Map<string, PlannedReminder>();
  const fired: FiredEntry[] = [];
  for (const reminder of plan.reminders) {
    if (reminder.instant > input.now) break;
    fired.push({
      key: reminder.key,
      checklistId: reminder.checklistId,
      occurrence: reminder.occurrence,
      firedAt: input.now,
    });
    const current = byChecklist.get(reminder.checklistId);
    if (!current || moreUrgentFirst(reminder, current) < 0)
      byChecklist.set(reminder.checklistId, reminder);
  }
  const reminders = [...byChecklist.values()].sort(moreUrgentFirst);
  const [primary] = reminders;
  const digest =
    primary && reminders.length > 1 ? { primary, othersCount: reminders.length - 1 } : null;
  return { reminders, digest, fired, nextWakeAt: plan.nextWakeAt };
}

/**
 * Appends delivered reminders to the log and keeps it small: per checklist
 * only the entry with the latest occurrence matters to the planner (its
 * watermark), so older entries of that checklist are dropped.
 */
export function recordFired(log: FiredLog, fired: readonly FiredEntry[]): FiredEntry[] {
  const latest = new Map<string, FiredEntry>();
  for (const entry of [...log, ...fired]) {
    const current = latest.get(entry.checklistId);
    if (!current || entry.occurrence >= current.occurrence) latest.set(entry.checklistId, entry);
  }
  return [...latest.values()];
}
