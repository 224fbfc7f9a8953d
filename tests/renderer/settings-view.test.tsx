import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { StateSnapshot } from '../../src/shared/ipc.ts';
import { renderApp } from './support/render-app.tsx';
import { snapshot } from './support/snapshots.ts';

afterEach(cleanup);

async function openSettings(change: Partial<StateSnapshot> = {}) {
  const fake = await renderApp(snapshot(change));
  fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
  await screen.findByRole('heading', { level: 1, name: 'Settings' });
  return fake;
}

async function act2(run: () => void) {
  await act(async () => {
    run();
  });
}

describe('settings', () => {
  it('turn lead times on and off at once, keeping them longest first', async () => {
    const fake = await openSettings();
    const sevenDays = screen.getByRole('checkbox', { name: '7 days before' });
    expect((sevenDays as HTMLInputElement).checked).toBe(true);
    await act2(() => fireEvent.click(sevenDays));
    expect(fake.callsOf('updateSettings')).toEqual([
      [{ leadTime: { minutes: 10_080, isOn: false } }],
    ]);
    expect((sevenDays as HTMLInputElement).checked).toBe(false);
    await act2(() => fireEvent.click(screen.getByRole('checkbox', { name: '30 days before' })));
    expect(fake.callsOf('updateSettings')[1]).toEqual([
      { leadTime: { minutes: 43_200, isOn: true } },
    ]);
    expect(fake.current().settings.leadTimesMinutes).toEqual([43_200, 20_160, 4_320, 1_440, 120]);
  });

  it('keeps both of two quick lead-time changes made before the window caught up', async () => {
    const fake = await openSettings();
    // Both clicks land before main's answer to the first one is shown.
    await act2(() => {
      fireEvent.click(screen.getByRole('checkbox', { name: '14 days before' }));
      fireEvent.click(screen.getByRole('checkbox', { name: '7 days before' }));
    });
    expect(fake.current().settings.leadTimesMinutes).toEqual([4_320, 1_440, 120]);
    expect(
      (screen.getByRole('checkbox', { name: '14 days before' }) as HTMLInputElement).checked,
    ).toBe(false);
    expect(
      (screen.getByRole('checkbox', { name: '7 days before' }) as HTMLInputElement).checked,
    ).toBe(false);
  });

  it('keeps both quiet-hours times changed quickly one after the other', async () => {
    const fake = await openSettings();
    await act2(() => {
      fireEvent.change(screen.getByLabelText('From'), { target: { value: '21:30' } });
      fireEvent.change(screen.getByLabelText('Until'), { target: { value: '07:15' } });
    });
    expect(fake.current().settings.quietHours).toEqual({ start: '21:30', end: '07:15' });
  });

  it('set quiet hours, or switch them off', async () => {
    const fake = await openSettings();
    await act2(() =>
      fireEvent.change(screen.getByLabelText('From'), { target: { value: '21:30' } }),
    );
    expect(fake.callsOf('updateSettings')).toEqual([[{ quietHours: { start: '21:30' } }]]);
    expect(fake.current().settings.quietHours).toEqual({ start: '21:30', end: '08:00' });
    await act2(() =>
      fireEvent.click(screen.getByRole('checkbox', { name: 'No reminders during quiet hours' })),
    );
    expect(fake.callsOf('updateSettings')[1]).toEqual([{ quietHours: null }]);
    expect(screen.queryByLabelText('From')).toBeNull();
  });

  it('set the overdue cadence and the re-check interval, including never', async () => {
    const fake = await openSettings();
    const overdue = screen.getByRole('combobox', { name: 'After a missed deadline, remind me' });
    expect((overdue as HTMLSelectElement).value).toBe('7');
    await act2(() => fireEvent.change(overdue, { target: { value: 'off' } }));
    const recheck = screen.getByRole('combobox', {
      name: 'Ask me to check a finished opt-out again',
    });
    await act2(() => fireEvent.change(recheck, { target: { value: '90' } }));
    expect(fake.callsOf('updateSettings')).toEqual([
      [{ overdueEveryDays: null }],
      [{ recheckAfterDays: 90 }],
    ]);
    expect([...(recheck as HTMLSelectElement).options].map((option) => option.textContent)).toEqual(
      ['After 30 days', 'After 90 days', 'After 180 days', 'After 365 days', 'Never'],
    );
  });

  it('switch the language and show the whole window in Dutch at once', async () => {
    const fake = await openSettings();
    await act2(() =>
      fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), {
        target: { value: 'nl' },
      }),
    );
    expect(fake.callsOf('updateSettings')).toEqual([[{ language: 'nl' }]]);
    screen.getByRole('heading', { level: 1, name: 'Instellingen' });
    screen.getByRole('checkbox', { name: '7 dagen van tevoren' });
    screen.getByRole('navigation', { name: 'Hoofdmenu' });
  });

  it('toggle start at login, notifications, pause and other regions', async () => {
    const fake = await openSettings();
    for (const name of [
      'Start at login',
      'Show notifications',
      'Pause all reminders',
      'Also remind me of checklists for other regions',
    ])
      await act2(() => fireEvent.click(screen.getByRole('checkbox', { name })));
    expect(fake.callsOf('updateSettings')).toEqual([
      [{ startAtLogin: true }],
      [{ notificationsEnabled: false }],
      [{ paused: true }],
      [{ includeOtherRegions: true }],
    ]);
  });

  it('set the country by name, or unset it', async () => {
    const fake = await openSettings();
    const country = screen.getByRole('combobox', { name: 'Country you live in' });
    screen.getByRole('option', { name: 'Netherlands' });
    await act2(() => fireEvent.change(country, { target: { value: 'NL' } }));
    await act2(() => fireEvent.change(country, { target: { value: '' } }));
    expect(fake.callsOf('updateSettings')).toEqual([[{ country: 'NL' }], [{ country: null }]]);
  });

  it('send a test notification and say whether it was delivered', async () => {
    const fake = await openSettings();
    const button = screen.getByRole('button', { name: 'Send a test notification' });
    await act2(() => fireEvent.click(button));
    screen.getByText('The test notification was delivered.');
    fake.answer('sendTestNotification', { delivered: false });
    await act2(() => fireEvent.click(button));
    screen.getByText(/The test notification could not be shown/);
  });

  it('show where the data file is', async () => {
    await openSettings();
    screen.getByText('/home/me/.config/Opt-out Reminder/data.json');
  });
});
