/**
 * Reminders come back and are never silenced: snoozes return at their end, a
 * launch with the clock far ahead does not hide what comes later, and quiet
 * hours near a deadline deliver before they start (issue 10, items 2, 3, 5).
 * Each scenario runs the planner the way the scheduler does, timers a few
 * milliseconds late.
 */
import { describe, expect, it } from 'vitest';
import { dueNow, planReminders, recordFired } from '../../../src/shared/reminders/index.ts';
import { at, input, makeChecklist, settings, wall } from '../support/fixtures.ts';
import { type Delivery, simulateDeliveries } from '../support/simulate.ts';

const AMS = 'Europe/Amsterdam';
const NIGHT = { start: '22:00', end: '08:00' };
const midnight = makeChecklist('li', { deadline: '2025-11-03T00:00:00+01:00' });
const early = makeChecklist('early', { deadline: '2025-11-05T07:00:00+01:00' });

const seen = (deliveries: Delivery[]) =>
  deliveries.map((d) => [d.primary.checklistId, d.primary.kind, wall(d.at, AMS)]);

const inQuietHours = (instant: number) => {
  const hour = Number(wall(instant, AMS).slice(11, 13));
  return hour >= 22 || hour < 8;
};

describe('a snooze brings the checklist back when it ends', () => {
  const base = input([midnight], 0, AMS);
  const firstRun = simulateDeliveries(
    base,
    at('2025-10-26T12:00', AMS),
    at('2025-10-27T10:00', AMS),
  );

  it.each([
    ['Remind me tomorrow (until 09:00)', '2025-10-28T09:00:00+01:00', '2025-10-28T09:00'],
    ['For 1 hour', '2025-10-27T11:00:00+01:00', '2025-10-27T11:00'],
    ['For 1 week', '2025-11-03T10:00:00+01:00', '2025-11-03T10:00'],
  ])('%s', (_label, snoozedUntil, back) => {
    // The launch catches up with the 14-day reminder, then the 7-day one comes.
    expect(seen(firstRun.deliveries)).toEqual([
      ['li', 'lead', '2025-10-26T12:00'],
      ['li', 'lead', '2025-10-27T00:00'],
    ]);
    const snoozed = { ...base, progress: { li: { steps: {}, snoozedUntil } } };
    const { deliveries } = simulateDeliveries(
      { ...snoozed, firedLog: firstRun.firedLog },
      at('2025-10-27T10:00', AMS),
      Date.parse(snoozedUntil) + 3_600_000,
    );
    const returned = deliveries.filter((d) => d.at >= Date.parse(snoozedUntil));
    expect(seen(returned)[0]?.slice(0, 1)).toEqual(['li']);
    expect(wall(returned[0]?.at ?? 0, AMS)).toBe(back);
    expect(deliveries.filter((d) => d.at < Date.parse(snoozedUntil))).toEqual([]);
    // It came back once, not on every wake-up after.
    expect(returned.filter((d) => d.at < Date.parse(snoozedUntil) + 3_000_000)).toHaveLength(1);
  });

  it('brings every held-back checklist back at the end of "Snooze all", as one digest', () => {
    const other = makeChecklist('other', { deadline: '2025-11-01T12:00:00+01:00' });
    const both = input([midnight, other], 0, AMS);
    const start = simulateDeliveries(
      both,
      at('2025-10-31T12:30', AMS),
      at('2025-10-31T13:00', AMS),
    );
    expect(start.deliveries).toHaveLength(1);
    const until = '2025-10-31T15:00:00+01:00';
    const { deliveries } = simulateDeliveries(
      { ...both, settings: settings({ snoozeAllUntil: until }), firedLog: start.firedLog },
      at('2025-10-31T13:00', AMS),
      at('2025-10-31T16:00', AMS),
    );
    expect(deliveries.map((d) => [wall(d.at, AMS), d.count])).toEqual([['2025-10-31T15:00', 2]]);
  });

  it('brings an overdue checklist back after a snooze, not a week later', () => {
    const overdue = simulateDeliveries(
      base,
      at('2025-11-12T12:00', AMS),
      at('2025-11-12T12:10', AMS),
    );
    expect(seen(overdue.deliveries)).toEqual([['li', 'overdue', '2025-11-12T12:00']]);
    const { deliveries } = simulateDeliveries(
      {
        ...base,
        progress: { li: { steps: {}, snoozedUntil: '2025-11-13T09:00:00+01:00' } },
        firedLog: overdue.firedLog,
      },
      at('2025-11-12T12:10', AMS),
      at('2025-11-13T12:00', AMS),
    );
    expect(deliveries.map((d) => wall(d.at, AMS))).toEqual(['2025-11-13T09:00']);
  });

  it('brings nothing back for a checklist that had nothing due by the snooze end', () => {
    const far = makeChecklist('far', { deadline: '2026-03-01T12:00:00+01:00' });
    const { deliveries } = simulateDeliveries(
      input([far], 0, AMS, {
        progress: { far: { steps: {}, snoozedUntil: '2025-11-02T09:00:00+01:00' } },
      }),
      at('2025-11-01T12:00', AMS),
      at('2025-11-03T12:00', AMS),
    );
    expect(deliveries).toEqual([]);
  });
});

describe('one launch with the clock far ahead', () => {
  it('does not silence the reminders before the deadline once the clock is right again', () => {
    const base = input([midnight], 0, AMS);
    // Started once in 2027 (an RTC reset): the last gentle reminder fires and is recorded.
    const wrong = dueNow({ ...base, now: at('2027-01-01T12:00', AMS), firedLog: [] });
    expect(wrong.reminders.map((r) => r.kind)).toEqual(['worth-doing']);
    const firedLog = recordFired([], wrong.fired, at('2027-01-01T12:00', AMS));

    const { deliveries } = simulateDeliveries(
      { ...base, firedLog },
      at('2025-10-15T12:00', AMS),
      at('2025-11-03T01:00', AMS),
    );
    expect(seen(deliveries)).toEqual([
      ['li', 'lead', '2025-10-20T00:00'],
      ['li', 'lead', '2025-10-27T00:00'],
      ['li', 'lead', '2025-10-31T00:00'],
      ['li', 'lead', '2025-11-02T00:00'],
      ['li', 'lead', '2025-11-02T22:00'],
      ['li', 'deadline', '2025-11-03T00:00'],
    ]);
  });

  it('keeps the back-off going after the clock is corrected', () => {
    const base = input([midnight], 0, AMS);
    const wrong = dueNow({ ...base, now: at('2027-01-01T12:00', AMS), firedLog: [] });
    const firedLog = recordFired([], wrong.fired, at('2027-01-01T12:00', AMS));
    const { deliveries } = simulateDeliveries(
      { ...base, firedLog },
      at('2025-11-12T12:00', AMS),
      at('2025-11-25T12:00', AMS),
    );
    expect(seen(deliveries)).toEqual([
      // A late overdue reminder; the one of 17 November would follow it too closely.
      ['li', 'overdue', '2025-11-12T12:00'],
    ]);
  });

  it('repeats nothing when the clock goes back an hour', () => {
    const base = input([midnight], 0, AMS);
    const before = simulateDeliveries(
      base,
      at('2025-11-02T21:00', AMS),
      at('2025-11-02T23:00', AMS),
    );
    expect(seen(before.deliveries).at(-1)).toEqual(['li', 'lead', '2025-11-02T22:00']);
    const again = simulateDeliveries(
      { ...base, firedLog: before.firedLog },
      at('2025-11-02T21:05', AMS),
      at('2025-11-02T23:30', AMS),
    );
    expect(again.deliveries).toEqual([]);
  });
});

describe('quiet hours around a deadline', () => {
  const quiet = input([midnight, early], 0, AMS, { settings: settings({ quietHours: NIGHT }) });

  it('delivers the last reminder for a 00:00 deadline before 22:00 the evening before', () => {
    const { deliveries } = simulateDeliveries(
      { ...quiet, checklists: [midnight] },
      at('2025-11-01T12:00', AMS),
      at('2025-11-03T12:00', AMS),
    );
    expect(seen(deliveries)).toEqual([
      ['li', 'lead', '2025-11-01T12:00'],
      ['li', 'lead', '2025-11-02T08:00'],
      ['li', 'deadline', '2025-11-02T21:59'],
    ]);
  });

  it('never delivers inside quiet hours for a 07:00 deadline', () => {
    const { deliveries } = simulateDeliveries(
      { ...quiet, checklists: [early] },
      at('2025-11-03T12:00', AMS),
      at('2025-11-05T12:00', AMS),
    );
    expect(deliveries.filter((d) => inQuietHours(d.at))).toEqual([]);
    expect(seen(deliveries)).toEqual([
      ['early', 'lead', '2025-11-03T12:00'],
      ['early', 'lead', '2025-11-04T08:00'],
      ['early', 'deadline', '2025-11-04T21:59'],
    ]);
  });

  it('treats the timer firing a moment after "just before quiet hours" as that moment', () => {
    const late = at('2025-11-04T21:59', AMS) + 5;
    const plan = planReminders({ ...quiet, checklists: [early], now: late });
    expect(plan.reminders[0]).toMatchObject({ instant: late, forcedByDeadline: false });
    expect(plan.reminders.some((r) => inQuietHours(r.instant))).toBe(false);
  });
});
