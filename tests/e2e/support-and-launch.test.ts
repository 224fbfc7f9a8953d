/**
 * Being able to support the app: Settings › About, Copy diagnostics, the
 * log, crash handling, and what a launch asks for (`--open`, pack files).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { builtinCatalog, PACK_FORMAT } from '../../src/shared/catalog/index.ts';
import type { AppDriver } from '../support/app-driver.ts';
import { closeSharedBrowser } from '../support/chromium.ts';
import { dueChecklist } from '../support/fixtures.ts';
import { seedProfile } from '../support/profile.ts';
import { CLOCK, disposeAll, launch, openWindow } from './window-support.ts';

afterEach(disposeAll);
afterAll(closeSharedBrowser);

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const logOf = (app: AppDriver) => readFileSync(join(app.userDataDir, 'logs', 'main.log'), 'utf8');
/** Words that would mean checklist content leaked: every built-in title and summary, both languages. */
const checklistWords = builtinCatalog.flatMap((checklist) => [
  checklist.title.en,
  checklist.title.nl,
  checklist.summary.en,
]);

describe('Settings › About', () => {
  it('opens from the tray menu on the About section, showing the version of package.json', async () => {
    const app = await launch();
    await app.clickTrayMenu('About Opt-out Reminder');
    const page = await app.page();
    await page.getByText(`Opt-out Reminder version ${version}`).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('about-heading');
    await page.getByText(join(app.userDataDir, 'logs')).waitFor();
  });

  it('says no log is being written, offering no folder, when the log folder cannot be made', async () => {
    // A file where the log folder should be: the data folder is fine, the log is not.
    const userDataDir = seedProfile();
    writeFileSync(join(userDataDir, 'logs'), '');
    const app = await launch({ userDataDir });
    await app.clickTrayMenu('About Opt-out Reminder');
    const page = await app.page();
    await page.getByText(`Opt-out Reminder version ${version}`).waitFor();
    await page.getByText('No log is being written.').waitFor();
    expect(await page.getByText(join(userDataDir, 'logs')).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Open folder' }).count()).toBe(1);
  });

  it('"Copy diagnostics" puts the facts on the clipboard and nothing from the checklists', async () => {
    const app = await launch();
    await app.clickTrayMenu('About Opt-out Reminder');
    const page = await app.page();
    await page.getByRole('button', { name: 'Copy diagnostics' }).click();
    await page.getByText('Diagnostics copied to the clipboard', { exact: false }).waitFor();
    const { clipboard } = await app.snapshot();
    const lines = clipboard.split('\n');
    expect(lines[0]).toBe(`Opt-out Reminder ${version}`);
    expect(lines).toEqual(
      expect.arrayContaining([
        'Locale: en (system: en-US)',
        'Time zone: Europe/Amsterdam',
        'Notifications: supported, on',
        'Last feed check: off (no consent)',
        'Last update check: off (no consent)',
        expect.stringMatching(/^OS: linux .+ \(development build\)$/),
        expect.stringMatching(
          /^Next planned reminder: \d{4}-\d\d-\d\dT[\d:.]+Z \((lead|deadline|overdue|worth-doing|recheck|announce)\)$/,
        ),
      ]),
    );
    for (const word of checklistWords) expect(clipboard).not.toContain(word);
    for (const checklist of builtinCatalog) expect(clipboard).not.toContain(checklist.id);
  });
});

describe('the log', () => {
  it('records start, wake-ups and reminders by checklist id only, never checklist text', async () => {
    // The user had the catalog before LinkedIn's deadline (three days away), so its lead reminder is due.
    const app = await launch({
      userDataDir: seedProfile((data) => ({
        ...data,
        ui: { ...data.ui, welcomeFinishedAt: '2025-10-01T00:00:00.000Z' },
      })),
    });
    await app.command({ name: 'tick', ms: 6 * 60_000 });
    const text = logOf(app);
    expect(text).toMatch(/^\[2025-10-31T11:00:00\.000Z\] \[info\] +start \{"version":/);
    expect(text).toMatch(/\[info\] +reminders due \{"checklistIds":\["[a-z-]+"/);
    expect(text).toMatch(/\[info\] +wake-up \{"nextPlanned":/);
    for (const word of checklistWords) expect(text).not.toContain(word);
  });

  it('names the user’s own checklists by a stand-in, never by their title or the id made from it', async () => {
    // Custom ids are slugs of their titles; this one is due tomorrow, so its lead reminders fire.
    const title = 'Object to Zorbleck Clinic using my HIV test results';
    const id = 'custom-object-to-zorbleck-clinic-using-my-hiv-t';
    const own = dueChecklist(id, CLOCK + 24 * 60 * 60_000);
    const app = await launch({
      userDataDir: seedProfile((data) => ({
        ...data,
        ui: { ...data.ui, welcomeFinishedAt: '2025-10-01T00:00:00.000Z' },
        customChecklists: [{ ...own, title: { en: title, nl: title } }],
      })),
    });
    await app.command({ name: 'tick', ms: 2 * 24 * 60 * 60_000 });
    const text = logOf(app);
    expect(text).toMatch(/\[info\] +reminders due \{"checklistIds":\[[^\]]*"custom:[0-9a-f]{8}"/);
    expect(text).not.toContain(id);
    for (const word of ['Zorbleck', 'Clinic', 'HIV', 'results'])
      expect(text.toLowerCase()).not.toContain(word.toLowerCase());
    // Built-in ids stay readable: LinkedIn's lead reminder is due on the same days.
    expect(text).toMatch(/"checklistIds":\[[^\]]*"linkedin-/);
  });

  it('names a wake-up when its plan changed, not every capped step of an idle day', async () => {
    const app = await launch();
    await app.command({ name: 'tick', ms: 24 * 60 * 60_000 });
    const wakeUps = logOf(app).match(/\[info\] +wake-up /g) ?? [];
    // The timer stepped 288 times (a 5-minute cap); the plan changed a few times at most.
    expect(wakeUps.length).toBeGreaterThanOrEqual(1);
    expect(wakeUps.length).toBeLessThan(10);
  });
});

describe('crash handling', () => {
  it('reloads a window whose renderer died, once; a second loss closes it', async () => {
    const app = await launch();
    await openWindow(app);
    const [window] = (await app.snapshot()).windows;
    if (!window) throw new Error('no window');

    await app.command({ name: 'crashRenderer', windowId: window.id, reason: 'crashed' });
    await app.waitForCall('WebContents', 'reload');
    const page = await app.page();
    await page.locator('#list-heading').waitFor();

    await app.command({ name: 'crashRenderer', windowId: window.id, reason: 'oom' });
    const after = await app.snapshot();
    expect(after.windows).toEqual([]);
    expect(after.calls.filter((call) => call.method === 'reload')).toHaveLength(1);
    expect(after.tray).not.toBeNull();
    expect(logOf(app)).toContain(
      'renderer gone {"reason":"crashed","exitCode":139,"action":"reload"}',
    );
    expect(logOf(app)).toContain('renderer gone {"reason":"oom","exitCode":139,"action":"close"}');
  });

  it('a welcome window closed by crash handling is not the welcome seen: it shows again from the tray', async () => {
    const app = await launch({ userDataDir: undefined });
    const welcome = async () =>
      (await app.page())
        .getByRole('heading', { level: 1, name: 'Welcome to Opt-out Reminder' })
        .waitFor();
    await welcome();
    const [window] = (await app.snapshot()).windows;
    if (!window) throw new Error('no window');

    await app.command({ name: 'crashRenderer', windowId: window.id, reason: 'crashed' });
    await app.waitForCall('WebContents', 'reload');
    await welcome();
    await app.command({ name: 'crashRenderer', windowId: window.id, reason: 'crashed' });
    expect((await app.snapshot()).windows).toEqual([]);
    const saved = JSON.parse(readFileSync(join(app.userDataDir, 'config.json'), 'utf8')) as {
      ui: { welcomeFinishedAt: string | null };
    };
    expect(saved.ui.welcomeFinishedAt).toBeNull();

    await app.clickTrayMenu('Open checklist…');
    await welcome();
  });

  it('logs an error nobody caught in main and keeps the tray', async () => {
    const app = await launch();
    await app.command({ name: 'throwInMain', message: 'boom in a timer' });
    const after = await app.snapshot();
    expect(after.tray?.menu.length).toBeGreaterThan(0);
    expect(logOf(app)).toContain('uncaught error in main {"error":"Error: boom in a timer"}');
    // Still working: the tray menu still opens the window.
    await openWindow(app);
  });
});

describe('the command line', () => {
  it('--open=<id> on a second launch opens that checklist in the running app', async () => {
    const first = await launch();
    const second = await launch({
      userDataDir: first.userDataDir,
      args: ['--open=linkedin-ai-training'],
    });
    expect((await second.exited).code).toBe(0);
    const page = await first.page();
    const linkedin = builtinCatalog.find((checklist) => checklist.id === 'linkedin-ai-training');
    await page
      .getByRole('heading', { level: 1, name: linkedin?.title.en ?? '?', exact: true })
      .waitFor();
  });

  it('--open on the first launch opens the window; a launch without flags stays in the tray', async () => {
    const quiet = await launch();
    expect((await quiet.snapshot()).windows).toEqual([]);
    const opened = await launch({ args: ['--open'] });
    const page = await opened.page();
    await page.locator('#list-heading').waitFor();
  });

  it('a double-clicked pack file is imported after the user confirms', async () => {
    const first = await launch();
    const packPath = join(first.userDataDir, 'team.optout-pack');
    writeFileSync(
      packPath,
      JSON.stringify({
        format: PACK_FORMAT,
        formatVersion: 1,
        name: 'Team pack',
        checklists: [dueChecklist('team-objection', CLOCK + 10 * 86_400_000)],
      }),
    );
    const second = await launch({ userDataDir: first.userDataDir, args: [packPath] });
    expect((await second.exited).code).toBe(0);
    const asked = await first.waitForCall('dialog', 'showMessageBox');
    expect(asked.args.at(-1)).toMatchObject({
      type: 'question',
      message: 'Import the checklist pack “Team pack”?',
      buttons: ['Import', 'Cancel'],
    });
    const page = await first.page();
    await page.getByRole('button', { name: /Object to data use/ }).waitFor();
  });
  it('a pack double-clicked on Linux arrives as a file URI (%20 for a space) and is imported', async () => {
    const first = await launch();
    const folder = join(first.userDataDir, 'My Packs');
    mkdirSync(folder);
    const packPath = join(folder, 'team.optout-pack');
    writeFileSync(
      packPath,
      JSON.stringify({
        format: PACK_FORMAT,
        formatVersion: 1,
        name: 'Team pack',
        checklists: [dueChecklist('team-objection', CLOCK + 10 * 86_400_000)],
      }),
    );
    const uri = pathToFileURL(packPath).href;
    expect(uri).toMatch(/^file:\/\/\/.*\/My%20Packs\/team\.optout-pack$/);
    const second = await launch({ userDataDir: first.userDataDir, args: [uri] });
    expect((await second.exited).code).toBe(0);
    const asked = await first.waitForCall('dialog', 'showMessageBox');
    expect(asked.args.at(-1)).toMatchObject({
      type: 'question',
      message: 'Import the checklist pack “Team pack”?',
      detail: expect.stringContaining('File: team.optout-pack.'),
    });
    const page = await first.page();
    await page.getByRole('button', { name: /Object to data use/ }).waitFor();
  });

  it('a FIFO named like a pack is refused in words and the app keeps answering', async () => {
    const first = await launch();
    const fifo = join(first.userDataDir, 'pipe.optout-pack');
    execFileSync('mkfifo', [fifo]);
    const second = await launch({ userDataDir: first.userDataDir, args: [fifo] });
    expect((await second.exited).code).toBe(0);
    const refused = await first.waitForCall('dialog', 'showMessageBox');
    expect(refused.args.at(-1)).toEqual(
      expect.objectContaining({
        type: 'error',
        message: 'This is not an ordinary file (it may be a pipe or a device), so it was not read.',
        detail: 'pipe.optout-pack',
      }),
    );
    const after = await first.snapshot();
    expect(after.tray?.menu.length).toBeGreaterThan(0);
    await openWindow(first);
  });
});
