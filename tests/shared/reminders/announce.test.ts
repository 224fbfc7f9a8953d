import { describe, expect, it } from 'vitest';
import { dueNow, planReminders, recordFired } from '../../../src/shared/reminders/index.ts';
import { at, input, makeChecklist, settings, wall } from '../support/fixtures.ts';

const AMS = 'Europe/Amsterdam';
const DAY = 86_400_000;
/** A checklist a feed brought at 10:00 with its deadline 10 days later: the 14-day lead already passed. */
const ARRIVED = at('2026-11-23T10:00', AMS);
const copilot = makeChecklist('copilot', { deadline: '2026-12-03T00:00:00+01:00' });
const announcing = (now: number, extra: Parameters<typeof settings>[0] = {}) => ({
  ...input([copilot], now, AMS),
  settings: settings({ quietHours: { start: '22:00', end: '08:00' }, ...extra }),
  announcements: new Map([['copilot', ARRIVED]]),
});

describe('announcing a new checklist', () => {
  it('announces once at arrival instead of a lead time that passed; then the usual lead times follow', () => {
    const due = dueNow(announcing(ARRIVED));
    expect(due.reminders.map((r) => r.kind)).toEqual(['announce']);
    const firedLog = recordFired([], due.fired, ARRIVED);
    // Delivered (and marked announced): nothing is due again, the 7-day lead comes next.
    const after = { ...input([copilot], ARRIVED + 60_000, AMS), firedLog };
    expect(dueNow(after).reminders).toEqual([]);
    const next = planReminders(after).reminders[0];
    expect([next?.kind, next?.leadMinutes, wall(next?.instant ?? 0, AMS)]).toEqual([
      'lead',
      10_080,
      '2026-11-26T00:00',
    ]);
  });

  it('waits for the end of quiet hours', () => {
    const night = at('2026-11-23T23:30', AMS);
    const plan = planReminders({
      ...announcing(night),
      announcements: new Map([['copilot', night]]),
    });
    const announce = plan.reminders.find((r) => r.kind === 'announce');
    expect(wall(announce?.instant ?? 0, AMS)).toBe('2026-11-24T08:00');
    expect(
      dueNow({ ...announcing(night), announcements: new Map([['copilot', night]]) }).reminders,
    ).toEqual([]);
  });

  it('says nothing while paused, outside the user’s region, or once the deadline passed', () => {
    expect(dueNow(announcing(ARRIVED, { paused: true })).reminders).toEqual([]);
    const elsewhere = makeChecklist('copilot', {
      deadline: '2026-12-03T00:00:00+01:00',
      regions: { include: ['US'] },
    });
    expect(
      dueNow({ ...announcing(ARRIVED, { country: 'NL' }), checklists: [elsewhere] }).reminders,
    ).toEqual([]);
    const late = dueNow(announcing(ARRIVED + 11 * DAY));
    expect(late.reminders.map((r) => r.kind)).toEqual(['deadline']);
  });
});
