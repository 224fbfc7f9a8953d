import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { Checklist } from '../../../src/shared/catalog/index.ts';
import { isComplete } from '../../../src/shared/progress/rules.ts';
import type { Progress } from '../../../src/shared/progress/schema.ts';
import {
  compareReminders,
  dueNow,
  type FiredEntry,
  type PlannerInput,
  planReminders,
  recordFired,
} from '../../../src/shared/reminders/index.ts';
import type { Settings } from '../../../src/shared/settings/schema.ts';
import { makeChecklist, settings as withSettings } from '../support/fixtures.ts';

const DAY = 86_400_000;
const ZONES = [
  'Europe/Amsterdam',
  'America/New_York',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'UTC',
  'Australia/Lord_Howe',
];
const iso = (ms: number) => new Date(ms).toISOString();
const hhmm = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

interface Scenario {
  readonly input: PlannerInput;
  readonly later: readonly number[];
}

const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    now: fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2028, 0, 1) }),
    zone: fc.constantFrom(...ZONES),
    entries: fc.array(
      fc.record({
        deadlineOffsetMin: fc.option(fc.integer({ min: -400 * 1440, max: 60 * 1440 }), {
          nil: undefined,
        }),
        scope: fc.constantFrom('account' as const, 'device' as const),
        outsideEu: fc.boolean(),
        state: fc.constantFrom('open', 'partial', 'done', 'dismissed', 'snoozed'),
        offsetMin: fc.integer({ min: 1, max: 200 * 1440 }),
      }),
      { maxLength: 8 },
    ),
    leads: fc.uniqueArray(fc.integer({ min: 1, max: 30 * 1440 }), { maxLength: 6 }),
    dayLeads: fc.uniqueArray(
      fc.integer({ min: 1, max: 21 }).map((d) => d * 1440),
      { maxLength: 3 },
    ),
    overdue: fc.option(fc.integer({ min: 1, max: 14 }), { nil: null }),
    recheck: fc.option(fc.integer({ min: 1, max: 400 }), { nil: null }),
    quiet: fc.option(fc.record({ start: hhmm, end: hhmm }), { nil: null }),
    paused: fc.oneof(
      fc.constant(false as const),
      fc.constant(true as const),
      fc.integer({ min: -5, max: 5 }),
    ),
    snoozeAllDays: fc.option(fc.integer({ min: -3, max: 10 }), { nil: null }),
    country: fc.constantFrom(null, 'NL', 'US'),
    includeOtherRegions: fc.boolean(),
    history: fc.array(fc.integer({ min: -60 * 1440, max: 60 * 1440 }), { maxLength: 4 }),
    later: fc.array(fc.integer({ min: -20 * 1440, max: 40 * 1440 }), {
      minLength: 1,
      maxLength: 12,
    }),
  })
  .map((r) => {
    const checklists: Checklist[] = [];
    const progress: Record<string, Progress> = {};
    r.entries.forEach((e, i) => {
      const id = `c${i}`;
      const deadline =
        e.deadlineOffsetMin === undefined ? undefined : iso(r.now + e.deadlineOffsetMin * 60_000);
      checklists.push(
        makeChecklist(id, {
          ...(deadline ? { deadline, zone: 'UTC' } : {}),
          scope: e.scope,
          regions: e.outsideEu
            ? { include: ['WORLD'], exclude: ['EU', 'EEA'] }
            : { include: ['EU'] },
        }),
      );
      const past = iso(r.now - e.offsetMin * 60_000);
      const future = iso(r.now + e.offsetMin * 60_000);
      if (e.state === 'partial') progress[id] = { steps: { web: { a: past } } };
      if (e.state === 'done')
        progress[id] = { steps: {}, completedAt: past, completedHow: 'elsewhere' };
      if (e.state === 'dismissed') progress[id] = { steps: {}, dismissedAt: past };
      if (e.state === 'snoozed') progress[id] = { steps: {}, snoozedUntil: future };
    });
    const settings: Settings = withSettings({
      leadTimesMinutes: [...r.leads, ...r.dayLeads],
      overdueEveryDays: r.overdue,
      recheckAfterDays: r.recheck,
      quietHours: r.quiet,
      paused: typeof r.paused === 'number' ? { until: iso(r.now + r.paused * DAY) } : r.paused,
      snoozeAllUntil: r.snoozeAllDays === null ? null : iso(r.now + r.snoozeAllDays * DAY),
      country: r.country,
      includeOtherRegions: r.includeOtherRegions,
    });
    // A fired log as the app would have built it: dueNow at earlier (or, after a jump, later) times.
    let firedLog: FiredEntry[] = [];
    const base = { checklists, progress, settings, zone: r.zone };
    for (const shift of r.history) {
      const now = r.now + shift * 60_000;
      const due = dueNow({ ...base, firedLog, now });
      firedLog = recordFired(firedLog, due.fired, now);
    }
    return {
      input: { ...base, firedLog, now: r.now },
      later: r.later.map((m) => r.now + m * 60_000),
    };
  });

function localMinute(ms: number, zone: string): number {
  const z = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone);
  return z.hour * 60 + z.minute;
}

function inQuiet(ms: number, zone: string, quiet: Settings['quietHours']): boolean {
  if (!quiet || quiet.start === quiet.end) return false;
  const toMin = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3));
  const [start, end, m] = [toMin(quiet.start), toMin(quiet.end), localMinute(ms, zone)];
  return start < end ? m >= start && m < end : m >= start || m < end;
}

const RUNS = { numRuns: 300 };

describe('planReminders properties', () => {
  it('sorts the plan, and nextWakeAt is the earliest instant after now', () => {
    fc.assert(
      fc.property(scenarioArb, ({ input }) => {
        const plan = planReminders(input);
        const sorted = [...plan.reminders].sort(compareReminders);
        expect(plan.reminders).toEqual(sorted);
        const after = plan.reminders.map((r) => r.instant).filter((t) => t > input.now);
        expect(plan.nextWakeAt).toBe(after.length > 0 ? Math.min(...after) : null);
      }),
      RUNS,
    );
  });

  it('never plans inside quiet hours unless the deadline forces it', () => {
    fc.assert(
      fc.property(scenarioArb, ({ input }) => {
        for (const r of planReminders(input).reminders) {
          if (!inQuiet(r.instant, input.zone, input.settings.quietHours)) continue;
          expect(r.forcedByDeadline).toBe(true);
          expect(r.deadline).toBeDefined();
          expect(r.instant).toBeLessThanOrEqual(r.deadline ?? 0);
        }
      }),
      RUNS,
    );
  });

  it('plans nothing for dismissed, snoozed or paused; only re-checks for completed', () => {
    fc.assert(
      fc.property(scenarioArb, ({ input }) => {
        const { settings, now } = input;
        const plan = planReminders(input);
        if (settings.paused === true) expect(plan.reminders).toEqual([]);
        const blocked = Math.max(
          now,
          settings.paused && settings.paused !== true ? Date.parse(settings.paused.until) : now,
          settings.snoozeAllUntil ? Date.parse(settings.snoozeAllUntil) : now,
        );
        for (const r of plan.reminders) {
          const checklist = input.checklists.find((c) => c.id === r.checklistId);
          const progress = input.progress[r.checklistId] ?? { steps: {} };
          expect(checklist).toBeDefined();
          expect(progress.dismissedAt).toBeUndefined();
          if (checklist && isComplete(checklist, progress)) expect(r.kind).toBe('recheck');
          else expect(r.kind).not.toBe('recheck');
          const snoozedUntil = progress.snoozedUntil ? Date.parse(progress.snoozedUntil) : now;
          expect(r.instant).toBeGreaterThanOrEqual(Math.max(blocked, snoozedUntil));
        }
      }),
      RUNS,
    );
  });

  it('has unique keys, none already fired', () => {
    fc.assert(
      fc.property(scenarioArb, ({ input }) => {
        const keys = planReminders(input).reminders.map((r) => r.key);
        expect(new Set(keys).size).toBe(keys.length);
        const fired = new Set(input.firedLog.map((f) => f.key));
        expect(keys.filter((k) => fired.has(k))).toEqual([]);
      }),
      RUNS,
    );
  });

  it('dueNow delivers at most one per checklist, and nothing twice unless the clock went back', () => {
    fc.assert(
      fc.property(scenarioArb, ({ input, later }) => {
        let firedLog = [...input.firedLog];
        const delivered = new Set(firedLog.map((f) => f.key));
        // Latest clock reading so far; before the scenario, the history ran up to its last shift.
        let latest = Math.max(...firedLog.map((f) => f.firedAt), input.now);
        for (const now of [input.now, ...later]) {
          const due = dueNow({ ...input, firedLog, now });
          const ids = due.reminders.map((r) => r.checklistId);
          expect(new Set(ids).size).toBe(ids.length);
          for (const r of due.reminders) {
            expect(r.instant).toBeLessThanOrEqual(now);
            // After the clock went back a reminder may come again (never silence); otherwise never.
            if (now >= latest) expect(delivered.has(r.key), r.key).toBe(false);
            delivered.add(r.key);
          }
          expect(due.digest === null).toBe(due.reminders.length <= 1);
          firedLog = recordFired(firedLog, due.fired, now);
          latest = Math.max(latest, now);
        }
      }),
      { numRuns: 150 },
    );
  });
});
