/**
 * Properties of the snooze cap over random deadlines, clocks, zones, lead
 * times and snooze choices: a capped snooze never ends after the deadline of
 * an open, relevant checklist that was ahead (nor after its last lead
 * reminder while that is ahead), never ends before the chosen end when no
 * deadline is in the way, and the planner then still delivers a reminder of
 * that checklist by its deadline.
 */
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { snoozeUntil } from '../../../src/main/state/snooze.ts';
import { snoozePresets } from '../../../src/shared/constants.ts';
import type { Progress } from '../../../src/shared/progress/schema.ts';
import { capSnoozeEnd } from '../../../src/shared/reminders/snooze-cap.ts';
import { input, makeChecklist, settings } from '../support/fixtures.ts';
import { simulateDeliveries } from '../support/simulate.ts';

const MINUTE = 60_000;
const DAY = 1_440 * MINUTE;
const ZONES = ['Europe/Amsterdam', 'America/New_York', 'Asia/Kathmandu', 'Australia/Lord_Howe'];
const iso = (ms: number) => new Date(ms).toISOString();
const hhmm = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 30))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

type State = 'open' | 'done' | 'dismissed' | 'other-region';

const scenarioArb = fc.record({
  now: fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 0, 1) }),
  zone: fc.constantFrom(...ZONES),
  preset: fc.constantFrom(...snoozePresets.filter((preset) => preset !== 'off')),
  entries: fc.array(
    fc.record({
      // From 10 days past to 20 days ahead, to the minute.
      deadlineOffsetMin: fc.option(fc.integer({ min: -10 * 1_440, max: 20 * 1_440 }), {
        nil: null,
      }),
      state: fc.constantFrom<State>('open', 'open', 'done', 'dismissed', 'other-region'),
    }),
    { minLength: 1, maxLength: 5 },
  ),
  leads: fc.uniqueArray(
    fc.oneof(
      fc.integer({ min: 1, max: 3 * 1_440 }),
      fc.integer({ min: 1, max: 14 }).map((days) => days * 1_440),
    ),
    { maxLength: 5 },
  ),
  /** Quiet hours only where the model below does not follow them (the planner check). */
  quiet: fc.option(fc.record({ start: hhmm, end: hhmm }), { nil: null }),
});

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

function build(scenario: Scenario, withQuietHours = false) {
  const { now, zone } = scenario;
  const checklists = scenario.entries.map((entry, index) =>
    makeChecklist(`c${index}`, {
      ...(entry.deadlineOffsetMin === null
        ? {}
        : { deadline: iso(now + entry.deadlineOffsetMin * MINUTE) }),
      regions: entry.state === 'other-region' ? { include: ['US'] } : { include: ['WORLD'] },
    }),
  );
  const progress: Record<string, Progress> = {};
  scenario.entries.forEach((entry, index) => {
    if (entry.state === 'done')
      progress[`c${index}`] = { steps: {}, completedAt: iso(now), completedHow: 'elsewhere' };
    if (entry.state === 'dismissed') progress[`c${index}`] = { steps: {}, dismissedAt: iso(now) };
  });
  const capSettings = settings({
    leadTimesMinutes: scenario.leads,
    country: 'NL',
    quietHours: withQuietHours ? scenario.quiet : null,
  });
  const chosen = snoozeUntil(scenario.preset, now, zone) as number;
  /** Open, relevant checklists whose deadline is ahead, with their last lead reminder (by Temporal). */
  const inTheWay = scenario.entries.flatMap((entry, index) => {
    if (entry.state !== 'open' || entry.deadlineOffsetMin === null) return [];
    const deadline = now + entry.deadlineOffsetMin * MINUTE;
    if (deadline <= now) return [];
    const shortest = scenario.leads.length ? Math.min(...scenario.leads) : 0;
    const lastLead =
      shortest % 1_440 === 0
        ? Temporal.Instant.fromEpochMilliseconds(deadline)
            .toZonedDateTimeISO(zone)
            .subtract({ days: shortest / 1_440 })
            .toInstant().epochMilliseconds
        : deadline - shortest * MINUTE;
    return [{ id: `c${index}`, deadline, lastLead }];
  });
  const capped = capSnoozeEnd(chosen, {
    checklists,
    progress,
    settings: capSettings,
    now,
    zone,
  });
  return { checklists, progress, capSettings, chosen, inTheWay, capped };
}

describe('capSnoozeEnd, properties', () => {
  it('never ends after a deadline ahead, nor before the chosen end when none is in the way', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const { chosen, inTheWay, capped } = build(scenario);
        const until = capped.until as number;
        expect(until).toBeLessThanOrEqual(chosen);
        expect(until).toBeGreaterThan(scenario.now);
        for (const { deadline, lastLead } of inTheWay) {
          expect(until).toBeLessThanOrEqual(deadline);
          if (lastLead > scenario.now) expect(until).toBeLessThanOrEqual(lastLead);
        }
        const limits = inTheWay.map(({ deadline, lastLead }) =>
          lastLead > scenario.now ? lastLead : deadline,
        );
        if (limits.every((limit) => limit >= chosen)) {
          expect(until).toBe(chosen);
          expect(capped.isShortened).toBe(false);
        } else {
          expect(until).toBe(Math.min(...limits));
          expect(capped.isShortened).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('leaves the planner a reminder of each such checklist by its deadline ("Snooze all")', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const { checklists, progress, capSettings, inTheWay, capped } = build(scenario, true);
        const base = input(checklists, 0, scenario.zone, {
          progress,
          settings: { ...capSettings, snoozeAllUntil: iso(capped.until as number) },
        });
        const last = Math.max(0, ...inTheWay.map(({ deadline }) => deadline));
        // Timers on time: one a few ms late after a deadline inside quiet hours moves the
        // deadline reminder to their end whether snoozed or not (a planner matter, not the cap's).
        const { deliveries } = simulateDeliveries(base, scenario.now, last + MINUTE, {
          capMs: DAY,
          lagMs: 0,
        });
        for (const { id, deadline } of inTheWay) {
          // Delivered once the snooze ended, no later than a moment after the deadline.
          const delivered = deliveries.some(
            (d) =>
              d.at >= (capped.until as number) &&
              d.at <= deadline + MINUTE &&
              // A digest names the most urgent checklist; this one may be among the rest.
              (d.primary.checklistId === id || d.count > 1),
          );
          expect(delivered, `${id} due ${iso(deadline)}`).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});
