/*
 * The planner as it was before the planning of 10,000 checklists was made
 * faster (issue 15), kept unchanged as an oracle: planner-oracle.property.test.ts
 * checks that the fast planner gives exactly this plan. Test code only.
 */
import type { Checklist } from '../../../../src/shared/catalog/schema.ts';
import { describeChecklist } from '../../../../src/shared/progress/describe.ts';
import { EMPTY_PROGRESS, type Progress } from '../../../../src/shared/progress/schema.ts';
import {
  adjustForQuietHours,
  type QuietWindow,
  quietWindow,
} from '../../../../src/shared/reminders/quiet-hours.ts';
import { WORTH_DOING_AFTER_MS } from '../../../../src/shared/reminders/standing.ts';
import type {
  FiredLog,
  PlannedReminder,
  PlannerInput,
  ReminderKind,
  ReminderPlan,
} from '../../../../src/shared/reminders/types.ts';
import {
  formatInstant,
  MINUTE_MS,
  parseInstant,
  type ZoneClock,
  zoneClock,
} from '../../../../src/shared/reminders/zone-clock.ts';
import { pausedUntil } from '../../../../src/shared/settings/paused.ts';
import type { Settings } from '../../../../src/shared/settings/schema.ts';

const KIND_RANK: Record<ReminderKind, number> = {
  recheck: 1,
  lead: 2,
  announce: 3,
  deadline: 4,
  overdue: 5,
  'worth-doing': 6,
};
const RANK_SCALE = 1_000_000;

/**
 * Within one checklist: worth-doing > overdue (later count first) > deadline
 * > announce > lead (shorter first) > recheck.
 */
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
  /** Per checklist, when something was last delivered: reminders after the deadline keep their spacing from it. */
  readonly lastFiredAt: ReadonlyMap<string, number>;
}

/**
 * An entry fired after `now` was recorded while the clock ran ahead (an RTC
 * reset, a VM snapshot): it stops its own reminder from repeating, but it
 * neither moves the watermark nor the overdue cadence — a wrong clock may
 * cause an odd notification, never silence.
 */
function indexFiredLog(log: FiredLog, now: number): FiredIndex {
  const keys = new Set<string>();
  const watermark = new Map<string, number>();
  const lastFiredAt = new Map<string, number>();
  for (const entry of log) {
    keys.add(entry.key);
    if (entry.firedAt > now) continue;
    const fired = lastFiredAt.get(entry.checklistId);
    if (fired === undefined || entry.firedAt > fired)
      lastFiredAt.set(entry.checklistId, entry.firedAt);
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

interface Context {
  readonly clock: ZoneClock;
  readonly window: QuietWindow | null;
  readonly settings: Settings;
  /** Lead times in minutes, longest first. */
  readonly leads: readonly number[];
  readonly fired: FiredIndex;
  readonly announcements: ReadonlyMap<string, number> | undefined;
  /** "Snooze all" until then; minus infinity when not set. */
  readonly snoozeAllUntil: number;
  readonly out: PlannedReminder[];
}

/**
 * Collects one checklist's reminders. Offers arrive with their occurrence;
 * those already handled (at or before the watermark, or fired) are dropped,
 * those due by `start` collapse into the single most urgent one, the rest are
 * moved out of quiet hours and kept. Keys are built only for what is kept,
 * which keeps planning 10,000 checklists cheap.
 *
 * A snooze that has not returned yet (`snoozeEnd` after the watermark) brings
 * the checklist back at its end: whatever had come due by then — delivered
 * before or not — is offered again as one reminder whose occurrence is the
 * snooze end, so it returns once.
 */
class ChecklistPlan {
  readonly #ctx: Context;
  readonly #id: string;
  readonly #start: number;
  readonly #deadline: number | undefined;
  readonly #watermark: number;
  readonly #snoozeEnd: number;
  #pending: PlannedReminder | undefined;
  #stamp: string | undefined;

  constructor(
    ctx: Context,
    id: string,
    times: { start: number; deadline: number | undefined; watermark: number; snoozeEnd: number },
  ) {
    this.#ctx = ctx;
    this.#id = id;
    this.#start = times.start;
    this.#deadline = times.deadline;
    this.#watermark = times.watermark;
    this.#snoozeEnd = times.snoozeEnd > times.watermark ? times.snoozeEnd : Number.NaN;
  }

  offer(kind: ReminderKind, ruleOccurrence: number, param: number, stampOf: number): void {
    const isReturn = ruleOccurrence <= this.#snoozeEnd;
    if (!isReturn && ruleOccurrence <= this.#watermark) return;
    const occurrence = isReturn ? this.#snoozeEnd : ruleOccurrence;
    const urgency = urgencyOf(kind, param, param);
    const isPending = occurrence <= this.#start;
    if (isPending && this.#pending && this.#pending.urgency >= urgency) return;
    this.#stamp ??= formatInstant(stampOf);
    const hasParam = kind === 'lead' || kind === 'overdue' || kind === 'worth-doing';
    const detail = hasParam ? `${param}:` : '';
    const snoozed = isReturn ? `:snoozed:${formatInstant(occurrence)}` : '';
    const key = `${this.#id}:${kind}:${detail}${this.#stamp}${snoozed}`;
    const fired = this.#ctx.fired.keys;
    if (fired.size > 0 && fired.has(key)) return;
    const at = isPending ? this.#start : occurrence;
    const moved = adjustForQuietHours(
      this.#ctx.clock,
      this.#ctx.window,
      at,
      this.#deadline,
      this.#start,
    );
    // One literal with every field, so all reminders share one object shape. An announcement
    // counts as happening when it is delivered: lead times that passed before it are covered.
    const reminder: PlannedReminder = {
      key,
      checklistId: this.#id,
      kind,
      instant: moved.instant,
      occurrence: kind === 'announce' ? Math.max(occurrence, moved.instant) : occurrence,
      urgency,
      leadMinutes: kind === 'lead' ? param : undefined,
      overdueCount: kind === 'overdue' || kind === 'worth-doing' ? param : undefined,
      deadline: this.#deadline,
      forcedByDeadline: moved.forcedByDeadline,
    };
    if (isPending) this.#pending = reminder;
    else this.#ctx.out.push(reminder);
  }

  finish(): void {
    if (this.#pending) this.#ctx.out.push(this.#pending);
  }
}

/** Gentle reminders of a deadline still worth doing come at most once a month. */
const MONTH_DAYS = 30;
/** Overdue reminders after a missed deadline: N and 2·N days after it, then the gentle ones. */
const OVERDUE_COUNT = 2;

/**
 * After the deadline, a cadence that slows and ends: overdue reminders N and
 * 2·N days after it (never later than 30 days, when the deadline becomes
 * "still worth doing"), then one gentle reminder a month, a few in all. A
 * checklist the user first had after its deadline gets only the gentle ones,
 * a month apart from when they got it. Nothing comes sooner after the
 * previous delivery than its spacing (a catch-up is not followed by another
 * the next day).
 */
function offerAfterDeadline(
  ctx: Context,
  plan: ChecklistPlan,
  id: string,
  deadline: number,
  firstSeen: number | undefined,
): void {
  const { overdueEveryDays: every, stillWorthDoingReminders: gentle } = ctx.settings;
  const lastFired = ctx.fired.lastFiredAt.get(id);
  const isSpaced = (occurrence: number, days: number) =>
    lastFired === undefined || occurrence >= ctx.clock.addDays(lastFired, days);
  let base = firstSeen !== undefined && firstSeen > deadline ? firstSeen : deadline;
  if (base === deadline) {
    if (every === null) return;
    for (let count = 1; count <= OVERDUE_COUNT; count++) {
      const occurrence = ctx.clock.addDays(deadline, count * every);
      if (occurrence - deadline > WORTH_DOING_AFTER_MS) break;
      base = occurrence;
      if (isSpaced(occurrence, every - 1)) plan.offer('overdue', occurrence, count, deadline);
    }
  }
  for (let month = 1; month <= gentle; month++) {
    const occurrence = ctx.clock.addDays(base, month * MONTH_DAYS);
    if (isSpaced(occurrence, MONTH_DAYS - 1))
      plan.offer('worth-doing', occurrence, month, deadline);
  }
}

/** Lead times, the deadline and what follows it — offered most urgent first. */
function offerDeadlineReminders(
  ctx: Context,
  plan: ChecklistPlan,
  id: string,
  deadline: number,
  firstSeen: number | undefined,
): void {
  offerAfterDeadline(ctx, plan, id, deadline, firstSeen);
  // A deadline that had passed before the user had the checklist is not announced as reached.
  if (firstSeen !== undefined && firstSeen > deadline) return;
  plan.offer('deadline', deadline, 0, deadline);
  for (let i = ctx.leads.length - 1; i >= 0; i--) {
    const leadMinutes = ctx.leads[i] as number;
    // Whole days keep the local clock time across DST; other lead times are exact durations.
    const occurrence =
      leadMinutes % 1440 === 0
        ? ctx.clock.addDays(deadline, -leadMinutes / 1440)
        : deadline - leadMinutes * MINUTE_MS;
    plan.offer('lead', occurrence, leadMinutes, deadline);
  }
}

function planChecklist(
  ctx: Context,
  checklist: Checklist,
  progress: Progress,
  blockedUntil: number,
  now: number,
): void {
  const described = describeChecklist(checklist, progress, ctx.settings, now);
  if (described.status === 'dismissed' || !described.isRelevant) return;
  const { recheckAfterDays } = ctx.settings;
  // Nothing is delivered before `start`; what came due by then collapses into one reminder.
  const snoozedUntil = instantOr(progress.snoozedUntil, Number.NEGATIVE_INFINITY);
  const start = Math.max(now, blockedUntil, snoozedUntil);
  const deadline = described.deadline ?? undefined;
  const watermark = ctx.fired.watermark.get(checklist.id) ?? Number.NEGATIVE_INFINITY;
  const snoozeEnd = Math.max(snoozedUntil, ctx.snoozeAllUntil);
  const plan = new ChecklistPlan(ctx, checklist.id, { start, deadline, watermark, snoozeEnd });
  if (described.status === 'done') {
    // Nothing was switched off where there is no switch, so nothing to re-check.
    if (recheckAfterDays === null || !progress.completedAt || checklist.hasOptOut === false) return;
    const base = Math.max(instantOr(progress.completedAt, 0), instantOr(progress.recheckedAt, 0));
    plan.offer('recheck', ctx.clock.addDays(base, recheckAfterDays), 0, base);
  } else if (deadline !== undefined) {
    offerDeadlineReminders(ctx, plan, checklist.id, deadline, described.firstSeen ?? undefined);
    const since = ctx.announcements?.get(checklist.id);
    // Announced once while the deadline is ahead; after that only the usual lead times.
    if (since !== undefined && deadline > start) plan.offer('announce', since, 0, since);
  }
  plan.finish();
}

/**
 * Sort order of a plan: by instant, then most urgent first. The sort is
 * stable, so equal ones keep the order of the checklists in the input.
 */
export function compareReminders(a: PlannedReminder, b: PlannedReminder): number {
  return a.instant - b.instant || b.urgency - a.urgency;
}

/**
 * Plans every reminder for the given state (design.md "Reminder rules").
 *
 * Pure: the same input gives the same plan. Reminders that came due while the
 * app slept are included once per checklist (the most urgent), delivered at
 * `now` or — in quiet hours — when they end. Each checklist contributes at
 * most a handful of reminders (lead times, deadline, two overdue, a few
 * gentle monthly ones, or a re-check), so the cost is linear in the number
 * of checklists.
 */
export function planReminders(input: PlannerInput): ReminderPlan {
  const { settings, now } = input;
  const pauseEnd = pausedUntil(settings);
  if (pauseEnd === Number.POSITIVE_INFINITY) return { reminders: [], nextWakeAt: null };
  const ctx: Context = {
    clock: zoneClock(input.zone),
    window: quietWindow(settings.quietHours),
    settings,
    leads: [...new Set(settings.leadTimesMinutes)].sort((a, b) => b - a),
    fired: indexFiredLog(input.firedLog, now),
    announcements: input.announcements,
    snoozeAllUntil: instantOr(settings.snoozeAllUntil, Number.NEGATIVE_INFINITY),
    out: [],
  };
  const blockedUntil = Math.max(pauseEnd ?? now, instantOr(settings.snoozeAllUntil, now));
  for (const checklist of input.checklists) {
    planChecklist(
      ctx,
      checklist,
      input.progress[checklist.id] ?? EMPTY_PROGRESS,
      blockedUntil,
      now,
    );
  }
  const reminders = ctx.out;
  reminders.sort(compareReminders);
  const next = reminders.find((reminder) => reminder.instant > now);
  return { reminders, nextWakeAt: next ? next.instant : null };
}
