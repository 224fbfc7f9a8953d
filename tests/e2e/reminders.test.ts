/**
 * Reminders end to end: the built app under the stand-in with a clock the
 * test controls. One checklist of the user's own is due in 3 days and 1 hour;
 * the built-in ones are dismissed so only it can remind.
 */
import { describe, expect, it } from 'vitest';
import type { AppDriver } from '../support/app-driver.ts';
import { onlyDueChecklist } from '../support/fixtures.ts';
import { disposeAppsAfterEachTest, launchApp } from '../support/launch.ts';
import { seedProfile } from '../support/profile.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Monday 23 November 2026, 09:00 in Amsterdam. */
const T0 = Date.UTC(2026, 10, 23, 8);
const DEADLINE = T0 + 3 * DAY + HOUR;

function profile(): string {
  return seedProfile((data) => onlyDueChecklist(data, DEADLINE));
}

const launch = launchApp;
disposeAppsAfterEachTest();

const tick = (app: AppDriver, ms: number) => app.command({ name: 'tick', ms });
const notifications = async (app: AppDriver) => (await app.snapshot()).notifications;

describe('deadline reminders', () => {
  it('fires the lead-time notification once, at its time', async () => {
    const app = await launch({ userDataDir: profile(), clock: T0 });
    expect(await notifications(app)).toEqual([]);
    await tick(app, HOUR - MINUTE);
    expect(await notifications(app)).toEqual([]);
    await tick(app, MINUTE);
    expect(await notifications(app)).toEqual([
      {
        title: 'Example: Object to data use — 3 days left',
        body: 'Next step: Open the privacy page',
        actions: [],
      },
    ]);
    await tick(app, DAY);
    expect(await notifications(app)).toHaveLength(1);
  });

  it('opens the checklist from the notification; ticking every step clears the tray and ends its reminders', async () => {
    const app = await launch({ userDataDir: profile(), clock: T0 + HOUR });
    expect(await notifications(app)).toHaveLength(1);
    expect((await app.snapshot()).tray?.iconPath).toMatch(/tray-soon\.png$/);

    await app.command({ name: 'clickNotification', index: 0 });
    const page = await app.page();
    await page
      .getByRole('heading', { name: /Object to data use/ })
      .first()
      .waitFor();
    for (const step of [/Open the privacy page/, /Switch the setting off/]) {
      const box = page.getByRole('checkbox', { name: step });
      await box.click();
      await expect.poll(() => box.isChecked()).toBe(true);
    }

    await expect
      .poll(async () => (await app.snapshot()).tray?.iconPath)
      .toMatch(/tray-clear\.png$/);
    await app.closeWindows();
    await tick(app, 4 * DAY);
    expect(await notifications(app)).toHaveLength(1);
  });

  it('after a sleep across two due times, delivers one notification, the most urgent', async () => {
    const app = await launch({ userDataDir: profile(), clock: T0 });
    await app.command({ name: 'setSystemTime', epochMs: DEADLINE + 2 * HOUR });
    await app.command({ name: 'powerMonitor', event: 'resume' });
    const shown = await notifications(app);
    expect(shown).toHaveLength(1);
    expect(shown[0]?.title).toBe('Example: Object to data use — 2 hours overdue');
  });

  it('fires nothing again after a restart', async () => {
    const first = await launch({ userDataDir: profile(), clock: T0 + HOUR });
    expect(await notifications(first)).toHaveLength(1);
    expect(await first.quitVia('Quit')).toBe(0);

    const second = await launch({ userDataDir: first.userDataDir, clock: T0 + HOUR + MINUTE });
    await tick(second, 10 * MINUTE);
    expect(await notifications(second)).toEqual([]);
  });

  it('switches the tray to attention when a notification fails', async () => {
    const app = await launch({ userDataDir: profile(), clock: T0 + HOUR });
    await app.command({ name: 'failNotification', index: 0, error: 'not signed' });
    const tray = (await app.snapshot()).tray;
    expect(tray?.iconPath).toMatch(/tray-attention\.png$/);
    expect(tray?.tooltip).toContain('Notifications could not be shown');
  });

  it('switches the tray to attention where notifications are unsupported', async () => {
    const app = await launch({
      userDataDir: profile(),
      clock: T0 + HOUR,
      notifications: 'unsupported',
    });
    expect(await notifications(app)).toEqual([]);
    expect((await app.snapshot()).tray?.iconPath).toMatch(/tray-attention\.png$/);
  });
});
