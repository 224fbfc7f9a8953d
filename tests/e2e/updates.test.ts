/**
 * App updates end to end: the built app under the stand-in runs
 * electron-updater's own updater (AppImageUpdater, DebUpdater) and generic
 * provider against a local HTTPS update server. A packaged install is laid
 * out as electron-builder lays it out: `app.isPackaged`, and a resources
 * folder (`process.resourcesPath`, set by the stand-in from
 * OPTOUT_STANDIN_RESOURCES) with `app-update.yml` naming the server — the
 * file electron-builder writes from `publish` in electron-builder.yml. The
 * app itself has no test switch for where updates come from.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppDriver } from '../support/app-driver.ts';
import { closeSharedBrowser } from '../support/chromium.ts';
import { FeedHost } from '../support/feed-server.ts';
import { seedProfile } from '../support/profile.ts';
import { disposeAll, launch } from './window-support.ts';

const DAY = 86_400_000;
const MINUTE = 60_000;

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
  host.requestHeaders.length = 0;
  host.routes.clear();
});

/**
 * Publishes version 0.3.0 as electron-builder would for Linux: latest-linux.yml
 * and the AppImage it names (here a script that records that it was started).
 */
function publish(): { marker: string } {
  const marker = join(mkdtempSync(join(tmpdir(), 'optout-restarted-')), 'restarted');
  const appImage = Buffer.from(`#!/bin/sh\necho "0.3.0 started" > '${marker}'\n`);
  const sha512 = createHash('sha512').update(appImage).digest('base64');
  host.routes.set('/latest-linux.yml', {
    body: [
      'version: 0.3.0',
      'files:',
      '  - url: Opt-out-Reminder-0.3.0.AppImage',
      `    sha512: ${sha512}`,
      `    size: ${appImage.length}`,
      'path: Opt-out-Reminder-0.3.0.AppImage',
      `sha512: ${sha512}`,
      "releaseDate: '2026-11-20T10:00:00.000Z'",
      '',
    ].join('\n'),
  });
  host.routes.set('/Opt-out-Reminder-0.3.0.AppImage', { body: appImage });
  return { marker };
}

interface Install {
  userDataDir: string;
  /** The running AppImage (for an AppImage install). */
  appImage: string | null;
  env: Record<string, string>;
}

/** A packaged install: an AppImage (replaces itself) or a deb (belongs to the package manager). */
function packagedInstall(options: { consent: boolean; kind: 'appimage' | 'deb' }): Install {
  const resources = mkdtempSync(join(tmpdir(), 'optout-resources-'));
  writeFileSync(
    join(resources, 'app-update.yml'),
    `provider: generic\nurl: ${host.origin}/\nupdaterCacheDirName: optout-reminder-updater\n`,
  );
  if (options.kind === 'deb') writeFileSync(join(resources, 'package-type'), 'deb');
  const apps = mkdtempSync(join(tmpdir(), 'optout-apps-'));
  const appImage =
    options.kind === 'appimage' ? join(apps, 'Opt-out-Reminder-0.1.0.AppImage') : null;
  if (appImage) writeFileSync(appImage, 'the AppImage of version 0.1.0', { mode: 0o755 });
  const cache = join(apps, 'cache');
  mkdirSync(cache);
  return {
    userDataDir: seedProfile((data) => ({
      ...data,
      settings: { ...data.settings, checkAppUpdates: options.consent },
    })),
    appImage,
    env: {
      ...host.env,
      OPTOUT_STANDIN_RESOURCES: resources,
      XDG_CACHE_HOME: cache,
      ...(appImage ? { APPIMAGE: appImage } : {}),
    },
  };
}

function start(install: Install, options: { isPackaged?: boolean } = {}): Promise<AppDriver> {
  return launch({
    userDataDir: install.userDataDir,
    isPackaged: options.isPackaged ?? true,
    env: install.env,
    platform: 'linux',
  });
}

const trayLabels = async (app: AppDriver) =>
  ((await app.snapshot()).tray?.menu ?? []).map((item) => item.label);
/** The update line in Settings › About (waiting for the window and the section to load). */
const updateLine = async (app: AppDriver) => {
  const line = (await app.page()).locator('[data-update-phase]');
  await line.waitFor();
  return line.textContent();
};
const logOf = (app: AppDriver) => readFileSync(join(app.userDataDir, 'logs', 'main.log'), 'utf8');

describe('app updates', () => {
  it('make no request without consent, even after days; with it, find the new version, show it and notify once', async () => {
    publish();
    const install = packagedInstall({ consent: false, kind: 'appimage' });
    const app = await start(install);
    await app.command({ name: 'tick', ms: 3 * DAY });
    await app.clickTrayMenu('About Opt-out Reminder');
    const page = await app.page();
    await expect
      .poll(() => updateLine(app), { timeout: 10_000 })
      .toBe('Checking for new versions is off.');
    expect(host.requests).toEqual([]);
    expect(
      app.calls.filter((call) => call.api === 'net' || call.method === 'fromPartition'),
    ).toEqual([]);
    expect(existsSync(join(app.userDataDir, '.updaterId'))).toBe(false);
    expect((await trayLabels(app)).some((label) => label.startsWith('Version'))).toBe(false);

    // The user agrees: one request for the update metadata, through Electron's net.
    await page.getByRole('checkbox', { name: /new version of the app/ }).click();
    await app.waitForCall('Notification', 'show');
    expect(host.requests.map((path) => path.split('?')[0])).toEqual(['/latest-linux.yml']);
    expect(
      app.calls.filter((call) => call.method === 'fromPartition').map((call) => call.args),
    ).toEqual([['electron-updater']]);
    // Nothing about the user: no cookie, no id of this install (the rollout id is all zeros).
    const [headers] = host.requestHeaders;
    expect(headers?.cookie).toBeUndefined();
    expect(headers?.['x-user-staging-id']).toBe('00000000-0000-0000-0000-000000000000');
    expect(existsSync(join(app.userDataDir, '.updaterId'))).toBe(false);

    expect(await trayLabels(app)).toContain('Version 0.3.0 is available');
    await expect
      .poll(() => updateLine(app), { timeout: 10_000 })
      .toBe('Version 0.3.0 is available.');
    await page.getByRole('button', { name: 'Download and install' }).waitFor();
    expect((await app.snapshot()).notifications).toEqual([
      {
        title: 'Version 0.3.0 is available',
        body: 'Choose “About Opt-out Reminder” in the tray menu to install it.',
        actions: [],
      },
    ]);
    // The log names versions, never the server.
    expect(logOf(app)).toMatch(
      /\[info\] +update check \{"current":"0\.1\.0","at":"[^"]+","outcome":"available","version":"0\.3\.0"\}/,
    );
    expect(logOf(app)).not.toContain(host.origin);

    // A day later: checked once more, and still one notification for this version.
    await app.closeWindows();
    await app.command({ name: 'tick', ms: DAY + 6 * MINUTE });
    await expect.poll(() => host.requests.length).toBe(2);
    await app.command({ name: 'tick', ms: 6 * MINUTE });
    expect(host.requests).toHaveLength(2);
    expect((await app.snapshot()).notifications).toHaveLength(1);
  });

  it('download and install on the user’s word, and restart into the new version when they choose', async () => {
    const { marker } = publish();
    const install = packagedInstall({ consent: true, kind: 'appimage' });
    const app = await start(install);
    await app.waitForCall('Notification', 'show');
    // The notification leads to Settings › About, where the update waits for the user.
    await app.command({ name: 'clickNotification', index: 0 });
    const page = await app.page();
    await page.getByRole('button', { name: 'Download and install' }).click();
    await expect
      .poll(() => updateLine(app), { timeout: 10_000 })
      .toBe(
        'Version 0.3.0 is ready. Restart now to install it, or it is installed the next time you quit.',
      );
    expect(host.requests.map((path) => path.split('?')[0])).toContain(
      '/Opt-out-Reminder-0.3.0.AppImage',
    );
    expect(await trayLabels(app)).toContain('Restart to update to version 0.3.0');
    expect(existsSync(marker)).toBe(false);

    // "Restart to update": electron-updater replaces the AppImage, starts it, and the app quits.
    await app.clickTrayMenu('Restart to update to version 0.3.0').catch(() => {});
    expect((await app.exited).code).toBe(0);
    // The file name carries the version, so the new one is put beside the old one's place.
    const updated = join(dirname(install.appImage ?? ''), 'Opt-out-Reminder-0.3.0.AppImage');
    await expect.poll(() => existsSync(marker)).toBe(true);
    expect(readFileSync(marker, 'utf8')).toBe('0.3.0 started\n');
    expect(readFileSync(updated, 'utf8')).toContain('0.3.0 started');
    expect(existsSync(install.appImage ?? '')).toBe(false);
  });

  it('on a deb install, point to the release page instead of downloading', async () => {
    publish();
    const app = await start(packagedInstall({ consent: true, kind: 'deb' }));
    await app.waitForCall('Notification', 'show');
    expect((await app.snapshot()).notifications[0]?.body).toBe(
      'Choose “About Opt-out Reminder” in the tray menu to get it from the release page.',
    );
    await app.clickTrayMenu('Version 0.3.0 is available');
    const page = await app.page();
    await expect
      .poll(() => updateLine(app), { timeout: 10_000 })
      .toBe(
        'Version 0.3.0 is available. This copy was installed as a system package: get the new version from the release page.',
      );
    expect(await page.getByRole('button', { name: 'Download and install' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Open the release page' }).click();
    const opened = await app.waitForCall('shell', 'openExternal');
    expect(opened.args).toEqual([`${host.origin}/`]);
    expect(host.requests.map((path) => path.split('?')[0])).toEqual(['/latest-linux.yml']);
  });

  it('when the server fails, say so, log an error code only, and try again a day later, not sooner', async () => {
    // Nothing published: the update server answers 404.
    const app = await start(packagedInstall({ consent: true, kind: 'appimage' }));
    await expect.poll(() => host.requests.length).toBe(1);
    await app.clickTrayMenu('About Opt-out Reminder');
    await expect
      .poll(() => updateLine(app), { timeout: 10_000 })
      .toMatch(
        /^The last look for a new version did not work \(.+\)\. It is tried again a day later\.$/,
      );
    expect(logOf(app)).toMatch(
      /\[info\] +update check \{"current":"0\.1\.0","at":"[^"]+","outcome":"failed","error":"ERR_UPDATER_CHANNEL_FILE_NOT_FOUND"\}/,
    );
    await app.command({ name: 'tick', ms: 12 * 60 * MINUTE });
    expect(host.requests).toHaveLength(1);
    await app.command({ name: 'tick', ms: 12 * 60 * MINUTE + 6 * MINUTE });
    await expect.poll(() => host.requests.length).toBe(2);
    expect((await app.snapshot()).notifications).toEqual([]);
  });

  it('keep a version already found on offer when a later check fails', async () => {
    publish();
    const app = await start(packagedInstall({ consent: true, kind: 'appimage' }));
    await app.waitForCall('Notification', 'show');
    expect(await trayLabels(app)).toContain('Version 0.3.0 is available');
    // The next day the server errs (or the laptop woke before its network).
    host.routes.set('/latest-linux.yml', { status: 500, body: 'Internal Server Error' });
    await app.command({ name: 'tick', ms: DAY + 6 * MINUTE });
    await expect.poll(() => host.requests.length).toBe(2);
    await expect.poll(() => logOf(app)).toMatch(/update check \{[^}]*"outcome":"failed"/);
    expect(await trayLabels(app)).toContain('Version 0.3.0 is available');
    await app.clickTrayMenu('About Opt-out Reminder');
    await expect
      .poll(() => updateLine(app), { timeout: 10_000 })
      .toBe('Version 0.3.0 is available.');
    await (await app.page()).getByRole('button', { name: 'Download and install' }).waitFor();
    expect((await app.snapshot()).notifications).toHaveLength(1);
  });

  it('end a check the server never answers after a minute, and ask anew a day later', async () => {
    host.routes.set('/latest-linux.yml', { hang: true });
    const app = await start(packagedInstall({ consent: true, kind: 'appimage' }));
    await expect.poll(() => host.requests.length).toBe(1);
    await app.clickTrayMenu('About Opt-out Reminder');
    await expect
      .poll(() => updateLine(app), { timeout: 10_000 })
      .toBe('Looking for a new version…');
    await app.command({ name: 'tick', ms: 61_000 });
    await expect
      .poll(() => updateLine(app), { timeout: 10_000 })
      .toMatch(/^The last look for a new version did not work \(.+\)\./);
    await (await app.page()).getByRole('button', { name: 'Check for a new version' }).waitFor();
    publish();
    await app.command({ name: 'tick', ms: DAY });
    await expect.poll(() => host.requests.length).toBe(2);
    await expect
      .poll(() => updateLine(app), { timeout: 10_000 })
      .toBe('Version 0.3.0 is available.');
  });

  it('in a development run, ask nothing even with consent, and say this copy cannot update itself', async () => {
    publish();
    const app = await start(packagedInstall({ consent: true, kind: 'appimage' }), {
      isPackaged: false,
    });
    await app.clickTrayMenu('About Opt-out Reminder');
    await expect
      .poll(() => updateLine(app), { timeout: 10_000 })
      .toBe('This copy cannot update itself (a development build or an unpacked folder).');
    expect(host.requests).toEqual([]);
    expect(app.calls.filter((call) => call.api === 'net')).toEqual([]);
  });
});
