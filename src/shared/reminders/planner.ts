import type { Checklist } from '../catalog/schema.ts';
import { describeChecklist } from '../progress/describe.ts';
import { EMPTY_PROGRESS, type Progress } from '../progress/schema.ts';
import { pausedUntil } from '../settings/paused.ts';
import type { Settings } from '../settings/schema.ts';
import { leadReminderAt } from './lead-time.ts';
import { sortPlan } from './plan-order.ts';
import {
  adjustForQuietHours,
  isInQuietHours,
  type QuietWindow,
  quietWindow,
} from './quiet-hours.ts';
import { WORTH_DOING_AFTER_MS } from './standing.ts';
import type {
  FiredLog,
  PlannedReminder,
  PlannerInput,
  ReminderKind,
  ReminderPlan,
} from './types.ts';
import { formatInstant, parseInstant, type ZoneClock, zoneClock } from './zone-clock.ts';

/** Gentle reminders of a deadline still worth doing come at most once a month. */
const MONTH_DAYS = 30;
/** Overdue reminders after a missed deadline: N and 2·N days after it, then the gentle ones. */
const OVERDUE_COUNT = 2;

export { compareReminders } from './plan-order.ts';

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

/**
 * One kind of reminder with its parameter (lead minutes, overdue count,
 * month), prepared once per plan rather than once per checklist: its
 * urgency, and the middle of its key, `:lead:10080:`.
 */
interface Rule {
  readonly kind: ReminderKind;
  readonly param: number;
  readonly urgency: number;
  readonly infix: string;
}

function ruleOf(kind: ReminderKind, param = 0): Rule {
  const hasParam = kind === 'lead' || kind === 'overdue' || kind === 'worth-doing';
  const detail = hasParam ? `${param}:` : '';
  return { kind, param, urgency: urgencyOf(kind, param, param), infix: `:${kind}:${detail}` };
}

/** Every rule a plan with these settings can offer, in the order they are offered. */
interface Rules {
  readonly recheck: Rule;
  readonly announce: Rule;
  readonly deadline: Rule;
  /** Lead times, shortest (most urgent) first. */
  readonly leads: readonly Rule[];
  /** Index 1 and 2: the overdue reminders N and 2·N days after the deadline. */
  readonly overdue: readonly Rule[];
  /** Index 1 to `stillWorthDoingReminders`: the gentle monthly ones. */
  readonly worthDoing: readonly Rule[];
}

function rulesFor(settings: Settings): Rules {
  // Longest first, as before; offered in reverse.
  const leads = [...new Set(settings.leadTimesMinutes)].sort((a, b) => b - a);
  const overdue = [ruleOf('overdue', 0)];
  for (let count = 1; count <= OVERDUE_COUNT; count++) overdue.push(ruleOf('overdue', count));
  const worthDoing = [ruleOf('worth-doing', 0)];
  for (let month = 1; month <= settings.stillWorthDoingReminders; month++)
    worthDoing.push(ruleOf('worth-doing', month));
  return {
    recheck: ruleOf('recheck'),
    announce: ruleOf('announce'),
    deadline: ruleOf('deadline'),
    leads: leads.reverse().map((minutes) => ruleOf('lead', minutes)),
    overdue,
    worthDoing,
  };
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
  readonly rules: Rules;
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
 * moved out of quiet hours and kept.
 *
 * Planning 10,000 checklists stays cheap because nothing is built that is
 * not kept: one ChecklistPlan serves every checklist of a plan (`begin`
 * starts the next), offers come most urgent first wherever that does not
 * change a key (so of those due by `start` only the first is built), and
 * keys are built only for what is kept.
 *
 * A snooze that has not returned yet (`snoozeEnd` after the watermark) brings
 * the checklist back at its end: whatever had come due by then — delivered
 * before or not — is offered again as one reminder whose occurrence is the
 * snooze end, so it returns once.
 */
class ChecklistPlan {
  readonly #ctx: Context;
  #id = '';
  #start = 0;
  #deadline: number | undefined;
  #watermark = 0;
  #snoozeEnd = 0;
  #pending: PlannedReminder | undefined;
  #stamp: string | undefined;
  #quietStart = Number.NaN;
  #isQuietAtStart = false;

  constructor(ctx: Context) {
    this.#ctx = ctx;
  }

  begin(
    id: string,
    start: number,
    deadline: number | undefined,
    watermark: number,
    snoozeEnd: number,
  ): void {
    this.#id = id;
    this.#start = start;
    this.#deadline = deadline;
    this.#watermark = watermark;
    this.#snoozeEnd = snoozeEnd > watermark ? snoozeEnd : Number.NaN;
    this.#pending = undefined;
    this.#stamp = undefined;
  }

  offer(rule: Rule, ruleOccurrence: number, stampOf: number): void {
    const isReturn = ruleOccurrence <= this.#snoozeEnd;
    if (!isReturn && ruleOccurrence <= this.#watermark) return;
    const occurrence = isReturn ? this.#snoozeEnd : ruleOccurrence;
    const { kind, param, urgency } = rule;
    const isPending = occurrence <= this.#start;
    if (isPending && this.#pending && this.#pending.urgency >= urgency) return;
    // The stamp comes from the first offer that gets this far, whichever rule it is.
    this.#stamp ??= formatInstant(stampOf);
    const key = isReturn
      ? `${this.#id}${rule.infix}${this.#stamp}:snoozed:${formatInstant(occurrence)}`
      : this.#id + rule.infix + this.#stamp;
    const fired = this.#ctx.fired.keys;
    if (fired.size > 0 && fired.has(key)) return;
    const at = isPending ? this.#start : occurrence;
    const { clock, window } = this.#ctx;
    // Outside quiet hours nothing moves: skip building the adjustment.
    const moved = this.#isQuiet(at, isPending)
      ? adjustForQuietHours(clock, window, at, this.#deadline, this.#start)
      : null;
    const instant = moved === null ? at : moved.instant;
    // One literal with every field, so all reminders share one object shape. An announcement
    // counts as happening when it is delivered: lead times that passed before it are covered.
    const reminder: PlannedReminder = {
      key,
      checklistId: this.#id,
      kind,
      instant,
      occurrence: kind === 'announce' ? Math.max(occurrence, instant) : occurrence,
      urgency,
      leadMinutes: kind === 'lead' ? param : undefined,
      overdueCount: kind === 'overdue' || kind === 'worth-doing' ? param : undefined,
      deadline: this.#deadline,
      forcedByDeadline: moved === null ? false : moved.forcedByDeadline,
    };
    if (isPending) this.#pending = reminder;
    else this.#ctx.out.push(reminder);
  }

  /** Whether `at` is in quiet hours; for `start`, asked once for every checklist due by then. */
  #isQuiet(at: number, isPending: boolean): boolean {
    const { clock, window } = this.#ctx;
    if (window === null) return false;
    if (!isPending) return isInQuietHours(clock, window, at);
    if (at !== this.#quietStart) {
      this.#quietStart = at;
      this.#isQuietAtStart = isInQuietHours(clock, window, at);
    }
    return this.#isQuietAtStart;
  }

  finish(): void {
    if (this.#pending) this.#ctx.out.push(this.#pending);
  }
}

/**
 * After the deadline, a cadence that slows and ends: overdue reminders N and
 * 2·N days after it (never later than 30 days, when the deadline becomes
 * "still worth doing"), then one gentle reminder a month, a few in all. A
 * checklist the user first had after its deadline gets only the gentle ones,
 * a month apart from when they got it. Nothing comes sooner after the
 * previous delivery than its spacing (a catch-up is not followed by another
 * the next day).
 *
 * Offered most urgent first: the last gentle one down to the first, then the
 * overdue ones, the later first.
 */
function offerAfterDeadline(
  ctx: Context,
  plan: ChecklistPlan,
  id: string,
  deadline: number,
  firstSeen: number | undefined,
): void {
  const { clock, rules } = ctx;
  const every = ctx.settings.overdueEveryDays;
  const lastFired = ctx.fired.lastFiredAt.get(id);
  let base = firstSeen !== undefined && firstSeen > deadline ? firstSeen : deadline;
  let overdueCount = 0;
  let firstOverdue = 0;
  let secondOverdue = 0;
  if (base === deadline) {
    if (every === null) return;
    for (let count = 1; count <= OVERDUE_COUNT; count++) {
      const occurrence = clock.addDays(deadline, count * every);
      if (occurrence - deadline > WORTH_DOING_AFTER_MS) break;
      base = occurrence;
      overdueCount = count;
      if (count === 1) firstOverdue = occurrence;
      else secondOverdue = occurrence;
    }
  }
  const months = rules.worthDoing.length - 1;
  if (months >= 1) {
    // Nothing sooner after the last delivery than its spacing.
    const gentleFrom = lastFired === undefined ? 0 : clock.addDays(lastFired, MONTH_DAYS - 1);
    for (let month = months; month >= 1; month--) {
      const occurrence = clock.addDays(base, month * MONTH_DAYS);
      if (lastFired === undefined || occurrence >= gentleFrom)
        plan.offer(rules.worthDoing[month] as Rule, occurrence, deadline);
    }
  }
  if (overdueCount === 0 || every === null) return;
  const overdueFrom = lastFired === undefined ? 0 : clock.addDays(lastFired, every - 1);
  if (overdueCount === 2 && (lastFired === undefined || secondOverdue >= overdueFrom))
    plan.offer(rules.overdue[2] as Rule, secondOverdue, deadline);
  if (lastFired === undefined || firstOverdue >= overdueFrom)
    plan.offer(rules.overdue[1] as Rule, firstOverdue, deadline);
}

/** The deadline, what follows it and its lead times — offered most urgent first. */
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
  plan.offer(ctx.rules.deadline, deadline, deadline);
  for (const rule of ctx.rules.leads) {
    plan.offer(rule, leadReminderAt(ctx.clock, deadline, rule.param), deadline);
  }
}

function planChecklist(
  ctx: Context,
  plan: ChecklistPlan,
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
  const watermarks = ctx.fired.watermark;
  const watermark =
    watermarks.size === 0
      ? Number.NEGATIVE_INFINITY
      : (watermarks.get(checklist.id) ?? Number.NEGATIVE_INFINITY);
  const snoozeEnd = Math.max(snoozedUntil, ctx.snoozeAllUntil);
  plan.begin(checklist.id, start, deadline, watermark, snoozeEnd);
  if (described.status === 'done') {
    // Nothing was switched off where there is no switch, so nothing to re-check.
    if (recheckAfterDays === null || !progress.completedAt || checklist.hasOptOut === false) return;
    const base = Math.max(instantOr(progress.completedAt, 0), instantOr(progress.recheckedAt, 0));
    plan.offer(ctx.rules.recheck, ctx.clock.addDays(base, recheckAfterDays), base);
  } else if (deadline !== undefined) {
    offerDeadlineReminders(ctx, plan, checklist.id, deadline, described.firstSeen ?? undefined);
    const since = ctx.announcements?.get(checklist.id);
    // Announced once while the deadline is ahead; after that only the usual lead times.
    // Offered last: its key takes the deadline's stamp when a deadline reminder came first.
    if (since !== undefined && deadline > start) plan.offer(ctx.rules.announce, since, since);
  }
  plan.finish();
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
    rules: rulesFor(settings),
    fired: indexFiredLog(input.firedLog, now),
    announcements: input.announcements,
    snoozeAllUntil: instantOr(settings.snoozeAllUntil, Number.NEGATIVE_INFINITY),
    out: [],
  };
  const blockedUntil = Math.max(pauseEnd ?? now, instantOr(settings.snoozeAllUntil, now));
  const plan = new ChecklistPlan(ctx);
  for (const checklist of input.checklists) {
    planChecklist(
      ctx,
      plan,
      checklist,
      input.progress[checklist.id] ?? EMPTY_PROGRESS,
      blockedUntil,
      now,
    );
  }
  const reminders = ctx.out;
  sortPlan(reminders);
  const next = reminders.find((reminder) => reminder.instant > now);
  return { reminders, nextWakeAt: next ? next.instant : null };
}
