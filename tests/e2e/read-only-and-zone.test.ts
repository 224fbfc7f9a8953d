/**
 * The app in conditions it cannot change: a data folder it cannot write
 * (items 8 and 11 of issue 10) and an OS time zone it does not know (item 9).
 */
import { chmodSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { AppDriver, type LaunchOptions } from '../support/app-driver.ts';
import { closeSharedBrowser } from '../support/chromium.ts';

const launched: AppDriver[] = [];
afterEach(async () => {
  await Promise.all(launched.splice(0).map((app) => app.dispose()));
});
afterAll(closeSharedBrowser);

async function launch(options: LaunchOptions): Promise<AppDriver> {
  const app = await AppDriver.launch(options);
  launched.push(app);
  return app;
}

/**
 * An empty data folder nobody but its owner may write. Root writes anyway,
 * so where the tests run as root the app runs as `nobody`.
 */
function unwritableFolder(): { userDataDir: string; user?: number } {
  const userDataDir = mkdtempSync(join(tmpdir(), 'optout-readonly-'));
  chmodSync(userDataDir, 0o555);
  return process.getuid?.() === 0 ? { userDataDir, user: 65534 } : { userDataDir };
}

describe('an unwritable data folder without a data file', () => {
  it('says the folder cannot be written, lets the user through the welcome, and writes nothing', async () => {
    const folder = unwritableFolder();
    const app = await launch(folder);
    const page = await app.page();
    await page.getByRole('heading', { level: 1, name: 'Welcome to Opt-out Reminder' }).waitFor();
    const notices = page.getByRole('region', { name: 'Notices' });
    await expect.poll(() => notices.textContent()).toContain('cannot write to its data folder');
    expect(await page.locator('body').textContent()).not.toContain('newer version');

    // A change is refused with the true reason.
    await page.getByRole('radio', { name: 'Android' }).click();
    await expect
      .poll(() => page.locator('body').textContent())
      .toContain('cannot write to its data folder, so this change was not saved');

    await page.getByRole('button', { name: 'Get started' }).click();
    await page.locator('#list-heading').waitFor();
    // Reminders may repeat after a restart: the notice says why.
    expect(await notices.textContent()).toContain('after a restart they may come again');
    expect(readdirSync(folder.userDataDir)).toEqual([]);
  });

  it('in Dutch too', async () => {
    const app = await launch({ ...unwritableFolder(), languages: ['nl-NL'] });
    const page = await app.page();
    await page.getByRole('heading', { level: 1, name: 'Welkom bij Opt-out Reminder' }).waitFor();
    await expect
      .poll(() => page.getByRole('region', { name: 'Meldingen' }).textContent())
      .toContain('kan niet schrijven in zijn gegevensmap');
    await page.getByRole('button', { name: 'Aan de slag' }).click();
    await page.locator('#list-heading').waitFor();
  });
});

describe('an unknown OS time zone', () => {
  it.each([
    ['TZ= (empty)', ''],
    ['a misspelled TZ', 'Europe/Amsterdm'],
    ['a zone that does not exist', 'Etc/Unknown'],
  ])('with %s the app starts in UTC and says so', async (_name, timeZone) => {
    const app = await launch({ timeZone });
    const tray = (await app.snapshot()).tray;
    expect(tray?.menu.length).toBeGreaterThan(0);
    const page = await app.page();
    const notices = page.getByRole('region', { name: 'Notices' });
    await expect.poll(() => notices.textContent()).toContain('uses UTC');
    expect(await notices.textContent()).not.toContain('data folder');
    expect(app.output.join('')).not.toMatch(/could not start/);
  });
});
