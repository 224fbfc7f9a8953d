/**
 * A snooze never runs past a deadline it would hide: it ends at the
 * checklist's last lead reminder at the latest (the deadline, once inside the
 * last lead window), and the planner then still brings the last lead reminder
 * and the deadline reminder.
 */
import { describe, expect, it } from 'vitest';
import type { Checklist } from '../../../src/shared/catalog/index.ts';
import type { Progress } from '../../../src/shared/progress/schema.ts';
import { capSnoozeEnd, type SnoozeCapInput } from '../../../src/shared/reminders/snooze-cap.ts';
import type { Settings } from '../../../src/shared/settings/schema.ts';
import { at, input, makeChecklist, settings, wall } from '../support/fixtures.ts';
import { simulateDeliveries } from '../support/simulate.ts';

const AMS = 'Europe/Amsterdam';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const li = makeChecklist('li', { deadline: '2026-12-01T10:00:00+01:00' });

function capInput(
  checklists: Checklist[],
  now: number,
  overrides: {
    progress?: Record<string, Progress>;
    settings?: Partial<Settings>;
    zone?: string;
  } = {},
): SnoozeCapInput {
  return {
    checklists,
    progress: overrides.progress ?? {},
    settings: settings(overrides.settings),
    now,
    zone: overrides.zone ?? AMS,
  };
}

/** The capped end as a wall time in Amsterdam, and whether it was shortened. */
function capped(chosen: number | null, cap: SnoozeCapInput) {
  const { until, isShortened } = capSnoozeEnd(chosen, cap);
  return { until: until === null ? null : wall(until, cap.zone), isShortened };
}

describe('capSnoozeEnd', () => {
  it('leaves a snooze that ends before the last lead reminder as chosen', () => {
    const now = at('2026-11-10T10:00', AMS);
    expect(capped(now + 7 * DAY, capInput([li], now))).toEqual({
      until: '2026-11-17T10:00',
      isShortened: false,
    });
  });

  it('ends "For 1 week" chosen 5 days before the deadline at the 2-hour reminder', () => {
    const now = at('2026-11-26T10:00', AMS);
    expect(capped(now + 7 * DAY, capInput([li], now))).toEqual({
      until: '2026-12-01T08:00',
      isShortened: true,
    });
  });

  it('ends a snooze inside the last lead window at the deadline', () => {
    const now = at('2026-12-01T08:30', AMS);
    expect(capped(at('2026-12-02T09:00', AMS), capInput([li], now))).toEqual({
      until: '2026-12-01T10:00',
      isShortened: true,
    });
    // An hour that ends before the deadline stays an hour.
    expect(capped(now + HOUR, capInput([li], now))).toEqual({
      until: '2026-12-01T09:30',
      isShortened: false,
    });
  });

  it('leaves a snooze as chosen once the deadline has passed, and without a deadline', () => {
    const now = at('2026-12-01T10:00', AMS);
    expect(capped(now + 7 * DAY, capInput([li], now)).isShortened).toBe(false);
    const later = at('2026-12-03T10:00', AMS);
    expect(capped(later + 7 * DAY, capInput([li], later))).toEqual({
      until: '2026-12-10T10:00',
      isShortened: false,
    });
    const undated = makeChecklist('undated');
    const early = at('2026-11-26T10:00', AMS);
    expect(capped(early + 7 * DAY, capInput([undated], early)).isShortened).toBe(false);
  });

  it('caps at the shortest lead time the settings have: only 1 day → a day before', () => {
    const now = at('2026-11-26T10:00', AMS);
    const cap = capInput([li], now, { settings: { leadTimesMinutes: [1_440] } });
    expect(capped(now + 7 * DAY, cap)).toEqual({ until: '2026-11-30T10:00', isShortened: true });
    // Inside that day: the deadline.
    const inside = capInput([li], at('2026-11-30T18:00', AMS), {
      settings: { leadTimesMinutes: [1_440] },
    });
    expect(capped(at('2026-12-01T09:00', AMS) + DAY, inside).until).toBe('2026-12-01T10:00');
    // No lead times at all: the deadline reminder is the last one.
    const none = capInput([li], now, { settings: { leadTimesMinutes: [] } });
    expect(capped(now + 7 * DAY, none).until).toBe('2026-12-01T10:00');
  });

  it.each<[string, Progress, Partial<Settings>]>([
    ['done', { steps: {}, completedAt: '2026-11-20T10:00:00.000Z', completedHow: 'elsewhere' }, {}],
    [
      'dismissed ("Not relevant to me")',
      { steps: {}, dismissedAt: '2026-11-20T10:00:00.000Z' },
      {},
    ],
    // Had after its deadline (a clock set back): the planner gives it no lead reminders.
    ['first had after its deadline', { steps: {}, firstSeenAt: '2026-12-05T10:00:00.000Z' }, {}],
  ])('does not cap for a checklist that is %s', (_label, progress, settingsChange) => {
    const now = at('2026-11-26T10:00', AMS);
    const cap = capInput([li], now, { progress: { li: progress }, settings: settingsChange });
    expect(capped(now + 7 * DAY, cap)).toEqual({ until: '2026-12-03T10:00', isShortened: false });
  });

  it('does not cap for a checklist outside the region, unless the user follows it', () => {
    const us = makeChecklist('us', {
      deadline: '2026-12-01T10:00:00+01:00',
      regions: { include: ['US'] },
    });
    const now = at('2026-11-26T10:00', AMS);
    const nl = { country: 'NL' };
    expect(capped(now + 7 * DAY, capInput([us], now, { settings: nl })).isShortened).toBe(false);
    const followed = { us: { steps: {}, followedAt: '2026-11-01T10:00:00.000Z' } };
    expect(
      capped(now + 7 * DAY, capInput([us], now, { settings: nl, progress: followed })).until,
    ).toBe('2026-12-01T08:00');
  });

  it('caps "Snooze all" by the earliest deadline among the open, relevant checklists', () => {
    const soon = makeChecklist('soon', { deadline: '2026-11-29T18:00:00+01:00' });
    const done = makeChecklist('done', { deadline: '2026-11-27T12:00:00+01:00' });
    const now = at('2026-11-26T10:00', AMS);
    const cap = capInput([li, soon, done], now, {
      progress: { done: { steps: {}, dismissedAt: '2026-11-20T10:00:00.000Z' } },
    });
    expect(capped(now + 7 * DAY, cap)).toEqual({ until: '2026-11-29T16:00', isShortened: true });
  });

  it('never changes ending a snooze', () => {
    const now = at('2026-11-26T10:00', AMS);
    expect(capSnoozeEnd(null, capInput([li], now))).toEqual({ until: null, isShortened: false });
  });

  it('keeps whole-day lead times on the wall clock across the change to winter time', () => {
    // Clocks go back in Amsterdam in the night of 24–25 October 2026.
    const deadline = makeChecklist('dst', { deadline: '2026-10-26T10:00:00+01:00' });
    const now = at('2026-10-22T10:00', AMS);
    const oneDay = capInput([deadline], now, { settings: { leadTimesMinutes: [2 * 1_440] } });
    // Two days before on the wall clock (49 hours earlier), not 48 hours.
    expect(capped(now + 7 * DAY, oneDay).until).toBe('2026-10-24T10:00');
    // The default 2 hours stay two real hours.
    expect(capped(now + 7 * DAY, capInput([deadline], now)).until).toBe('2026-10-26T08:00');
  });
});

describe('a last lead reminder in quiet hours (22:00–08:00)', () => {
  const quiet = { quietHours: { start: '22:00', end: '08:00' } };

  it('moved to their end: the snooze ends when it comes, at 08:00', () => {
    const nine = makeChecklist('nine', { deadline: '2026-11-25T09:00:00+01:00' });
    const now = at('2026-11-24T15:00', AMS);
    expect(capped(now + 7 * DAY, capInput([nine], now, { settings: quiet })).until).toBe(
      '2026-11-25T08:00',
    );
  });

  it('moved before they start (a 07:00 deadline): the snooze ends at 21:59, not inside them', () => {
    const early = makeChecklist('early', { deadline: '2026-11-25T07:00:00+01:00' });
    const now = at('2026-11-24T15:00', AMS);
    const cap = capInput([early], now, { settings: quiet });
    expect(capped(at('2026-11-25T09:00', AMS), cap)).toEqual({
      until: '2026-11-24T21:59',
      isShortened: true,
    });
    // The planner brings the last reminder then, as it would without the snooze.
    const { until } = capSnoozeEnd(at('2026-11-25T09:00', AMS), cap);
    const snoozed = input([early], 0, AMS, {
      settings: settings(quiet),
      progress: { early: { steps: {}, snoozedUntil: new Date(until as number).toISOString() } },
    });
    const { deliveries } = simulateDeliveries(snoozed, now, at('2026-11-25T10:00', AMS));
    expect(deliveries.map((d) => [d.primary.kind, wall(d.at, AMS)])).toEqual([
      ['deadline', '2026-11-24T21:59'],
    ]);
  });
});

describe('after a capped snooze the planner still brings the deadline', () => {
  it('"For 1 week" 5 days before: the 2-hour reminder at its time, then the deadline reminder', () => {
    const now = at('2026-11-26T10:00', AMS);
    const { until } = capSnoozeEnd(now + 7 * DAY, capInput([li], now));
    const snoozed = input([li], 0, AMS, {
      progress: { li: { steps: {}, snoozedUntil: new Date(until as number).toISOString() } },
    });
    const { deliveries } = simulateDeliveries(snoozed, now, at('2026-12-02T10:00', AMS));
    expect(deliveries.map((d) => [d.primary.kind, d.primary.leadMinutes, wall(d.at, AMS)])).toEqual(
      [
        ['lead', 120, '2026-12-01T08:00'],
        ['deadline', undefined, '2026-12-01T10:00'],
      ],
    );
  });
});
