/**
 * A long simulated run: the built app under the stand-in in Europe/Amsterdam
 * with a fake clock, for six weeks, through quiet hours, the end of summer
 * time, snoozes (notification action, snooze all), clock jumps forward and
 * back, and restarts. Every notification is checked against design.md's
 * rules, computed here on their own with Temporal:
 * - never inside quiet hours unless the deadline forces it;
 * - every lead time and deadline reminder comes at its (quiet-hours-moved)
 *   time — nothing silenced;
 * - every snooze comes back at its end;
 * - nothing twice for a checklist unless a new reminder came due, a snooze
 *   ended or the clock went back in between.
 */
import { Temporal } from 'temporal-polyfill';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { builtinCatalog } from '../../src/shared/catalog/index.ts';
import type { Checklist } from '../../src/shared/catalog/schema.ts';
import { AppDriver } from '../support/app-driver.ts';
import { closeSharedBrowser } from '../support/chromium.ts';
import { recordFigure } from '../support/figures.ts';
import { dueChecklist } from '../support/fixtures.ts';
import { seedProfile } from '../support/profile.ts';

const ZONE = 'Europe/Amsterdam';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const LEAD_DAYS = [14, 7, 3, 1];
const LEAD_HOURS = 2;
const QUIET = { start: 22 * 60, end: 8 * 60 };

const at = (wall: string) =>
  Temporal.PlainDateTime.from(wall).toZonedDateTime(ZONE).epochMilliseconds;
const wallOf = (ms: number) => Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(ZONE);
const show = (ms: number) => wallOf(ms).toPlainDateTime().toString({ smallestUnit: 'minute' });

/** Own checklists with deadlines at awkward times: midnight, inside quiet hours, across DST. */
const DEADLINES: Record<string, string> = {
  Alpha: '2026-10-10T00:00',
  Bravo: '2026-10-20T07:00',
  Charlie: '2026-10-27T09:00',
  Delta: '2026-11-06T12:00',
  Echo: '2026-11-20T18:00',
};
const START = at('2026-10-01T09:30');
const END = at('2026-11-12T09:30');

function checklist(name: string): Checklist {
  return {
    ...dueChecklist(`custom-${name.toLowerCase()}`, at(DEADLINES[name] as string)),
    organisation: name,
    title: { en: `${name} objection`, nl: `${name}-bezwaar` },
  };
}

// --- The rules, read independently of the app ------------------------------------------

function isQuiet(ms: number): boolean {
  const z = wallOf(ms);
  const minute = z.hour * 60 + z.minute;
  return minute >= QUIET.start || minute < QUIET.end;
}

/** The end of the quiet period containing `ms`, and the minute before it began. */
function quietBounds(ms: number): { end: number; beforeStart: number } {
  const z = wallOf(ms);
  const minute = z.hour * 60 + z.minute;
  const startDay = minute < QUIET.end ? z.toPlainDate().subtract({ days: 1 }) : z.toPlainDate();
  const wallAt = (date: Temporal.PlainDate, minutes: number) =>
    date
      .toZonedDateTime({
        timeZone: ZONE,
        plainTime: new Temporal.PlainTime(Math.floor(minutes / 60), minutes % 60),
      })
      .toInstant().epochMilliseconds;
  return {
    end: wallAt(startDay.add({ days: 1 }), QUIET.end),
    beforeStart: wallAt(startDay, QUIET.start) - MINUTE,
  };
}

/** When a reminder due at `ms` is delivered: out of quiet hours, before them if the deadline would pass. */
function deliveredAt(ms: number, deadline: number): number {
  if (!isQuiet(ms)) return ms;
  const { end, beforeStart } = quietBounds(ms);
  return ms <= deadline && end > deadline ? beforeStart : end;
}

/** Lead-time and deadline reminders of one checklist, as delivered. */
function expectedTimes(name: string): number[] {
  const deadline = at(DEADLINES[name] as string);
  const zoned = wallOf(deadline);
  const due = [
    ...LEAD_DAYS.map((days) => zoned.subtract({ days }).epochMilliseconds),
    deadline - LEAD_HOURS * HOUR,
    deadline,
  ];
  return [...new Set(due.map((ms) => deliveredAt(ms, deadline)))];
}

// --- Driving the app -------------------------------------------------------------------

interface Shown {
  at: number;
  title: string;
}

type Event =
  | { kind: 'remind-tomorrow'; at: number; returnsAt: number; name: string }
  | { kind: 'snooze-all'; at: number; returnsAt: number }
  | { kind: 'jump'; from: number; to: number }
  | { kind: 'restart'; at: number };

function nameOf(title: string): string | undefined {
  return Object.keys(DEADLINES).find((name) => title.includes(name));
}

const apps: AppDriver[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.dispose()));
});
afterAll(closeSharedBrowser);

async function runSixWeeks(): Promise<{ shown: Shown[]; events: Event[] }> {
  const userDataDir = seedProfile((data) => ({
    ...data,
    settings: { ...data.settings, country: 'NL' },
    customChecklists: Object.keys(DEADLINES).map(checklist),
    progress: Object.fromEntries(
      builtinCatalog.map((entry) => [
        entry.id,
        { steps: {}, dismissedAt: '2026-09-01T00:00:00.000Z' },
      ]),
    ),
  }));
  const launch = async (clock: number) => {
    const app = await AppDriver.launch({ userDataDir, clock, platform: 'darwin', timeZone: ZONE });
    apps.push(app);
    return app;
  };
  let app = await launch(START);
  let now = START;
  const shown: Shown[] = [];
  let seen = 0;
  const collect = async () => {
    const log = (await app.command({ name: 'notificationLog' })) as Shown[];
    shown.push(...log.slice(seen));
    seen = log.length;
  };
  const runUntil = async (target: number) => {
    while (now < target) {
      const step = Math.min(DAY, target - now);
      await app.command({ name: 'tick', ms: step });
      now += step;
    }
    await collect();
  };
  const events: Event[] = [];
  const script: Array<[string, () => Promise<void>]> = [
    // "Remind me tomorrow" on the notification Alpha's 7-day reminder brought at 08:00.
    [
      '2026-10-03T10:00',
      async () => {
        const log = (await app.command({ name: 'notificationLog' })) as Shown[];
        const index = log.length - 1;
        const name = nameOf(log[index]?.title ?? '') as string;
        const actions = (await app.snapshot()).notifications[index]?.actions ?? [];
        await app.command({
          name: 'notificationAction',
          index,
          action: actions.indexOf('Remind me tomorrow'),
        });
        events.push({ kind: 'remind-tomorrow', at: now, returnsAt: at('2026-10-04T09:00'), name });
      },
    ],
    [
      '2026-10-08T12:00',
      async () => {
        expect(await app.quitVia('Quit')).toBe(0);
        app = await launch(now);
        seen = 0;
        events.push({ kind: 'restart', at: now });
      },
    ],
    [
      '2026-10-12T14:00',
      async () => {
        await app.clickTrayMenu('Snooze all', 'For 1 hour');
        events.push({ kind: 'snooze-all', at: now, returnsAt: now + HOUR });
      },
    ],
    [
      '2026-10-15T12:00',
      async () => {
        const to = now + 2 * DAY;
        await app.command({ name: 'setSystemTime', epochMs: to });
        await app.command({ name: 'powerMonitor', event: 'resume' });
        events.push({ kind: 'jump', from: now, to });
        now = to;
      },
    ],
    [
      '2026-10-23T13:00',
      async () => {
        const to = now - 2 * HOUR;
        await app.command({ name: 'setSystemTime', epochMs: to });
        await app.command({ name: 'powerMonitor', event: 'resume' });
        events.push({ kind: 'jump', from: now, to });
        now = to;
      },
    ],
    [
      '2026-11-02T12:00',
      async () => {
        expect(await app.quitVia('Quit')).toBe(0);
        app = await launch(now);
        seen = 0;
        events.push({ kind: 'restart', at: now });
      },
    ],
  ];
  for (const [when, act] of script) {
    await runUntil(at(when));
    await act();
    await collect();
  }
  await runUntil(END);
  return { shown, events };
}

describe('six simulated weeks in Amsterdam', () => {
  it('delivers every reminder by the rules: none in quiet hours, none silenced, snoozes return, nothing twice', async () => {
    const { shown, events } = await runSixWeeks();
    const jumps = events.filter((e) => e.kind === 'jump');
    const skipped = (ms: number) =>
      jumps.some(
        (jump) => jump.kind === 'jump' && jump.to > jump.from && ms > jump.from && ms <= jump.to,
      );
    const snoozedAt = (name: string, ms: number) =>
      events.some(
        (e) =>
          (e.kind === 'snooze-all' || (e.kind === 'remind-tomorrow' && e.name === name)) &&
          ms > e.at &&
          ms < e.returnsAt,
      );
    const named = (name: string, from: number, to: number) =>
      shown.some((n) => n.at >= from && n.at <= to && nameOf(n.title) === name);
    const anyAt = (from: number, to: number) => shown.some((n) => n.at >= from && n.at <= to);
    const problems: string[] = [];

    // Never inside quiet hours unless waiting would pass the deadline.
    for (const n of shown) {
      const name = nameOf(n.title);
      expect(name, n.title).toBeDefined();
      const deadline = at(DEADLINES[name as string] as string);
      if (isQuiet(n.at) && !(n.at <= deadline && quietBounds(n.at).end > deadline))
        problems.push(`${show(n.at)} ${n.title}: inside quiet hours`);
    }

    // Nothing silenced: each lead-time and deadline reminder comes at its time (or, after a
    // jump forward, when the app wakes); two at once may come as one digest.
    const expected = Object.keys(DEADLINES).flatMap((name) =>
      expectedTimes(name)
        .filter((ms) => ms >= START && ms <= END)
        .map((ms) => ({ name, ms })),
    );
    for (const { name, ms } of expected) {
      if (snoozedAt(name, ms)) continue;
      const jump = jumps.find(
        (e) => e.kind === 'jump' && e.to > e.from && ms > e.from && ms <= e.to,
      );
      const from = jump?.kind === 'jump' ? jump.to : ms;
      // Two checklists due at once come as one digest naming the more urgent one.
      const ok =
        named(name, from, from + MINUTE) ||
        shown.some((n) => n.at >= from && n.at <= from + MINUTE && nameOf(n.title) !== name);
      if (!ok && !skipped(ms)) problems.push(`${name} ${show(ms)}: silenced`);
      if (!ok && skipped(ms) && !anyAt(from, from + MINUTE))
        problems.push(`${name} ${show(ms)}: not delivered after the jump`);
    }

    // Every snooze comes back at its end.
    for (const e of events) {
      if (e.kind === 'remind-tomorrow' && !named(e.name, e.returnsAt, e.returnsAt + MINUTE))
        problems.push(`${e.name}: "Remind me tomorrow" did not return at ${show(e.returnsAt)}`);
      if (e.kind === 'snooze-all' && !anyAt(e.returnsAt, e.returnsAt + MINUTE))
        problems.push(`snooze all did not return at ${show(e.returnsAt)}`);
    }

    // Nothing twice: between two notifications of a checklist something new came due, a
    // snooze ended, or the clock went back.
    for (const name of Object.keys(DEADLINES)) {
      const deadline = at(DEADLINES[name] as string);
      const mine = shown.filter((n) => nameOf(n.title) === name);
      mine.slice(1).forEach((n, index) => {
        const previous = mine[index] as Shown;
        const reasons = [
          ...expectedTimes(name),
          ...events.flatMap((e) => ('returnsAt' in e ? [e.returnsAt] : [])),
          ...jumps.flatMap((e) => (e.kind === 'jump' ? [e.to] : [])),
        ];
        const isExplained =
          reasons.some((ms) => ms > previous.at && ms <= n.at) ||
          jumps.some((e) => e.kind === 'jump' && e.to < e.from && e.from > previous.at) ||
          // After the deadline, overdue reminders keep a cadence of days.
          (previous.at >= deadline && n.at - previous.at >= DAY);
        if (!isExplained)
          problems.push(`${name}: again at ${show(n.at)} after ${show(previous.at)}`);
      });
    }

    expect(problems).toEqual([]);
    // The run covered what it is meant to cover.
    expect(shown.length).toBeGreaterThan(20);
    expect(expected.length).toBeGreaterThan(20);
    const days = Math.round((END - START) / DAY);
    recordFigure(
      'long simulated run',
      `${days} days, ${shown.length} notifications, ${events.length} events (snoozes, jumps, restarts)`,
    );
  }, 300_000);
});
