import type { Checklist } from '../catalog/schema.ts';
import { isComplete, isRelevant } from '../progress/rules.ts';
import { EMPTY_PROGRESS, type Progress } from '../progress/schema.ts';
import type { Settings } from '../settings/schema.ts';
import { adjustForQuietHours, type QuietWindow, quietWindow } from './quiet-hours.ts';
import type {
  FiredLog,
  PlannedReminder,
  PlannerInput,
  ReminderKind,
  ReminderPlan,
} from './types.ts';
import { MINUTE_MS, parseInstant, type ZoneClock, zoneClock } from './zone-clock.ts';

const KIND_RANK: Record<ReminderKind, number> = { recheck: 1, lead: 2, deadline: 3, overdue: 4 };
const RANK_SCALE = 1_000_000;

/** Orders reminders: overdue (later count first) > deadline > lead (shorter first) > recheck. */
function urgencyOf(kind: ReminderKind, leadMinutes = 0, overdueCount = 0): number {
  const within =
    kind === 'lead'
      ? RANK_SCALE - 1 - Math.min(leadMinutes, RANK_SCALE - 2)
      : Math.min(overdueCount, RANK_SCALE - 1);
  return KIND_RANK[kind] * RANK_SCALE + within;
}

interface FiredIndex {
  readonly keys: ReadonlySet<string>;
  /** Per checklist, the latest occurrence already delivered: nothing at or before it fires again. */
  readonly watermark: ReadonlyMap<string, number>;
  /** Per checklist, when something was last delivered: overdue reminders keep their cadence from it. */
  readonly lastFiredAt: ReadonlyMap<string, number>;
}

function indexFiredLog(log: FiredLog): FiredIndex {
  const keys = new Set<string>();
  const watermark = new Map<string, number>();
  const lastFiredAt = new Map<string, number>();
  for (const entry of log) {
    const fired = lastFiredAt.get(entry.checklistId);
    if (fired === undefined || entry.firedAt > fired)
      lastFiredAt.set(entry.checklistId, entry.firedAt);
    keys.add(entry.key);
    const previous = watermark.get(entry.checklistId);
    if (previous === undefined || entry.occurrence > previous)
      watermark.set(entry.checklistId, entry.occurrence);
  }
  return { keys, watermark, lastFiredAt };
}

/** A time from the settings or progress; absent or unparsable means "no constraint". */
function instantOr(iso: string | null | undefined, fallback: number): number {
  if (!iso) return fallback;
  const value = parseInstant(iso);
  return Number.isNaN(value) ? fallback : value;
}

type Candidate = Omit<PlannedReminder, 'instant' | 'forcedByDeadline'>;

interface Context {
  readonly clock: ZoneClock;
  readonly window: QuietWindow | null;
  readonly settings: Settings;
  readonly leads: readonly number[];
  readonly fired: FiredIndex;
}

/** Reminders for a checklist with an open deadline: lead times, the deadline, the overdue cadence. */
function deadlineCandidates(
  ctx: Context,
  id: string,
  deadline: number,
  start: number,
): Candidate[] {
  const stamp = new Date(deadline).toISOString();
  const out: Candidate[] = [];
  for (const leadMinutes of ctx.leads) {
    // Whole days keep the local clock time across DST; other lead times are exact durations.
    const occurrence =
      leadMinutes % 1440 === 0
        ? ctx.clock.addDays(deadline, -leadMinutes / 1440)
        : deadline - leadMinutes * MINUTE_MS;
    const key = `${id}:lead:${leadMinutes}:${stamp}`;
    out.push({
      key,
      checklistId: id,
      kind: 'lead',
      occurrence,
      urgency: urgencyOf('lead', leadMinutes),
      leadMinutes,
      deadline,
    });
  }
  out.push({
    key: `${id}:deadline:${stamp}`,
    checklistId: id,
    kind: 'deadline',
    occurrence: deadline,
    urgency: urgencyOf('deadline'),
    deadline,
  });
  const every = ctx.settings.overdueEveryDays;
  if (every !== null) {
    // Only the latest occurrence due by `start` and the one after it: O(1) per checklist.
    const at = (count: number) => ctx.clock.addDays(deadline, count * every);
    const countAtOrBefore = (t: number): number => {
      let count = Math.max(0, Math.floor((t - deadline) / (every * 86_400_000)));
      while (count > 0 && at(count) > t) count -= 1;
      while (at(count + 1) <= t) count += 1;
      return count;
    };
    const count = countAtOrBefore(start);
    // Keep the cadence from the last delivery too (a catch-up must not be followed by another
    // the next day); one day of slack absorbs moves out of quiet hours.
    const lastFired = ctx.fired.lastFiredAt.get(id);
    const earliest = lastFired === undefined ? deadline : ctx.clock.addDays(lastFired, every - 1);
    const next = Math.max(count, countAtOrBefore(earliest - 1)) + 1;
    const counts = count > 0 && at(count) >= earliest ? [count, next] : [next];
    for (const overdueCount of counts) {
      const key = `${id}:overdue:${overdueCount}:${stamp}`;
      out.push({
        key,
        checklistId: id,
        kind: 'overdue',
        occurrence: at(overdueCount),
        urgency: urgencyOf('overdue', 0, overdueCount),
        overdueCount,
        deadline,
      });
    }
  }
  return out;
}

function recheckCandidate(ctx: Context, id: string, progress: Progress): Candidate | null {
  const days = ctx.settings.recheckAfterDays;
  if (days === null || !progress.completedAt) return null;
  const base = Math.max(instantOr(progress.completedAt, 0), instantOr(progress.recheckedAt, 0));
  const key = `${id}:recheck:${new Date(base).toISOString()}`;
  return {
    key,
    checklistId: id,
    kind: 'recheck',
    occurrence: ctx.clock.addDays(base, days),
    urgency: urgencyOf('recheck'),
  };
}

function planChecklist(
  ctx: Context,
  checklist: Checklist,
  progress: Progress,
  blockedUntil: number,
  now: number,
  out: PlannedReminder[],
): void {
  if (progress.dismissedAt) return;
  if (!isRelevant(checklist, progress, ctx.settings.country, ctx.settings.includeOtherRegions))
    return;
  // Nothing is delivered before `start`; what came due by then collapses into one reminder.
  const start = Math.max(now, blockedUntil, instantOr(progress.snoozedUntil, now));
  const deadline = checklist.deadline ? parseInstant(checklist.deadline.instant) : undefined;
  let candidates: Candidate[];
  if (isComplete(checklist, progress)) {
    const recheck = recheckCandidate(ctx, checklist.id, progress);
    candidates = recheck ? [recheck] : [];
  } else if (deadline !== undefined && !Number.isNaN(deadline)) {
    candidates = deadlineCandidates(ctx, checklist.id, deadline, start);
  } else {
    return;
  }
  const watermark = ctx.fired.watermark.get(checklist.id) ?? Number.NEGATIVE_INFINITY;
  let pending: Candidate | undefined;
  for (const candidate of candidates) {
    if (candidate.occurrence <= watermark || ctx.fired.keys.has(candidate.key)) continue;
    if (candidate.occurrence <= start) {
      if (!pending || candidate.urgency > pending.urgency) pending = candidate;
      continue;
    }
    const moved = adjustForQuietHours(ctx.clock, ctx.window, candidate.occurrence, deadline, start);
    out.push({ ...candidate, instant: moved.instant, forcedByDeadline: moved.forcedByDeadline });
  }
  if (pending) {
    const moved = adjustForQuietHours(ctx.clock, ctx.window, start, deadline, start);
    out.push({ ...pending, instant: moved.instant, forcedByDeadline: moved.forcedByDeadline });
  }
}

/** Sort order of a plan: by instant, then most urgent first, then by key. */
export function compareReminders(a: PlannedReminder, b: PlannedReminder): number {
  return (
    a.instant - b.instant || b.urgency - a.urgency || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

/**
 * Plans every reminder for the given state (design.md "Reminder rules").
 *
 * Pure: the same input gives the same plan. Reminders that came due while the
 * app slept are included once per checklist (the most urgent), delivered at
 * `now` or — in quiet hours — when they end. Each checklist contributes at
 * most a handful of reminders (lead times, deadline, the next overdue or
 * re-check), so the cost is linear in the number of checklists.
 */
export function planReminders(input: PlannerInput): ReminderPlan {
  const { settings, now } = input;
  if (settings.paused === true) return { reminders: [], nextWakeAt: null };
  const ctx: Context = {
    clock: zoneClock(input.zone),
    window: quietWindow(settings.quietHours),
    settings,
    leads: [...new Set(settings.leadTimesMinutes)].sort((a, b) => b - a),
    fired: indexFiredLog(input.firedLog),
  };
  const pausedUntil = settings.paused === false ? now : instantOr(settings.paused.until, now);
  const blockedUntil = Math.max(pausedUntil, instantOr(settings.snoozeAllUntil, now));
  const reminders: PlannedReminder[] = [];
  for (const checklist of input.checklists) {
    planChecklist(
      ctx,
      checklist,
      input.progress[checklist.id] ?? EMPTY_PROGRESS,
      blockedUntil,
      now,
      reminders,
    );
  }
  reminders.sort(compareReminders);
  const next = reminders.find((reminder) => reminder.instant > now);
  return { reminders, nextWakeAt: next ? next.instant : null };
}
