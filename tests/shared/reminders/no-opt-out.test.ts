import { describe, expect, it } from 'vitest';
import { planReminders } from '../../../src/shared/reminders/index.ts';
import { at, input, makeChecklist } from '../support/fixtures.ts';

const AMS = 'Europe/Amsterdam';
const completed = {
  info: { steps: {}, completedAt: '2025-11-01T10:00:00Z', completedHow: 'elsewhere' as const },
};

describe('a checklist without an opt-out', () => {
  it('gets no "is it still off?" re-check, since nothing was switched off', () => {
    const now = at('2026-06-01T12:00', AMS);
    const info = { ...makeChecklist('info'), hasOptOut: false };
    expect(planReminders(input([info], now, AMS, { progress: completed })).reminders).toEqual([]);
    // The same checklist with a switch does get its re-check.
    const withSwitch = makeChecklist('info');
    expect(
      planReminders(input([withSwitch], now, AMS, { progress: completed })).reminders.map(
        (reminder) => reminder.kind,
      ),
    ).toEqual(['recheck']);
  });
});
