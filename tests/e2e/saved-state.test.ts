/** What the user sees when the saved file is damaged or from a newer version. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppDriver } from '../support/app-driver.ts';
import { disposeAppsAfterEachTest, launchApp } from '../support/launch.ts';
import { seedProfile } from '../support/profile.ts';

disposeAppsAfterEachTest();

function launch(userDataDir: string): Promise<AppDriver> {
  return launchApp({ userDataDir });
}

describe('a damaged or newer data file', () => {
  it('is moved aside and reported in the tray and the window; the app carries on', async () => {
    const dir = seedProfile();
    writeFileSync(join(dir, 'config.json'), '{"schemaVersion":1,"progress":{"linkedin-ai-tr');
    const app = await launch(dir);
    const kept = readdirSync(dir).find((name) => name.startsWith('config.corrupt-'));
    expect(kept).toBeDefined();
    expect(readFileSync(join(dir, kept ?? ''), 'utf8')).toBe(
      '{"schemaVersion":1,"progress":{"linkedin-ai-tr',
    );
    const tray = (await app.snapshot()).tray;
    expect(tray?.iconPath).toMatch(/tray-attention\.png$/);
    expect(tray?.tooltip).toContain('Your saved data needed attention');

    // A fresh start means the welcome; the notice shows there too.
    const page = await app.page();
    await expect.poll(() => page.locator('body').textContent()).toContain(join(dir, kept ?? ''));
  });

  it('from a newer version is left untouched and the app runs read-only', async () => {
    const dir = seedProfile();
    const newer = JSON.stringify({ schemaVersion: 7, progress: {}, fromTheFuture: true });
    writeFileSync(join(dir, 'config.json'), newer);
    const app = await launch(dir);
    await app.clickTrayMenu('Open checklist…');
    const page = await app.page();
    await expect.poll(() => page.locator('body').textContent()).toContain('newer version');
    expect(readFileSync(join(dir, 'config.json'), 'utf8')).toBe(newer);
    expect(readdirSync(dir).filter((name) => name.startsWith('config.'))).toEqual(['config.json']);
    expect(existsSync(join(dir, 'config.json'))).toBe(true);
  });
});

describe('temporary files left by crashed writes', () => {
  it('are removed once the app has started; the data file and a fresh temporary file stay', async () => {
    const dir = seedProfile();
    const { utimesSync } = await import('node:fs');
    const stale = ['config.json.tmp-1764000000123abc', 'config.json.tmp-1764000001456def'];
    for (const name of stale) {
      writeFileSync(join(dir, name), '{"schemaVersion":1,"progr');
      utimesSync(join(dir, name), new Date('2026-01-01'), new Date('2026-01-01'));
    }
    const fresh = 'config.json.tmp-9999999999000aaa';
    writeFileSync(join(dir, fresh), '{');
    const app = await launch(dir);
    await expect
      .poll(() => readdirSync(dir).filter((name) => name.includes('.tmp-')))
      .toEqual([fresh]);
    expect((await app.snapshot()).tray).not.toBeNull();
    expect(existsSync(join(dir, 'config.json'))).toBe(true);
  });
});
