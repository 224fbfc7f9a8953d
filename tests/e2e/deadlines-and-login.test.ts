/**
 * The urgent treatment stays where it helps: a deadline 10 days ahead gets
 * every lead reminder, one missed 2 days ago still reads as overdue. And the
 * app is still running tomorrow: an installed build starts at login from the
 * welcome on, and notices when the OS no longer does.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dueChecklist } from '../support/fixtures.ts';
import { disposeAppsAfterEachTest, launchApp } from '../support/launch.ts';
import { builtinsDismissed, seedProfile } from '../support/profile.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Tuesday 24 November 2026, 09:00 in Amsterdam. */
const T0 = Date.parse('2026-11-24T09:00:00+01:00');

disposeAppsAfterEachTest();

/** A returning Dutch-region user whose only open checklist is their own, due at `deadline`. */
function profile(deadline: number, firstSeenAt?: string): string {
  return seedProfile((data) => ({
    ...data,
    settings: { ...data.settings, country: 'NL' },
    customChecklists: [dueChecklist('own-deadline', deadline)],
    progress: {
      ...builtinsDismissed(),
      ...(firstSeenAt ? { 'own-deadline': { steps: {}, firstSeenAt } } : {}),
    },
  }));
}

describe('an open window', () => {
  it('words its deadlines by the clock as it runs, not by the time it opened', async () => {
    const deadline = T0 + 3 * HOUR;
    const app = await launchApp({ userDataDir: profile(deadline), clock: T0 });
    await app.clickTrayMenu('Open checklist…');
    const page = await app.page();
    const body = () => page.locator('body').textContent();
    await expect.poll(body).toContain('Deadline in 3 hours');
    // Wake-ups that deliver nothing (the 3-day reminder has come) still refresh the window.
    await app.command({ name: 'tick', ms: 2 * HOUR - 5 * 60_000 });
    await expect.poll(body).toContain('Deadline in 1 hour');
    await app.command({ name: 'tick', ms: 3 * HOUR + 30 * 60_000 });
    await expect.poll(body).toContain('Deadline passed 2 hours ago');
  });
});

describe('the last hour before a deadline', () => {
  it('counts down in the tray by the minute, and is quiet again after it', async () => {
    const deadline = T0 + 40 * 60_000;
    const app = await launchApp({ userDataDir: profile(deadline), clock: T0 });
    const label = async () =>
      ((await app.snapshot()).tray?.menu ?? []).find((item) => item.label?.startsWith('Example'))
        ?.label;
    expect(await label()).toBe('Example: Object to data use — 40 minutes left');
    // Three minutes on: the five-minute cap alone would still say 40.
    await app.command({ name: 'tick', ms: 3 * 60_000 });
    expect(await label()).toBe('Example: Object to data use — 37 minutes left');
    await app.command({ name: 'tick', ms: 36 * 60_000 });
    expect(await label()).toBe('Example: Object to data use — 1 minute left');
    await app.command({ name: 'tick', ms: 60_000 });
    expect(await label()).toBe('Example: Object to data use — deadline reached');
    // Past the deadline the words count hours again: back to the five-minute cap.
    const { pending } = (await app.command({ name: 'timerStats' })) as { pending: number };
    const before = (await app.command({ name: 'timerStats' })) as { fired: number };
    await app.command({ name: 'tick', ms: 30 * 60_000 });
    const after = (await app.command({ name: 'timerStats' })) as { fired: number };
    expect(pending).toBeGreaterThan(0);
    expect(after.fired - before.fired).toBeLessThanOrEqual(7);
  });
});

describe('deadlines that can still be met keep the urgent treatment', () => {
  it('a deadline 10 days ahead gets every lead reminder, then the deadline one', async () => {
    const deadline = T0 + 10 * DAY + 3 * HOUR; // Friday 4 December, 12:00
    const app = await launchApp({ userDataDir: profile(deadline), clock: T0 });
    for (let day = 0; day < 11; day++) await app.command({ name: 'tick', ms: DAY });
    const titles = (await app.snapshot()).notifications.map((n) => n.title);
    expect(titles).toEqual([
      // The 14-day reminder had come due before the first start: it comes at once.
      'Example: Object to data use — 10 days left',
      'Example: Object to data use — 7 days left',
      'Example: Object to data use — 3 days left',
      'Example: Object to data use — 1 day left',
      'Example: Object to data use — 2 hours left',
      'Example: Object to data use — deadline reached',
    ]);
  });

  it('a deadline missed 2 days ago still shows as overdue, in the tray and the window', async () => {
    const app = await launchApp({
      userDataDir: profile(T0 - 2 * DAY, '2026-11-01T10:00:00.000Z'),
      clock: T0,
    });
    const view = await app.snapshot();
    expect(view.tray?.iconPath).toMatch(/tray-overdue\.png$/);
    expect(view.tray?.tooltip).toBe('Example: Object to data use — 2 days overdue');
    expect(view.notifications.map((n) => n.title)).toEqual([
      'Example: Object to data use — 2 days overdue',
    ]);
    await app.clickTrayMenu('Open checklist…');
    const page = await app.page();
    const card = page.getByRole('button', { name: /Object to data use/ });
    await card.waitFor();
    expect(await card.innerText()).toContain('Overdue');
    expect(await card.innerText()).toContain('Deadline passed 2 days ago');
  });

  it('a deadline that passed before the user had it is calm: no day count, no overdue icon', async () => {
    const app = await launchApp({ userDataDir: profile(T0 - 2 * DAY), clock: T0 });
    const view = await app.snapshot();
    expect(view.tray?.iconPath).toMatch(/tray-open\.png$/);
    expect(view.tray?.tooltip).toBe('Example: Object to data use — still worth doing');
    expect(view.notifications).toEqual([]);
  });
});

describe('still running tomorrow', () => {
  it('an installed build starts at login from the first launch and notices when the OS stops it', async () => {
    const first = await launchApp({ clock: T0, isPackaged: true, countryCode: 'NL' });
    const page = await first.page();
    const box = page.getByRole('checkbox', { name: 'Start when I log in (recommended)' });
    expect(await box.isChecked()).toBe(true);
    const autostart = join(
      first.userDataDir,
      'xdg-config',
      'autostart',
      'opt-out-reminder.desktop',
    );
    expect(existsSync(autostart)).toBe(true);
    await page.getByRole('button', { name: 'Get started' }).click();
    await page.locator('#list-heading').waitFor();
    await first.dispose();

    // Something outside the app removes the entry; the next start notices.
    rmSync(autostart);
    const second = await launchApp({
      userDataDir: first.userDataDir,
      clock: T0 + DAY,
      isPackaged: true,
    });
    await second.clickTrayMenu('Open checklist…');
    const window = await second.page();
    const notice = window.getByText(/Start at login is on, but your system will not start/);
    await notice.waitFor();
    await window.getByRole('button', { name: 'Start at login again' }).click();
    await expect.poll(() => existsSync(autostart)).toBe(true);
    await expect.poll(() => notice.count()).toBe(0);
  });
});
