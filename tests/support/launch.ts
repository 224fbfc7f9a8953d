/** Launching the built app in end-to-end tests, and ending every app a test started. */
import { afterAll, afterEach } from 'vitest';
import { AppDriver, type LaunchOptions } from './app-driver.ts';
import { closeSharedBrowser } from './chromium.ts';

const launched: AppDriver[] = [];

/** Launches the built app; it is disposed after the test (see {@link disposeLaunched}). */
export async function launchApp(options: LaunchOptions = {}): Promise<AppDriver> {
  const app = await AppDriver.launch(options);
  launched.push(app);
  return app;
}

/** Ends one launched app before the test is over (e.g. to start the next run of a scenario). */
export async function disposeApp(app: AppDriver): Promise<void> {
  const index = launched.indexOf(app);
  if (index !== -1) launched.splice(index, 1);
  await app.dispose();
}

/** Ends every app launched since the last call. */
export async function disposeLaunched(): Promise<void> {
  await Promise.all(launched.splice(0).map((app) => app.dispose()));
}

/** For a test file: disposes its apps after each test and the shared browser after all. */
export function disposeAppsAfterEachTest(): void {
  afterEach(disposeLaunched);
  afterAll(closeSharedBrowser);
}
