/**
 * Update checks whose result cannot be saved, end to end: a data file from
 * a newer version (read-only mode), and an update server naming a version
 * the store cannot hold. Each check runs once and is due again a day later.
 * Requests are counted on a local HTTPS server; the clock is the test's.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppDriver } from '../support/app-driver.ts';
import { closeSharedBrowser } from '../support/chromium.ts';
import { FeedHost } from '../support/feed-server.ts';
import { dueChecklist } from '../support/fixtures.ts';
import { seedProfile } from '../support/profile.ts';
import { disposeAll, launch } from './window-support.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let host: FeedHost;
beforeAll(async () => {
  host = await FeedHost.start();
});
afterAll(async () => {
  await host.close();
  await closeSharedBrowser();
});
afterEach(async () => {
  await disposeAll();
  host.requests.length = 0;
  host.routes.clear();
});

/** A data file as a newer version of the app saves it: read, never written (read-only mode). */
function fromNewerVersion(dir: string): string {
  const file = join(dir, 'config.json');
  writeFileSync(
    file,
    JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), schemaVersion: 2 }),
  );
  return dir;
}

/** An installed AppImage whose update server is the local one. */
function updateEnv(): Record<string, string> {
  const resources = mkdtempSync(join(tmpdir(), 'optout-resources-'));
  writeFileSync(
    join(resources, 'app-update.yml'),
    `provider: generic\nurl: ${host.origin}/\nupdaterCacheDirName: optout-reminder-updater\n`,
  );
  const apps = mkdtempSync(join(tmpdir(), 'optout-apps-'));
  const appImage = join(apps, 'Opt-out-Reminder-0.1.0.AppImage');
  writeFileSync(appImage, 'the AppImage of version 0.1.0', { mode: 0o755 });
  return {
    ...host.env,
    OPTOUT_STANDIN_RESOURCES: resources,
    XDG_CACHE_HOME: apps,
    APPIMAGE: appImage,
  };
}

/** The app as installed from an AppImage, with the update check's consent given in `userDataDir`. */
function launchInstalled(userDataDir: string): Promise<AppDriver> {
  return launch({ userDataDir, isPackaged: true, platform: 'linux', env: updateEnv() });
}

function serveVersion(version: string): void {
  host.routes.set('/latest-linux.yml', {
    body: [
      `version: ${version}`,
      'files:',
      `  - url: Opt-out-Reminder-${version}.AppImage`,
      '    sha512: AAAA',
      '    size: 10',
      `path: Opt-out-Reminder-${version}.AppImage`,
      'sha512: AAAA',
      "releaseDate: '2026-11-20T10:00:00.000Z'",
      '',
    ].join('\n'),
  });
}

const updateRequests = () =>
  host.requests.filter((path) => path.split('?')[0] === '/latest-linux.yml').length;

/** Wake-ups over an hour, answered by the app: a loop would have sent many more requests by then. */
async function anHourLater(app: AppDriver): Promise<void> {
  await app.command({ name: 'tick', ms: HOUR });
  await app.snapshot();
}

describe('a check whose result cannot be saved', () => {
  it('update check in read-only mode: one request, the next a day later', async () => {
    serveVersion('0.3.0');
    const userDataDir = fromNewerVersion(
      seedProfile((data) => ({ ...data, settings: { ...data.settings, checkAppUpdates: true } })),
    );
    const app = await launchInstalled(userDataDir);
    await expect.poll(updateRequests).toBe(1);
    await anHourLater(app);
    expect(updateRequests()).toBe(1);
    await app.command({ name: 'tick', ms: DAY });
    await expect.poll(updateRequests).toBe(2);
    await anHourLater(app);
    expect(updateRequests()).toBe(2);
  });

  it('a version longer than the store holds is a failed check: one request, not a loop', async () => {
    serveVersion(`0.3.0-${'a'.repeat(80)}`);
    const userDataDir = seedProfile((data) => ({
      ...data,
      settings: { ...data.settings, checkAppUpdates: true },
    }));
    const app = await launchInstalled(userDataDir);
    await expect.poll(updateRequests).toBe(1);
    await anHourLater(app);
    expect(updateRequests()).toBe(1);
    const saved = JSON.parse(readFileSync(join(userDataDir, 'config.json'), 'utf8'));
    expect(saved.updates.lastCheck).toMatchObject({ outcome: 'failed', error: 'invalid-version' });
  });

  it('feed check in read-only mode: one download, the next a day later', async () => {
    host.serveFeed([dueChecklist('feed-only-checklist', Date.UTC(2027, 0, 10, 12))], 1);
    const userDataDir = fromNewerVersion(
      seedProfile((data) => ({
        ...data,
        settings: { ...data.settings, country: 'NL', checkNewDeadlines: true },
      })),
    );
    const app = await launch({ userDataDir, appPath: host.appFolder(), env: host.env });
    const feedRequests = () => host.requests.filter((path) => path === '/feed.json').length;
    const checksLogged = () =>
      readFileSync(join(userDataDir, 'logs', 'main.log'), 'utf8').match(/feed check/g)?.length ?? 0;
    await expect.poll(checksLogged).toBe(1);
    expect(host.requests).toEqual(['/feed.json', '/feed.json.sig']);
    await anHourLater(app);
    expect(feedRequests()).toBe(1);
    // To the minute the next check is due, and no further: the download runs on
    // the real network while the test's clock stands still (its 30 s time-out is
    // on that clock).
    await app.command({ name: 'tick', ms: DAY - HOUR });
    await expect.poll(checksLogged, { timeout: 5000 }).toBe(2);
    expect(host.requests).toEqual(['/feed.json', '/feed.json.sig', '/feed.json', '/feed.json.sig']);
    await anHourLater(app);
    expect(feedRequests()).toBe(2);
  });

  describe.skipIf(!canMakeImmutable())('a data file that can be read but not replaced', () => {
    const locked: string[] = [];
    afterEach(() => {
      for (const file of locked.splice(0)) spawnSync('chattr', ['-i', file]);
    });

    it('starts, lists the checklists, says the change was not saved, and does not keep trying', async () => {
      // No first-seen times yet: the first start wants to save them and cannot.
      const userDataDir = seedProfile();
      const file = join(userDataDir, 'config.json');
      const before = readFileSync(file, 'utf8');
      expect(spawnSync('chattr', ['+i', file]).status).toBe(0);
      locked.push(file);
      // A running clock: electron-store's atomic write retries a refused rename
      // for a second by Date.now(), which a standing clock would never advance.
      // Noon, outside quiet hours: the start has reminders to record.
      const app = await launch({
        userDataDir,
        clock: Date.parse('2026-11-24T12:00:00+01:00'),
        isClockRunning: true,
      });
      const { tray } = await app.snapshot();
      expect(tray?.menu.map((item) => item.label)).toContain('Open checklist…');
      await app.clickTrayMenu('Open checklist…');
      const page = await app.page();
      await page.getByText('Your last change could not be saved to disk.').waitFor();
      expect(readFileSync(file, 'utf8')).toBe(before);
      const log = () => readFileSync(join(userDataDir, 'logs', 'main.log'), 'utf8');
      const failedWrites = () =>
        log().match(/notice \{"kind":"store-write-failed"\}/g)?.length ?? 0;
      // The notice shows after the first failed write (the first-seen times); the
      // second (the reminders shown at start) may still be in its one-second retry.
      await expect.poll(log, { timeout: 10_000 }).toMatch(/reminders due \{.*"isRecorded":false\}/);
      // Two writes were tried, once each: not again for every notice a failed
      // write raised — also not after the window asked main for its state again.
      expect(failedWrites()).toBe(2);
      await page.reload();
      await page.getByText('Your last change could not be saved to disk.').waitFor();
      expect(failedWrites()).toBe(2);
      expect(readFileSync(file, 'utf8')).toBe(before);
    });
  });
});

/** `chattr +i` (root on ext2/3/4): a file rename cannot replace, as a read-only file on Windows. */
function canMakeImmutable(): boolean {
  const file = join(mkdtempSync(join(tmpdir(), 'optout-immutable-')), 'probe');
  writeFileSync(file, '');
  const made = spawnSync('chattr', ['+i', file]).status === 0;
  if (made) spawnSync('chattr', ['-i', file]);
  return made;
}
