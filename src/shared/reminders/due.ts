import { planReminders } from './planner.ts';
import type { FiredEntry, FiredLog, PlannedReminder, PlannerInput } from './types.ts';

/** Several checklists came due at once: one notification names the most urgent and counts the rest. */
export interface Digest {
  readonly primary: PlannedReminder;
  /** The rest, one per checklist, in digest order: what "2 more need attention" counts. */
  readonly others: readonly PlannedReminder[];
}

export interface DueResult {
  /** At most one per checklist, the one to lead a digest first (see `digestOrder`). */
  readonly reminders: readonly PlannedReminder[];
  /** Set when more than one checklist is due; notify with this instead of a burst. */
  readonly digest: Digest | null;
  /** Append these to the fired log (see {@link recordFired}) once delivered or shown. */
  readonly fired: readonly FiredEntry[];
  /** When to look again. */
  readonly nextWakeAt: number | null;
}

/**
 * When anything is next due: `now` when something is due already, else the
 * plan's next instant (null: nothing planned). Pure: unlike delivering, it
 * records nothing, so it can be asked after every change.
 */
export function nextWakeUp(input: PlannerInput): number | null {
  const plan = planReminders(input);
  const [first] = plan.reminders;
  return first !== undefined && first.instant <= input.now ? input.now : plan.nextWakeAt;
}

function moreUrgentFirst(a: PlannedReminder, b: PlannedReminder): number {
  return (
    b.urgency - a.urgency ||
    (a.deadline ?? Number.POSITIVE_INFINITY) - (b.deadline ?? Number.POSITIVE_INFINITY) ||
    (a.checklistId < b.checklistId ? -1 : a.checklistId > b.checklistId ? 1 : 0)
  );
}

/**
 * Which checklist leads a digest: a deadline that can still be met (lead
 * reminders and announcements of new ones, nearest deadline first), then
 * one just reached or recently missed, then a re-check, then the gentle "still worth doing" ones — never
 * a long-missed deadline ahead of one that is days away.
 */
const DIGEST_RANK: Record<PlannedReminder['kind'], number> = {
  lead: 0,
  announce: 0,
  deadline: 1,
  overdue: 2,
  recheck: 3,
  'worth-doing': 4,
};

/**
 * A deadline reminder delivered before its deadline (quiet hours moved it to
 * the evening before) is about a deadline that can still be met: it ranks
 * with the lead reminders, by its deadline.
 */
function digestRank(reminder: PlannedReminder): number {
  const { deadline } = reminder;
  if (reminder.kind === 'deadline' && deadline != null && reminder.instant < deadline) return 0;
  return DIGEST_RANK[reminder.kind];
}

function digestOrder(a: PlannedReminder, b: PlannedReminder): number {
  const byRank = digestRank(a) - digestRank(b);
  if (byRank !== 0) return byRank;
  if (digestRank(a) === 0) return (a.deadline ?? 0) - (b.deadline ?? 0) || moreUrgentFirst(a, b);
  return moreUrgentFirst(a, b);
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
  const reminders = [...byChecklist.values()].sort(digestOrder);
  const [primary, ...others] = reminders;
  const digest = primary && others.length > 0 ? { primary, others } : null;
  return { reminders, digest, fired, nextWakeAt: plan.nextWakeAt };
}

/** Entries kept per checklist and kind of entry, latest occurrence first (see {@link recordFired}). */
const KEPT_PER_CHECKLIST = 2;

function latestTwo(entries: FiredEntry[]): FiredEntry[] {
  // Latest occurrence first; of equal ones the later recorded wins.
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => b.entry.occurrence - a.entry.occurrence || b.index - a.index)
    .slice(0, KEPT_PER_CHECKLIST)
    .map(({ entry }) => entry);
}

/**
 * Appends delivered reminders to the log and keeps it small. Per checklist
 * the planner needs the entry with the latest occurrence (its watermark);
 * the one before it is kept too, so that after the clock goes back past the
 * latest delivery, what came before it still does not repeat. Entries fired
 * after `now` were recorded while the clock ran ahead: the latest two are
 * kept for their keys (those exact reminders do not repeat) until the clock
 * passes them, but they never hide anything else (see the planner).
 */
export function recordFired(
  log: FiredLog,
  fired: readonly FiredEntry[],
  now: number,
): FiredEntry[] {
  if (fired.length === 0) return [...log];
  const byChecklist = new Map<string, { trusted: FiredEntry[]; ahead: FiredEntry[] }>();
  for (const entry of [...log, ...fired]) {
    let group = byChecklist.get(entry.checklistId);
    if (!group) {
      group = { trusted: [], ahead: [] };
      byChecklist.set(entry.checklistId, group);
    }
    (entry.firedAt <= now ? group.trusted : group.ahead).push(entry);
  }
  const kept: FiredEntry[] = [];
  for (const { trusted, ahead } of byChecklist.values())
    kept.push(...latestTwo(trusted), ...latestTwo(ahead));
  return kept;
}
