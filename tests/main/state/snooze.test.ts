import { describe, expect, it } from 'vitest';
import { cappedSnoozeEnd, snoozeEach, snoozeUntil } from '../../../src/main/state/snooze.ts';
import { defaultStoreData } from '../../../src/main/store/schema.ts';
import { makeChecklist } from '../../shared/support/fixtures.ts';

const ZONE = 'Europe/Amsterdam';

describe('snoozeUntil', () => {
  const now = Date.parse('2026-11-24T15:30:00+01:00');

  it('ends an hour later, at 09:00 tomorrow in the zone, a week later, or not at all', () => {
    expect(snoozeUntil('1h', now, ZONE)).toBe(Date.parse('2026-11-24T16:30:00+01:00'));
    expect(snoozeUntil('tomorrow-9', now, ZONE)).toBe(Date.parse('2026-11-25T09:00:00+01:00'));
    expect(snoozeUntil('1w', now, ZONE)).toBe(Date.parse('2026-12-01T15:30:00+01:00'));
    expect(snoozeUntil('off', now, ZONE)).toBeNull();
  });

  it('means 09:00 on the wall clock across a change to summer time', () => {
    // The night of 28–29 March 2026 the clocks in Amsterdam go from 02:00 to 03:00.
    const evening = Date.parse('2026-03-28T22:00:00+01:00');
    expect(snoozeUntil('tomorrow-9', evening, ZONE)).toBe(Date.parse('2026-03-29T09:00:00+02:00'));
    // A week is seven days on the wall clock, one hour less in real time.
    expect(snoozeUntil('1w', evening, ZONE)).toBe(Date.parse('2026-04-04T22:00:00+02:00'));
  });

  it('means 09:00 on the wall clock across a change to winter time', () => {
    const evening = Date.parse('2026-10-24T22:00:00+02:00');
    expect(snoozeUntil('tomorrow-9', evening, ZONE)).toBe(Date.parse('2026-10-25T09:00:00+01:00'));
  });
});

describe('cappedSnoozeEnd', () => {
  const now = Date.parse('2026-11-24T10:00:00+01:00');
  const clock = { now, zone: ZONE };
  const data = {
    ...defaultStoreData(),
    customChecklists: [
      makeChecklist('soon', { deadline: '2026-11-29T10:00:00+01:00' }),
      makeChecklist('later', { deadline: '2027-01-29T10:00:00+01:00' }),
    ],
  };

  it('ends a checklist snooze at its last lead reminder, not past its deadline', () => {
    expect(cappedSnoozeEnd(data, '1w', clock, 'soon')).toBe(
      Date.parse('2026-11-29T08:00:00+01:00'),
    );
    expect(cappedSnoozeEnd(data, '1w', clock, 'later')).toBe(snoozeUntil('1w', now, ZONE));
    expect(cappedSnoozeEnd(data, 'off', clock, 'soon')).toBeNull();
  });

  it('ends "Snooze all" at the earliest such reminder of all checklists', () => {
    expect(cappedSnoozeEnd(data, '1w', clock)).toBe(Date.parse('2026-11-29T08:00:00+01:00'));
    expect(cappedSnoozeEnd(data, 'tomorrow-9', clock)).toBe(snoozeUntil('tomorrow-9', now, ZONE));
  });
});

describe('snoozeEach', () => {
  const now = Date.parse('2026-11-24T10:00:00+01:00');
  const data = {
    ...defaultStoreData(),
    customChecklists: [
      // Its last lead reminder (2 hours before) comes before 09:00 tomorrow.
      makeChecklist('due-tomorrow', { deadline: '2026-11-25T10:00:00+01:00' }),
      makeChecklist('later', { deadline: '2027-01-29T10:00:00+01:00' }),
      makeChecklist('untouched', { deadline: '2027-01-29T10:00:00+01:00' }),
    ],
  };

  it('snoozes each checklist until its own capped end and leaves the others alone', () => {
    const snoozed = snoozeEach(data, ['later', 'due-tomorrow'], 'tomorrow-9', { now, zone: ZONE });
    const until = (id: string) => snoozed.progress[id]?.snoozedUntil;
    expect(until('later')).toBe(new Date('2026-11-25T09:00:00+01:00').toISOString());
    expect(until('due-tomorrow')).toBe(new Date('2026-11-25T08:00:00+01:00').toISOString());
    expect(until('untouched')).toBeUndefined();
    expect(snoozed.settings).toBe(data.settings);
  });

  it('skips a checklist deleted since the notification was shown', () => {
    const snoozed = snoozeEach(data, ['gone', 'later'], 'tomorrow-9', { now, zone: ZONE });
    expect(Object.keys(snoozed.progress)).toEqual(['later']);
  });
});
