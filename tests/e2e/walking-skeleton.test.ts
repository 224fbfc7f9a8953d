import { describe, expect, it } from 'vitest';
import { builtinCatalog } from '../../src/shared/catalog/index.ts';
import { invokeChannels } from '../../src/shared/ipc.ts';
import type { AppDriver, LaunchOptions } from '../support/app-driver.ts';
import { disposeAppsAfterEachTest, launchApp } from '../support/launch.ts';
import { seedProfile } from '../support/profile.ts';

/** A returning user's app (welcome already seen). */
function launch(options: LaunchOptions = {}): Promise<AppDriver> {
  return launchApp({ userDataDir: seedProfile(), ...options });
}
disposeAppsAfterEachTest();

function labels(menu: Array<{ label: string; type: string }>): string[] {
  return menu.filter((item) => item.type !== 'separator').map((item) => item.label);
}

describe('the built app under the Electron stand-in', () => {
  it('starts in the tray, opens the checklist window, closes it, and quits', async () => {
    const app = await launch();

    const started = await app.snapshot();
    expect(labels(started.tray?.menu ?? [])).toEqual(
      expect.arrayContaining([
        'Open checklist…',
        'Snooze all',
        'Pause reminders',
        'Start at login',
        'Quit',
      ]),
    );
    expect(started.windows).toEqual([]);

    await app.clickTrayMenu('Open checklist…');
    const page = await app.page();
    for (const checklist of builtinCatalog)
      await expect.poll(() => page.getByText(checklist.title.en).count()).toBeGreaterThan(0);
    const opened = await app.snapshot();
    expect(opened.windows).toHaveLength(1);
    expect(opened.windows[0]?.visible).toBe(true);

    await app.command({ name: 'closeWindow', windowId: opened.windows[0]?.id ?? -1 });
    expect((await app.snapshot()).windows).toEqual([]);
    expect(app.openWindowCount()).toBe(0);

    expect(await app.quitVia('Quit')).toBe(0);
    expect(app.pageErrors).toEqual([]);
  });

  it('creates the window with secure web preferences and exposes only the typed API', async () => {
    const app = await launch();
    await app.clickTrayMenu('Open checklist…');
    const created = await app.waitForCall('BrowserWindow', 'constructor');
    expect(created.args[0]).toMatchObject({
      show: false,
      webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false },
    });
    const page = await app.page();
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(
      await page.evaluate(() =>
        Object.keys((globalThis as { optout?: object }).optout ?? {}).sort(),
      ),
    ).toEqual(
      [...Object.keys(invokeChannels), 'onShowAbout', 'onShowChecklist', 'onStateChanged'].sort(),
    );
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
      'undefined',
    );
  });

  it('a second launch opens the window of the first instead of starting twice', async () => {
    const first = await launch();
    const second = await launch({ userDataDir: first.userDataDir });
    expect((await second.exited).code).toBe(0);
    await first.page();
    expect((await first.snapshot()).windows).toHaveLength(1);
    expect(second.calls.some((call) => call.api === 'Tray')).toBe(false);
  });

  it('speaks Dutch in the tray when the OS prefers Dutch', async () => {
    const app = await launch({ languages: ['nl-NL', 'en-US'] });
    expect(labels((await app.snapshot()).tray?.menu ?? [])).toEqual(
      expect.arrayContaining(['Checklist openen…', 'Afsluiten']),
    );
  });

  it('opens the welcome on the very first launch, and starts quietly after that', async () => {
    const first = await launchApp();
    await first.page();
    expect((await first.snapshot()).windows).toHaveLength(1);
    // What was already due is shown in the welcome, not fired as notifications.
    expect((await first.snapshot()).notifications).toEqual([]);
    expect(await first.quitVia('Quit')).toBe(0);

    const second = await launch({ userDataDir: first.userDataDir });
    const restarted = await second.snapshot();
    expect(restarted.windows).toEqual([]);
    expect(restarted.tray).not.toBeNull();
  });
});
