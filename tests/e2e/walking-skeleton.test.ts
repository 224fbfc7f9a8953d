import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { builtinCatalog } from '../../src/shared/catalog/index.ts';
import { AppDriver } from '../support/app-driver.ts';
import { closeSharedBrowser } from '../support/chromium.ts';

const launched: AppDriver[] = [];
async function launch(...args: Parameters<typeof AppDriver.launch>): Promise<AppDriver> {
  const app = await AppDriver.launch(...args);
  launched.push(app);
  return app;
}

afterEach(async () => {
  await Promise.all(launched.splice(0).map((app) => app.dispose()));
});
afterAll(closeSharedBrowser);

describe('the built app under the Electron stand-in', () => {
  it('starts in the tray, opens the checklist window, closes it, and quits', async () => {
    const app = await launch();

    const started = await app.snapshot();
    expect(started.tray?.menu.map((item) => item.label)).toEqual(['Open checklist…', '', 'Quit']);
    expect(started.windows).toEqual([]);

    await app.clickTrayMenu('Open checklist…');
    const page = await app.page();
    const titles = page.getByRole('listitem');
    await expect
      .poll(() => titles.allInnerTexts())
      .toEqual(
        builtinCatalog.map((checklist) => `${checklist.organisation}\n${checklist.title.en}`),
      );
    const opened = await app.snapshot();
    expect(opened.windows).toHaveLength(1);
    expect(opened.windows[0]?.visible).toBe(true);

    await app.command({ name: 'closeWindow', windowId: opened.windows[0]?.id ?? -1 });
    expect((await app.snapshot()).windows).toEqual([]);
    expect(app.openWindowCount()).toBe(0);

    expect(await app.quitVia('Quit')).toBe(0);
    expect(app.pageErrors).toEqual([]);
  });

  it('creates the window with secure web preferences', async () => {
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
    // The page sees only the typed API, no ipcRenderer or Node.
    expect(
      await page.evaluate(() =>
        Object.keys((globalThis as { optout?: object }).optout ?? {}).sort(),
      ),
    ).toEqual(['getState', 'onStateChanged']);
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

  it('shows the list in Dutch when the OS prefers Dutch', async () => {
    const app = await launch({ languages: ['nl-NL', 'en-US'] });
    expect((await app.snapshot()).tray?.menu[0]?.label).toBe('Checklist openen…');
    await app.clickTrayMenu('Checklist openen…');
    const page = await app.page();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Je opt-out-checklists');
  });
});
