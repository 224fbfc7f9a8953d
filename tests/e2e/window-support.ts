/** Shared steps for the window's end-to-end tests (tests/e2e/window-*.test.ts). */
import type { Page } from 'playwright-core';
import type { AppDriver, LaunchOptions } from '../support/app-driver.ts';
import { launchApp } from '../support/launch.ts';
import { seedProfile } from '../support/profile.ts';

// Main plans in the zone of the machine; pinning it keeps words and
// screenshots the same on every machine. Set before any app is forked.
process.env.TZ = 'Europe/Amsterdam';

/** 31 October 2025, 12:00 in Amsterdam: LinkedIn's deadline is three days away. */
export const CLOCK = Date.parse('2025-10-31T12:00:00+01:00');

/** A returning user's app (welcome already seen), on the fixed clock. */
export function launch(options: LaunchOptions = {}): Promise<AppDriver> {
  return launchApp({ userDataDir: seedProfile(), clock: CLOCK, ...options });
}

export { disposeLaunched as disposeAll } from '../support/launch.ts';

/** Opens the window from the tray and waits for the list. */
export async function openWindow(app: AppDriver, trayLabel = 'Open checklist…'): Promise<Page> {
  await app.clickTrayMenu(trayLabel);
  const page = await app.page();
  await page.locator('#list-heading').waitFor();
  return page;
}

/** Opens a checklist's detail from the list by its title. */
export async function openChecklist(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: title }).click();
  await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
}
