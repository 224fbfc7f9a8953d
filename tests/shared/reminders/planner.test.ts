import { describe, expect, it } from 'vitest';
import { builtinCatalog } from '../../../src/shared/catalog/index.ts';
import {
  dueNow,
  type FiredEntry,
  planReminders,
  recordFired,
} from '../../../src/shared/reminders/index.ts';
import { at, input, makeChecklist, settings, wall } from '../support/fixtures.ts';

const AMS = 'Europe/Amsterdam';
const NIGHT = { start: '22:00', end: '08:00' };
const HOUR = 3_600_000;
const DAY = 86_400_000;
const linkedinLike = makeChecklist('li', { deadline: '2025-11-03T00:00:00+01:00' });

const plannedWalls = (plan: ReturnType<typeof planReminders>, zone: string) =>
  plan.reminders.map((r) => [
    r.kind,
    r.leadMinutes ?? r.overdueCount ?? null,
    wall(r.instant, zone),
  ]);

/**
 * Runs the planner every 4 hours for `days` from `from` (Amsterdam) with
 * quiet hours, as the app would, and lists what is delivered after the
 * deadline (lead and deadline reminders are pinned above).
 */
function deliveries(
  checklist: ReturnType<typeof makeChecklist>,
  overrides: Parameters<typeof settings>[0],
  from: string,
  days: number,
  progress: Record<string, { steps: Record<string, never>; firstSeenAt?: string }> = {},
): [string, string][] {
  const base = input([checklist], at(from, AMS), AMS, {
    settings: settings({ quietHours: NIGHT, ...overrides }),
    progress,
  });
  let firedLog: FiredEntry[] = [];
  const seen: [string, string][] = [];
  for (let now = base.now; now <= base.now + days * DAY; now += 4 * HOUR) {
    const due = dueNow({ ...base, now, firedLog });
    for (const { kind } of due.reminders)
      if (kind === 'overdue' || kind === 'worth-doing') seen.push([kind, wall(now, AMS)]);
    firedLog = recordFired(firedLog, due.fired, now);
  }
  return seen;
}

describe('planReminders — lead times and the deadline', () => {
  it('keeps local clock time across the end of summer time in Amsterdam', () => {
    const plan = planReminders(input([linkedinLike], at('2025-10-01T12:00', AMS), AMS));
    expect(plannedWalls(plan, AMS)).toEqual([
      ['lead', 20160, '2025-10-20T00:00'],
      ['lead', 10080, '2025-10-27T00:00'],
      ['lead', 4320, '2025-10-31T00:00'],
      ['lead', 1440, '2025-11-02T00:00'],
      ['lead', 120, '2025-11-02T22:00'],
      ['deadline', null, '2025-11-03T00:00'],
      ['overdue', 1, '2025-11-10T00:00'],
      ['overdue', 2, '2025-11-17T00:00'],
      ['worth-doing', 1, '2025-12-17T00:00'],
      ['worth-doing', 2, '2026-01-16T00:00'],
      ['worth-doing', 3, '2026-02-15T00:00'],
    ]);
    const [fourteen] = plan.reminders;
    // 14 calendar days across the DST change are 14 × 24 h + 1 h.
    expect(Date.parse('2025-11-02T23:00:00Z') - (fourteen?.instant ?? 0)).toBe(14 * DAY + HOUR);
    expect(plan.nextWakeAt).toBe(fourteen?.instant);
    expect(fourteen?.key).toBe('li:lead:20160:2025-11-02T23:00:00.000Z');
  });

  it('moves reminders out of quiet hours, and before them when the deadline would pass', () => {
    const plan = planReminders(
      input([linkedinLike], at('2025-10-01T12:00', AMS), AMS, {
        settings: settings({ quietHours: NIGHT }),
      }),
    );
    expect(plannedWalls(plan, AMS)).toEqual([
      ['lead', 20160, '2025-10-20T08:00'],
      ['lead', 10080, '2025-10-27T08:00'],
      ['lead', 4320, '2025-10-31T08:00'],
      ['lead', 1440, '2025-11-02T08:00'],
      ['deadline', null, '2025-11-02T21:59'],
      ['lead', 120, '2025-11-02T21:59'],
      ['overdue', 1, '2025-11-10T08:00'],
      ['overdue', 2, '2025-11-17T08:00'],
      ['worth-doing', 1, '2025-12-17T08:00'],
      ['worth-doing', 2, '2026-01-16T08:00'],
      ['worth-doing', 3, '2026-02-15T08:00'],
    ]);
    expect(plan.reminders.every((r) => !r.forcedByDeadline)).toBe(true);
  });

  it('counts whole days across the New York spring-forward and resolves a quiet-hours end in the gap', () => {
    const zone = 'America/New_York';
    const checklist = makeChecklist('ny', { deadline: '2026-03-10T09:00:00-04:00', zone });
    const plan = planReminders(
      input([checklist], at('2026-03-01T12:00', zone), zone, {
        settings: settings({ leadTimesMinutes: [4320, 1470] }),
      }),
    );
    expect(plannedWalls(plan, zone).slice(0, 2)).toEqual([
      ['lead', 4320, '2026-03-07T09:00'],
      ['lead', 1470, '2026-03-09T08:30'],
    ]);
    expect(Date.parse('2026-03-10T13:00:00Z') - (plan.reminders[0]?.instant ?? 0)).toBe(
      3 * DAY - HOUR,
    );

    // 01:30 EST on 8 March is in quiet hours ending 02:30 — a wall time that does not exist that night.
    const gap = makeChecklist('gap', { deadline: '2026-03-08T12:00:00-04:00', zone });
    const moved = planReminders(
      input([gap], at('2026-03-01T12:00', zone), zone, {
        settings: settings({
          leadTimesMinutes: [570],
          quietHours: { start: '01:00', end: '02:30' },
        }),
      }),
    );
    expect(wall(moved.reminders[0]?.occurrence ?? 0, zone)).toBe('2026-03-08T01:30');
    expect(wall(moved.reminders[0]?.instant ?? 0, zone)).toBe('2026-03-08T03:30');
  });

  it('handles a half-hour zone (Asia/Kolkata)', () => {
    const zone = 'Asia/Kolkata';
    const checklist = makeChecklist('in', { deadline: '2026-01-15T00:00:00+05:30', zone });
    const plan = planReminders(
      input([checklist], at('2026-01-01T12:00', zone), zone, {
        settings: settings({
          leadTimesMinutes: [1440],
          quietHours: { start: '22:00', end: '07:30' },
        }),
      }),
    );
    expect(new Date(plan.reminders[0]?.instant ?? 0).toISOString()).toBe(
      '2026-01-14T02:00:00.000Z',
    );
    expect(wall(plan.reminders[1]?.instant ?? 0, zone)).toBe('2026-01-14T21:59');
  });

  it('handles a 45-minute zone (Asia/Kathmandu) for an Amsterdam deadline', () => {
    const zone = 'Asia/Kathmandu';
    const plan = planReminders(
      input([linkedinLike], at('2025-10-30T12:00', zone), zone, {
        settings: settings({ leadTimesMinutes: [1440, 120], quietHours: NIGHT }),
      }),
    );
    expect(plannedWalls(plan, zone)).toEqual([
      ['lead', 1440, '2025-11-02T08:00'],
      ['deadline', null, '2025-11-02T21:59'],
      ['lead', 120, '2025-11-02T21:59'],
      ['overdue', 1, '2025-11-10T08:00'],
      ['overdue', 2, '2025-11-17T08:00'],
      ['worth-doing', 1, '2025-12-17T08:00'],
      ['worth-doing', 2, '2026-01-16T08:00'],
      ['worth-doing', 3, '2026-02-15T08:00'],
    ]);
    expect(new Date(plan.reminders[0]?.instant ?? 0).toISOString()).toBe(
      '2025-11-02T02:15:00.000Z',
    );
  });

  it('delivers inside quiet hours only when the deadline forces it', () => {
    const now = at('2025-11-02T23:30', AMS);
    const plan = planReminders(
      input([linkedinLike], now, AMS, { settings: settings({ quietHours: NIGHT }) }),
    );
    expect(
      plan.reminders.slice(0, 2).map((r) => [r.kind, wall(r.instant, AMS), r.forcedByDeadline]),
    ).toEqual([
      ['lead', '2025-11-02T23:30', true],
      ['deadline', '2025-11-03T00:00', true],
    ]);
    expect(plan.reminders[2]).toMatchObject({ kind: 'overdue', forcedByDeadline: false });
  });
});

describe('planReminders — after the deadline, completion, snooze, pause, region', () => {
  const now = at('2025-11-12T12:00', AMS);

  it('plans what is left of the back-off: the latest due occurrence, then the rest', () => {
    const plan = planReminders(input([linkedinLike], now, AMS));
    expect(plannedWalls(plan, AMS)).toEqual([
      ['overdue', 1, '2025-11-12T12:00'],
      ['overdue', 2, '2025-11-17T00:00'],
      ['worth-doing', 1, '2025-12-17T00:00'],
      ['worth-doing', 2, '2026-01-16T00:00'],
      ['worth-doing', 3, '2026-02-15T00:00'],
    ]);
    const never = planReminders(
      input([linkedinLike], now, AMS, { settings: settings({ overdueEveryDays: null }) }),
    );
    expect(plannedWalls(never, AMS)).toEqual([['deadline', null, '2025-11-12T12:00']]);
  });

  it('plans only a re-check for a completed checklist, and nothing when dismissed', () => {
    const completed = {
      li: { steps: {}, completedAt: '2025-11-01T10:00:00Z', completedHow: 'elsewhere' as const },
    };
    const plan = planReminders(input([linkedinLike], now, AMS, { progress: completed }));
    expect(plannedWalls(plan, AMS)).toEqual([['recheck', null, '2026-04-30T11:00']]);
    const off = planReminders(
      input([linkedinLike], now, AMS, {
        progress: completed,
        settings: settings({ recheckAfterDays: null }),
      }),
    );
    expect(off.reminders).toEqual([]);
    const dismissed = { li: { steps: {}, dismissedAt: '2025-11-01T10:00:00Z' } };
    expect(planReminders(input([linkedinLike], now, AMS, { progress: dismissed }))).toEqual({
      reminders: [],
      nextWakeAt: null,
    });
  });

  it('collapses what came due during a snooze into one reminder at its end', () => {
    const progress = { li: { steps: {}, snoozedUntil: '2025-11-02T09:00:00+01:00' } };
    const plan = planReminders(
      input([linkedinLike], at('2025-10-28T12:00', AMS), AMS, { progress }),
    );
    expect(plannedWalls(plan, AMS).slice(0, 2)).toEqual([
      ['lead', 1440, '2025-11-02T09:00'],
      ['lead', 120, '2025-11-02T22:00'],
    ]);
    const all = planReminders(
      input([linkedinLike], at('2025-10-28T12:00', AMS), AMS, {
        settings: settings({ snoozeAllUntil: '2025-11-02T09:00:00+01:00' }),
      }),
    );
    expect(all.reminders).toEqual(plan.reminders);
    // A pause holds reminders back the same way; only a snooze's return is keyed by its end.
    const paused = settings({ paused: { until: '2025-11-02T09:00:00+01:00' } });
    expect(
      plannedWalls(
        planReminders(
          input([linkedinLike], at('2025-10-28T12:00', AMS), AMS, { settings: paused }),
        ),
        AMS,
      ),
    ).toEqual(plannedWalls(plan, AMS));
  });

  it('plans nothing while paused indefinitely', () => {
    expect(
      planReminders(input([linkedinLike], now, AMS, { settings: settings({ paused: true }) })),
    ).toEqual({
      reminders: [],
      nextWakeAt: null,
    });
  });

  it('skips checklists outside the user region unless opted in', () => {
    const outside = makeChecklist('ms', {
      deadline: '2025-11-03T00:00:00Z',
      zone: 'UTC',
      regions: { include: ['WORLD'], exclude: ['EU', 'EEA', 'CH'] },
    });
    expect(
      planReminders(input([outside], now, AMS, { settings: settings({ country: 'NL' }) }))
        .reminders,
    ).toEqual([]);
    const optedIn = settings({ country: 'NL', includeOtherRegions: true });
    expect(planReminders(input([outside], now, AMS, { settings: optedIn })).reminders).toHaveLength(
      5,
    );
    expect(
      planReminders(input([outside], now, AMS, { settings: settings({ country: 'US' }) }))
        .reminders,
    ).toHaveLength(5);
  });
});

describe('dueNow', () => {
  it('gives a new user nothing at install for the past built-in deadlines, then one digest a month', () => {
    const now = at('2026-11-23T10:00', AMS);
    const firstSeenAt = new Date(now).toISOString();
    const base = input([...builtinCatalog], now, AMS, {
      settings: settings({ country: 'NL', quietHours: NIGHT }),
      progress: Object.fromEntries(builtinCatalog.map((c) => [c.id, { steps: {}, firstSeenAt }])),
    });
    expect(dueNow(base).fired).toEqual([]);
    const next = planReminders(base).nextWakeAt ?? 0;
    expect(wall(next, AMS)).toBe('2026-12-23T10:00');
    const due = dueNow({ ...base, now: next });
    expect(due.reminders.map((r) => [r.checklistId, r.kind])).toEqual([
      ['meta-ai-training', 'worth-doing'],
      ['google-gemini-activity', 'worth-doing'],
      ['anthropic-claude-training', 'worth-doing'],
      ['linkedin-ai-training', 'worth-doing'],
      ['github-copilot-training', 'worth-doing'],
    ]);
    expect(due.digest?.others).toHaveLength(4);
  });

  it('at the deadline, after 7 and 14 days, then monthly three times, then never again', () => {
    expect(deliveries(linkedinLike, {}, '2025-11-01T12:00', 200)).toEqual([
      ['overdue', '2025-11-10T08:00'],
      ['overdue', '2025-11-17T08:00'],
      ['worth-doing', '2025-12-17T08:00'],
      ['worth-doing', '2026-01-16T08:00'],
      ['worth-doing', '2026-02-15T08:00'],
    ]);
  });

  it('follows the settings: a longer first interval, fewer gentle reminders, or none after the deadline', () => {
    expect(
      deliveries(
        linkedinLike,
        { overdueEveryDays: 14, stillWorthDoingReminders: 1 },
        '2025-11-01T12:00',
        200,
      ),
    ).toEqual([
      ['overdue', '2025-11-17T08:00'],
      ['overdue', '2025-12-01T08:00'],
      ['worth-doing', '2025-12-31T08:00'],
    ]);
    expect(deliveries(linkedinLike, { overdueEveryDays: null }, '2025-11-01T12:00', 200)).toEqual(
      [],
    );
  });

  it('for a deadline that passed before the user had the checklist: one gentle reminder a month, three in all', () => {
    const progress = { li: { steps: {}, firstSeenAt: '2026-11-24T09:00:00Z' } };
    expect(deliveries(linkedinLike, {}, '2026-11-24T10:00', 200, progress)).toEqual([
      ['worth-doing', '2026-12-24T10:00'],
      ['worth-doing', '2027-01-23T10:00'],
      ['worth-doing', '2027-02-22T10:00'],
    ]);
    // A deadline two days before the user had it is past already: no "deadline reached".
    const recent = { li: { steps: {}, firstSeenAt: '2025-11-05T09:00:00Z' } };
    expect(deliveries(linkedinLike, {}, '2025-11-05T10:00', 40, recent)).toEqual([
      ['worth-doing', '2025-12-05T10:00'],
    ]);
  });

  it('does not follow a late catch-up with another overdue reminder days later', () => {
    // Offline from before the deadline until 13 days after it.
    const log = (() => {
      const due = dueNow(input([linkedinLike], at('2025-11-16T12:00', AMS), AMS));
      expect(due.reminders.map((r) => [r.kind, r.overdueCount])).toEqual([['overdue', 1]]);
      return recordFired([], due.fired, at('2025-11-16T12:00', AMS));
    })();
    const plan = planReminders({
      ...input([linkedinLike], at('2025-11-16T12:00', AMS), AMS),
      firedLog: log,
    });
    expect(plannedWalls(plan, AMS)[0]).toEqual(['worth-doing', 1, '2025-12-17T00:00']);
  });

  it('leads a digest with a deadline that can still be met (31 October 2025)', () => {
    const now = at('2025-10-31T12:00', AMS);
    const due = dueNow(
      input([...builtinCatalog], now, AMS, { settings: settings({ country: 'NL' }) }),
    );
    expect(due.digest?.primary).toMatchObject({
      checklistId: 'linkedin-ai-training',
      kind: 'lead',
      leadMinutes: 4320,
    });
    // Anthropic's deadline passed 23 days before: overdue, but after the one still ahead.
    expect(due.reminders.map((r) => [r.checklistId, r.kind])).toEqual([
      ['linkedin-ai-training', 'lead'],
      ['anthropic-claude-training', 'overdue'],
      ['meta-ai-training', 'worth-doing'],
      ['google-gemini-activity', 'worth-doing'],
    ]);
  });

  it('after the clock jumps back three weeks, silences nothing and repeats no delivered reminder', () => {
    const base = input([linkedinLike], 0, AMS, { settings: settings({ quietHours: NIGHT }) });
    let firedLog: FiredEntry[] = [];
    const seen: string[] = [];
    const clock = [
      at('2025-10-31T12:00', AMS),
      at('2025-11-12T12:00', AMS),
      at('2025-10-25T12:00', AMS), // back almost three weeks
      ...Array.from({ length: 64 }, (_, i) => at('2025-10-25T12:00', AMS) + i * 12 * HOUR),
    ];
    for (const now of clock) {
      const due = dueNow({ ...base, now, firedLog });
      seen.push(...due.reminders.map((r) => r.key));
      firedLog = recordFired(firedLog, due.fired, now);
    }
    expect(seen).toEqual([
      'li:lead:4320:2025-11-02T23:00:00.000Z',
      'li:overdue:1:2025-11-02T23:00:00.000Z',
      // Back on 25 October: the reminders of the weeks before the deadline come (again).
      'li:lead:20160:2025-11-02T23:00:00.000Z',
      'li:lead:10080:2025-11-02T23:00:00.000Z',
      'li:lead:1440:2025-11-02T23:00:00.000Z',
      'li:lead:120:2025-11-02T23:00:00.000Z',
      'li:deadline:2025-11-02T23:00:00.000Z',
      // The delivered ones (3 days, overdue 1) do not repeat; the cadence continues from them.
    ]);
  });

  it('leads a digest with a night-time deadline that quiet hours brought to the evening before', () => {
    // Quiet hours 22:00–08:00: the 2-hour and deadline reminders of a 03:30 deadline both come at
    // 21:59, where "Snooze all" ended; the other checklist is 10 days away.
    const soon = makeChecklist('soon', { deadline: '2026-11-29T03:30:00+01:00' });
    const later = makeChecklist('later', { deadline: '2026-12-08T10:00:00+01:00' });
    const now = at('2026-11-28T21:59', AMS);
    const due = dueNow(
      input([later, soon], now, AMS, {
        settings: settings({ quietHours: NIGHT, snoozeAllUntil: new Date(now).toISOString() }),
      }),
    );
    expect(due.digest?.primary).toMatchObject({ checklistId: 'soon' });
    expect(due.reminders.map((r) => r.checklistId)).toEqual(['soon', 'later']);
  });

  it('collapses a year asleep to the most urgent reminder per checklist', () => {
    const checklists = Array.from({ length: 5 }, (_, i) =>
      makeChecklist(`c${i}`, { deadline: `2025-0${i + 1}-15T12:00:00+01:00` }),
    );
    const due = dueNow(input(checklists, at('2026-06-01T12:00', AMS), AMS));
    expect(due.reminders).toHaveLength(5);
    expect(due.reminders.every((r) => r.kind === 'worth-doing')).toBe(true);
    expect(due.digest?.others).toHaveLength(4);
    expect(new Set(due.fired.map((f) => f.checklistId)).size).toBe(5);
  });
});
