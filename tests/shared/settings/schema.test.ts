import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, settingsSchema } from '../../../src/shared/settings/schema.ts';

describe('settings', () => {
  it('defaults to design.md "Reminder rules"', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      leadTimesMinutes: [20_160, 10_080, 4_320, 1_440, 120],
      overdueEveryDays: 7,
      stillWorthDoingReminders: 3,
      recheckAfterDays: 180,
      quietHours: { start: '22:00', end: '08:00' },
      paused: false,
      snoozeAllUntil: null,
      country: null,
      includeOtherRegions: false,
      language: 'auto',
      startAtLogin: false,
      notificationsEnabled: true,
      // Consent first: no feed is downloaded until the user agrees.
      checkNewDeadlines: false,
      // Nor is the update source asked until the user agrees.
      checkAppUpdates: false,
    });
  });

  it.each([
    [{ quietHours: { start: '24:00', end: '08:00' } }],
    [{ country: 'UK' }],
    [{ leadTimesMinutes: [0] }],
    [{ paused: { until: 'tomorrow' } }],
    [{ overdueEveryDays: 0 }],
    [{ stillWorthDoingReminders: 13 }],
    [{ colour: 'red' }],
  ])('rejects %j', (value) => {
    expect(settingsSchema.safeParse(value).success).toBe(false);
  });

  it('accepts never/off and a timed pause', () => {
    const parsed = settingsSchema.parse({
      overdueEveryDays: null,
      recheckAfterDays: null,
      quietHours: null,
      paused: { until: '2026-12-01T09:00:00+01:00' },
      country: 'NL',
    });
    expect(parsed.paused).toEqual({ until: '2026-12-01T09:00:00+01:00' });
  });
});
