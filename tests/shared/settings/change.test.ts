import { describe, expect, it } from 'vitest';
import { applySettingsChange, settingsChangeSchema } from '../../../src/shared/settings/change.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings/schema.ts';

const customised: Settings = {
  ...DEFAULT_SETTINGS,
  leadTimesMinutes: [10_080, 60],
  overdueEveryDays: 3,
  recheckAfterDays: null,
  quietHours: { start: '23:00', end: '07:00' },
  paused: { until: '2026-12-01T08:00:00.000Z' },
  snoozeAllUntil: '2026-11-25T08:00:00.000Z',
  country: 'NL',
  includeOtherRegions: true,
  language: 'nl',
  startAtLogin: true,
  notificationsEnabled: false,
};

describe('a settings change', () => {
  it('parses to the fields it names and nothing else', () => {
    expect(settingsChangeSchema.parse({ quietHours: null })).toEqual({ quietHours: null });
    expect(settingsChangeSchema.parse({ overdueEveryDays: 14 })).toEqual({ overdueEveryDays: 14 });
    expect(settingsChangeSchema.parse({})).toEqual({});
  });

  it.each([
    [{ quietHours: null }],
    [{ overdueEveryDays: 30 }],
    [{ country: 'BE' }],
    [{ language: 'en' }],
    [{ notificationsEnabled: true }],
    [{ paused: false }],
    [{ leadTime: { minutes: 1_440, isOn: true } }],
  ])('%j changes that and leaves every other setting as it was', (change) => {
    const parsed = settingsChangeSchema.parse(change);
    const next = applySettingsChange(customised, parsed);
    const changedKeys = Object.keys(next).filter(
      (key) =>
        JSON.stringify(next[key as keyof Settings]) !==
        JSON.stringify(customised[key as keyof Settings]),
    );
    const named = 'leadTime' in change ? 'leadTimesMinutes' : Object.keys(change)[0];
    expect(changedKeys).toEqual([named]);
  });

  it('switches one lead time on or off, keeping the others, longest first', () => {
    const on = applySettingsChange(customised, { leadTime: { minutes: 20_160, isOn: true } });
    expect(on.leadTimesMinutes).toEqual([20_160, 10_080, 60]);
    const off = applySettingsChange(on, { leadTime: { minutes: 60, isOn: false } });
    expect(off.leadTimesMinutes).toEqual([20_160, 10_080]);
    expect(applySettingsChange(off, { leadTime: { minutes: 20_160, isOn: true } })).toEqual(off);
  });

  it('changes one quiet-hours time, and switches quiet hours on with the default other time', () => {
    expect(applySettingsChange(customised, { quietHours: { end: '06:30' } }).quietHours).toEqual({
      start: '23:00',
      end: '06:30',
    });
    const off = { ...customised, quietHours: null };
    expect(applySettingsChange(off, { quietHours: { start: '21:00' } }).quietHours).toEqual({
      start: '21:00',
      end: '08:00',
    });
  });

  it.each([
    [{ snoozeAllUntil: null }],
    [{ colour: 'red' }],
    [{ quietHours: { start: '25:00' } }],
    [{ leadTime: { minutes: 0, isOn: true } }],
  ])('rejects %j', (change) => {
    expect(settingsChangeSchema.safeParse(change).success).toBe(false);
  });

  it('refuses a merge whose result is invalid (an 11th lead time)', () => {
    const full = { ...customised, leadTimesMinutes: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] };
    expect(() => applySettingsChange(full, { leadTime: { minutes: 11, isOn: true } })).toThrow();
  });
});
