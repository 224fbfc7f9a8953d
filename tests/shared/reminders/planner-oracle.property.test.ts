/**
 * The planner was made faster (issue 15: 10,000 checklists planned in well under 50 ms) without
 * changing a single reminder: for any input — fired logs the app wrote and ones it never would,
 * snoozes, announcements, first-seen dates, quiet hours, pauses — it plans exactly what the
 * planner before that change planned (kept as tests/shared/reminders/oracle/planner-before.ts),
 * field for field and in the same order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Checklist } from '../../../src/shared/catalog/index.ts';
import type { Progress } from '../../../src/shared/progress/schema.ts';
import {
  dueNow,
  type FiredEntry,
  type PlannerInput,
  planReminders,
  recordFired,
} from '../../../src/shared/reminders/index.ts';
import { makeChecklist, settings as withSettings } from '../support/fixtures.ts';
import { planReminders as planBefore } from './oracle/planner-before.ts';

const DAY = 86_400_000;
const MINUTE = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();
const hhmm = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
/** Minutes around now, most within a few days, some a year or more away. */
const offsetMinutes = fc.oneof(
  fc.integer({ min: -3 * 1440, max: 3 * 1440 }),
  fc.integer({ min: -400 * 1440, max: 90 * 1440 }),
);

const entryArb = fc.record({
  deadline: fc.option(offsetMinutes, { nil: undefined }),
  /** Written with a numeric offset instead of Z. */
  deadlineWithOffset: fc.boolean(),
  scope: fc.constantFrom('account' as const, 'device' as const),
  regions: fc.constantFrom<Checklist['regions']>(
    { include: ['WORLD'] },
    { include: ['EU'] },
    { include: ['US'] },
    { include: ['WORLD'], exclude: ['EU', 'EEA'] },
  ),
  hasOptOut: fc.constantFrom(undefined, true, false),
  state: fc.constantFrom('open', 'partial', 'steps-done', 'elsewhere', 'dismissed'),
  completedAt: offsetMinutes,
  recheckedAt: fc.option(offsetMinutes, { nil: undefined }),
  snoozedUntil: fc.option(offsetMinutes, { nil: undefined }),
  firstSeenAt: fc.option(offsetMinutes, { nil: undefined }),
  followed: fc.boolean(),
  announcedAt: fc.option(offsetMinutes, { nil: undefined }),
});

/** Entries the app would never write as well: any key of a plan, any occurrence, fired ahead. */
const strayArb = fc.record({
  checklist: fc.nat(),
  reminder: fc.nat(),
  /** Undefined: the reminder's own occurrence, as the app writes it. */
  occurrence: fc.option(offsetMinutes, { nil: undefined }),
  firedAt: offsetMinutes,
  /** Fired whole days after the reminder's own occurrence: spacing at its edge. */
  firedDaysAfter: fc.option(fc.integer({ min: -2, max: 32 }), { nil: undefined }),
  otherChecklist: fc.boolean(),
});

const scenarioArb = fc
  .record({
    now: fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2028, 0, 1) }),
    zone: fc.constantFrom(
      'Europe/Amsterdam',
      'America/New_York',
      'Asia/Kathmandu',
      'UTC',
      'Australia/Lord_Howe',
    ),
    entries: fc.array(entryArb, { maxLength: 8 }),
    leads: fc.array(
      fc.oneof(
        fc.integer({ min: 1, max: 30 * 1440 }),
        fc.integer({ min: 1, max: 21 }).map((d) => d * 1440),
      ),
      { maxLength: 6 },
    ),
    overdue: fc.option(fc.oneof(fc.integer({ min: 1, max: 15 }), fc.integer({ min: 1, max: 40 })), {
      nil: null,
    }),
    gentle: fc.integer({ min: 0, max: 12 }),
    recheck: fc.option(fc.integer({ min: 1, max: 400 }), { nil: null }),
    quiet: fc.option(fc.record({ start: hhmm, end: hhmm }), { nil: null }),
    paused: fc.oneof(fc.constant(false), fc.constant(true), offsetMinutes),
    snoozeAll: fc.option(offsetMinutes, { nil: null }),
    country: fc.constantFrom(null, 'NL', 'US'),
    includeOtherRegions: fc.boolean(),
    history: fc.array(offsetMinutes, { maxLength: 4 }),
    strays: fc.array(strayArb, { maxLength: 4 }),
    later: fc.array(fc.integer({ min: 1, max: 40 * 1440 }), { maxLength: 4 }),
  })
  .map((r) => {
    const at = (minutes: number) => r.now + minutes * MINUTE;
    const checklists: Checklist[] = [];
    const progress: Record<string, Progress> = {};
    const announcements = new Map<string, number>();
    r.entries.forEach((e, i) => {
      const id = `c${i}`;
      const deadline =
        e.deadline === undefined
          ? undefined
          : e.deadlineWithOffset
            ? `${iso(at(e.deadline)).slice(0, 19)}+00:00`
            : iso(at(e.deadline));
      const checklist = makeChecklist(id, {
        ...(deadline ? { deadline, zone: 'UTC' } : {}),
        scope: e.scope,
        regions: e.regions,
      });
      checklists.push(
        e.hasOptOut === undefined ? checklist : { ...checklist, hasOptOut: e.hasOptOut },
      );
      const steps: Progress['steps'] =
        e.state === 'partial'
          ? { web: { a: iso(at(-60)) } }
          : e.state === 'steps-done'
            ? { web: { a: iso(at(-60)), b: iso(at(-60)) }, ios: { a: iso(at(-60)) } }
            : {};
      progress[id] = {
        steps,
        ...(e.state === 'steps-done'
          ? { completedAt: iso(at(e.completedAt)), completedHow: 'path:web' }
          : {}),
        ...(e.state === 'elsewhere'
          ? { completedAt: iso(at(e.completedAt)), completedHow: 'elsewhere' }
          : {}),
        ...(e.state === 'dismissed' ? { dismissedAt: iso(at(-60)) } : {}),
        ...(e.recheckedAt === undefined ? {} : { recheckedAt: iso(at(e.recheckedAt)) }),
        ...(e.snoozedUntil === undefined ? {} : { snoozedUntil: iso(at(e.snoozedUntil)) }),
        ...(e.firstSeenAt === undefined ? {} : { firstSeenAt: iso(at(e.firstSeenAt)) }),
        ...(e.followed ? { followedAt: iso(at(-60)) } : {}),
      } as Progress;
      if (e.announcedAt !== undefined) announcements.set(id, at(e.announcedAt));
    });
    const settings = withSettings({
      leadTimesMinutes: r.leads,
      overdueEveryDays: r.overdue,
      stillWorthDoingReminders: r.gentle,
      recheckAfterDays: r.recheck,
      quietHours: r.quiet,
      paused: typeof r.paused === 'number' ? { until: iso(at(r.paused)) } : r.paused,
      snoozeAllUntil: r.snoozeAll === null ? null : iso(at(r.snoozeAll)),
      country: r.country,
      includeOtherRegions: r.includeOtherRegions,
    });
    const base = { checklists, progress, settings, zone: r.zone, announcements };
    // The log as the app writes it: what was due at earlier (or, after a jump, later) times.
    let firedLog: FiredEntry[] = [];
    for (const shift of r.history) {
      const now = at(shift);
      firedLog = recordFired(firedLog, dueNow({ ...base, firedLog, now }).fired, now);
    }
    // And entries it would not write: keys of any planned reminder, under any checklist id.
    const keys = planBefore({ ...base, firedLog: [], now: at(-30 * 1440) }).reminders;
    for (const stray of r.strays) {
      const reminder = keys[stray.reminder % Math.max(keys.length, 1)];
      const checklist = checklists[stray.checklist % Math.max(checklists.length, 1)];
      if (!reminder || !checklist) continue;
      firedLog.push({
        key: reminder.key,
        checklistId: stray.otherChecklist ? checklist.id : reminder.checklistId,
        occurrence: stray.occurrence === undefined ? reminder.occurrence : at(stray.occurrence),
        firedAt:
          stray.firedDaysAfter === undefined
            ? at(stray.firedAt)
            : reminder.occurrence + stray.firedDaysAfter * DAY,
      });
    }
    const input: PlannerInput = { ...base, firedLog, now: r.now };
    return { input, later: r.later.map(at) };
  });

describe('the fast planner', () => {
  it('plans exactly what the planner before it planned', () => {
    fc.assert(
      fc.property(scenarioArb, ({ input, later }) => {
        let current = input;
        expect(planReminders(current)).toStrictEqual(planBefore(current));
        // And on along the way the scheduler goes: deliver what is due, wake up later.
        for (const now of later) {
          const delivered = dueNow(current).fired;
          current = {
            ...current,
            firedLog: recordFired(current.firedLog, delivered, current.now),
            now,
          };
          expect(planReminders(current)).toStrictEqual(planBefore(current));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('keeps the spacing after a delivery to the millisecond, as the planner before it did', () => {
    // One checklist after its deadline, one delivery whole days (± 1 ms) after it: the overdue
    // and gentle reminders right at the edge of their spacing.
    const edgeArb = fc
      .record({
        deadline: fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2027, 0, 1) }),
        zone: fc.constantFrom('Europe/Amsterdam', 'America/New_York', 'UTC'),
        every: fc.integer({ min: 1, max: 16 }),
        gentle: fc.integer({ min: 0, max: 4 }),
        edge: fc.constantFrom('anywhere', 'overdue', 'gentle'),
        period: fc.integer({ min: 0, max: 4 }),
        days: fc.integer({ min: -2, max: 150 }),
        jitter: fc.constantFrom(-1, 0, 0, 1),
        /** How long before its delivery the delivered reminder's occurrence was. */
        occurrenceBefore: fc.integer({ min: 0, max: 40 }),
        /** How long after that delivery the planner runs. */
        nowAfter: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 90 })),
        firstSeenDays: fc.option(fc.integer({ min: -5, max: 20 }), { nil: undefined }),
      })
      .map((e) => {
        // Just before a reminder's spacing ends: N - 1 days before an overdue one, 29 before a gentle one.
        const nearBy = [0, -1, 1, 0][((e.days % 4) + 4) % 4] as number;
        const firedDays =
          e.edge === 'overdue'
            ? ((e.period % 2) + 1) * e.every - (e.every - 1) + nearBy
            : e.edge === 'gentle'
              ? 2 * e.every + e.period * 30 - 29 + nearBy
              : e.days;
        const firedAt = e.deadline + firedDays * DAY + e.jitter;
        return {
          ...e,
          firedAt,
          occurrence: firedAt - e.occurrenceBefore * DAY,
          now: firedAt + e.nowAfter * DAY,
        };
      });
    fc.assert(
      fc.property(edgeArb, (e) => {
        const checklist = makeChecklist('c', { deadline: iso(e.deadline), zone: 'UTC' });
        const input: PlannerInput = {
          checklists: [checklist],
          progress: {
            c: {
              steps: {},
              ...(e.firstSeenDays === undefined
                ? {}
                : { firstSeenAt: iso(e.deadline + e.firstSeenDays * DAY) }),
            },
          },
          settings: withSettings({ overdueEveryDays: e.every, stillWorthDoingReminders: e.gentle }),
          firedLog: [
            {
              key: 'c:elsewhere',
              checklistId: 'c',
              occurrence: e.occurrence,
              firedAt: e.firedAt,
            },
          ],
          now: e.now,
          zone: e.zone,
        };
        expect(planReminders(input)).toStrictEqual(planBefore(input));
      }),
      { numRuns: 400 },
    );
  });
});
