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

describe('a data file edited by hand', () => {
  it('with a byte order mark (Notepad) is read as it is, not moved aside, and the next save drops the mark', async () => {
    const dir = seedProfile((data) => ({
      ...data,
      progress: {
        'linkedin-ai-training': { steps: { web: { 'open-settings': '2025-10-01T10:00:00.000Z' } } },
      },
    }));
    const file = join(dir, 'config.json');
    writeFileSync(file, `\uFEFF${readFileSync(file, 'utf8')}`);
    const app = await launch(dir);
    await app.clickTrayMenu('Open checklist…');
    const page = await app.page();
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await page.locator('body').textContent()).not.toContain('needed attention');
    expect(readdirSync(dir).filter((name) => name.startsWith('config.'))).toEqual(['config.json']);
    const tray = (await app.snapshot()).tray;
    expect(tray?.iconPath).not.toMatch(/tray-attention\.png$/);
    await page.getByRole('checkbox', { name: 'No reminders during quiet hours' }).click();
    await expect.poll(() => readFileSync(file, 'utf8').charCodeAt(0)).toBe('{'.charCodeAt(0));
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved.progress['linkedin-ai-training'].steps.web['open-settings']).toBe(
      '2025-10-01T10:00:00.000Z',
    );
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
