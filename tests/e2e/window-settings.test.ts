import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { closeSharedBrowser } from '../support/chromium.ts';
import { disposeAll, launch, openWindow } from './window-support.ts';

afterEach(disposeAll);
afterAll(closeSharedBrowser);

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
}

function savedSettings(userDataDir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(userDataDir, 'config.json'), 'utf8')).settings;
}

describe('changing one setting in the window', () => {
  it('keeps start at login and its autostart entry when the overdue cadence changes', async () => {
    const app = await launch();
    const page = await openWindow(app);
    await openSettings(page);
    const autostart = join(app.userDataDir, 'xdg-config', 'autostart', 'opt-out-reminder.desktop');

    const startAtLogin = page.getByRole('checkbox', { name: 'Start at login' });
    await startAtLogin.click();
    await expect.poll(() => existsSync(autostart)).toBe(true);

    await page
      .getByRole('combobox', { name: 'After a missed deadline, remind me' })
      .selectOption({ label: 'After 3 and 6 days' });
    await expect.poll(() => savedSettings(app.userDataDir).overdueEveryDays).toBe(3);

    expect(await startAtLogin.isChecked()).toBe(true);
    expect(existsSync(autostart)).toBe(true);
    expect(savedSettings(app.userDataDir).startAtLogin).toBe(true);
    const tray = (await app.snapshot()).tray?.menu ?? [];
    expect(tray.find((item) => item.label === 'Start at login')?.checked).toBe(true);
  });

  it('keeps the country, lead times and notifications when quiet hours are switched off', async () => {
    const app = await launch();
    const page = await openWindow(app);
    await openSettings(page);

    await page.getByRole('combobox', { name: 'Country you live in' }).selectOption('NL');
    await expect.poll(() => savedSettings(app.userDataDir).country).toBe('NL');
    await page.getByRole('checkbox', { name: '1 day before' }).click();
    await expect
      .poll(() => savedSettings(app.userDataDir).leadTimesMinutes)
      .toEqual([20_160, 10_080, 4_320, 120]);
    await page.getByRole('checkbox', { name: 'Show notifications' }).click();
    await expect.poll(() => savedSettings(app.userDataDir).notificationsEnabled).toBe(false);

    await page.getByRole('checkbox', { name: 'No reminders during quiet hours' }).click();
    await expect.poll(() => savedSettings(app.userDataDir).quietHours).toBeNull();

    expect(savedSettings(app.userDataDir)).toMatchObject({
      country: 'NL',
      leadTimesMinutes: [20_160, 10_080, 4_320, 120],
      notificationsEnabled: false,
      quietHours: null,
    });
    expect(await page.getByRole('combobox', { name: 'Country you live in' }).inputValue()).toBe(
      'NL',
    );
    expect(await page.getByRole('checkbox', { name: 'Show notifications' }).isChecked()).toBe(
      false,
    );
  });
});

describe('reminders held back, in the window', () => {
  it('shows a Snooze all chosen in the tray, and resumes from the window', async () => {
    const app = await launch();
    const page = await openWindow(app);
    await app.clickTrayMenu('Snooze all', 'For 1 hour');
    const banner = page.getByRole('region', { name: 'Reminders held back' });
    // 31 October 2025, 12:00 in Amsterdam, plus an hour.
    await banner.getByText('All reminders are snoozed until 31 October 2025 at 13:00.').waitFor();
    const tooltip = async () => (await app.snapshot()).tray?.tooltip ?? '';
    expect(await tooltip()).toMatch(/\nAll reminders snoozed$/);
    await banner.getByRole('button', { name: 'Resume reminders' }).click();
    await banner.waitFor({ state: 'detached' });
    await expect.poll(() => savedSettings(app.userDataDir).snoozeAllUntil).toBeNull();
    expect(await tooltip()).not.toContain('snoozed');
  });
});
