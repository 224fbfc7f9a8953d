/**
 * The catalog feed end to end: the built app under the stand-in fetches a
 * signed feed from a local HTTPS server (throwaway certificate and key) with
 * a clock the test controls. Built-in checklists are dismissed so only the
 * feed's new checklist can remind.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { StoreData } from '../../src/main/store/schema.ts';
import { builtinCatalog } from '../../src/shared/catalog/index.ts';
import type { Checklist } from '../../src/shared/catalog/schema.ts';
import type { AppDriver } from '../support/app-driver.ts';
import { closeSharedBrowser } from '../support/chromium.ts';
import { FeedHost } from '../support/feed-server.ts';
import { dueChecklist } from '../support/fixtures.ts';
import { disposeLaunched, launchApp } from '../support/launch.ts';
import { builtinsDismissed, seedProfile } from '../support/profile.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Monday 23 November 2026, 10:00 in Amsterdam. */
const T0 = Date.UTC(2026, 10, 23, 9);
/** 14 December 2026, 00:00 in Amsterdam. */
const DEADLINE = Date.UTC(2026, 11, 13, 23);

function copilot(change: Partial<Checklist> = {}): Checklist {
  return {
    ...dueChecklist('copilot-interaction-data', DEADLINE),
    organisation: 'GitHub Copilot',
    title: { en: 'Interaction data for AI training', nl: 'Interactiegegevens voor AI-training' },
    ...change,
  };
}

function profile(change: (data: StoreData) => StoreData = (data) => data): string {
  return seedProfile((data) =>
    change({
      ...data,
      settings: { ...data.settings, country: 'NL', checkNewDeadlines: true },
      progress: builtinsDismissed(),
    }),
  );
}

let host: FeedHost;
let appPath: string;
beforeAll(async () => {
  host = await FeedHost.start();
  appPath = host.appFolder();
});
afterAll(async () => {
  await host.close();
  await closeSharedBrowser();
});

function launch(userDataDir: string, clock = T0): Promise<AppDriver> {
  return launchApp({ userDataDir, clock, appPath, env: host.env });
}
afterEach(async () => {
  await disposeLaunched();
  host.requests.length = 0;
  host.routes.clear();
});

const notifications = async (app: AppDriver) => (await app.snapshot()).notifications;
const trayLabels = async (app: AppDriver) =>
  ((await app.snapshot()).tray?.menu ?? []).map((item) => item.label);

async function openSettings(app: AppDriver) {
  await app.clickTrayMenu('Open checklist…');
  const page = await app.page();
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  return page;
}

/** The status line of the project feed in Settings. */
const statusOf = (page: Awaited<ReturnType<typeof openSettings>>) =>
  page.locator('[data-feed-status="project"]').textContent();

describe('the catalog feed', () => {
  it('makes no request at all without consent, also after days', async () => {
    host.serveFeed([copilot()], 1);
    const app = await launch(
      profile((data) => ({ ...data, settings: { ...data.settings, checkNewDeadlines: false } })),
    );
    await app.command({ name: 'tick', ms: 3 * DAY });
    const page = await openSettings(app);
    await page.getByRole('button', { name: 'Check now' }).waitFor({ state: 'detached' });
    expect(await page.getByText('Nothing is downloaded until you turn on the check').count()).toBe(
      1,
    );
    expect(host.requests).toEqual([]);
    expect(app.calls.filter((call) => call.api === 'net')).toEqual([]);
  });

  it('with consent fetches the signed feed, announces the new checklist once, lists it, and keeps it over a restart', async () => {
    host.serveFeed([...builtinCatalog, copilot()], 1);
    const dir = profile();
    const app = await launch(dir);
    await app.waitForCall('Notification', 'show');
    expect(host.requests).toEqual(['/feed.json', '/feed.json.sig']);
    expect(await notifications(app)).toEqual([
      {
        title: 'New: GitHub Copilot — switch off before 14 December',
        body: 'Interaction data for AI training\nNext step: Open the privacy page',
        actions: [],
      },
    ]);
    expect(
      (await trayLabels(app)).some((label) => label.includes('Interaction data for AI training')),
    ).toBe(true);
    // The log and Copy diagnostics name the check by feed id, sequence, outcome and counts only.
    const log = readFileSync(join(app.userDataDir, 'logs', 'main.log'), 'utf8');
    expect(log).toMatch(
      /\[info\] +feed check \{"feed":"project","sequence":1,"at":"2026-11-23T09:00:00\.000Z","outcome":"updated","added":1,"changed":0,"withdrawn":0,"skipped":0\}/,
    );
    expect(log).not.toContain(host.origin);
    expect(log).not.toContain('Interaction data');
    await app.clickTrayMenu('About Opt-out Reminder');
    const page = await app.page();
    await page.getByRole('button', { name: 'Copy diagnostics' }).click();
    await page.getByText('Diagnostics copied to the clipboard', { exact: false }).waitFor();
    expect((await app.snapshot()).clipboard.split('\n')).toContain(
      'Last feed check: 2026-11-23T09:00:00.000Z (updated, sequence 1)',
    );
    await page.getByRole('button', { name: 'Checklists', exact: true }).click();
    await page.getByRole('button', { name: /Interaction data for AI training/ }).waitFor();
    // A day of wake-ups (and the next daily check) announce nothing again.
    await app.command({ name: 'tick', ms: DAY + HOUR });
    expect(await notifications(app)).toHaveLength(1);
    // The reply to the menu click can be lost as the process ends: wait for the exit itself.
    await app.clickTrayMenu('Quit').catch(() => {});
    expect((await app.exited).code).toBe(0);

    host.requests.length = 0;
    const again = await launch(dir, T0 + DAY + 2 * HOUR);
    await openSettings(again);
    expect(
      (await trayLabels(again)).some((label) => label.includes('Interaction data for AI training')),
    ).toBe(true);
    await again.command({ name: 'tick', ms: HOUR });
    expect(await notifications(again)).toEqual([]);
    // Closed for the days that follow: an open window re-renders at every
    // five-minute wake-up, 1,700 times here, which took 35 of the test's 60 s.
    await again.closeWindows();
    // It follows the usual lead times from now on: 14 days before (midnight, so after quiet hours).
    await again.command({
      name: 'tick',
      ms: DEADLINE - 14 * DAY + 8 * HOUR + MINUTE - (T0 + DAY + 3 * HOUR),
    });
    expect((await notifications(again)).map((n) => n.title)).toEqual([
      'GitHub Copilot: Interaction data for AI training — 14 days left',
    ]);
  });

  it('changes nothing and says why for a bad signature, a lower sequence, garbage, 404, 5 MB and a hanging server; Check now works', async () => {
    host.serveFeed([...builtinCatalog, copilot()], 5);
    const app = await launch(profile());
    await app.waitForCall('Notification', 'show');
    const page = await openSettings(app);
    await expect.poll(() => statusOf(page)).toContain('1 new');
    const card = () => page.getByRole('button', { name: 'Checklists', exact: true }).click();

    const cases: Array<[string, () => void, string]> = [
      [
        'bad signature',
        () => host.serveFeed([], 6, { signature: host.sign('something else') }),
        'the signature is missing or wrong',
      ],
      ['lower sequence', () => host.serveFeed([], 4), 'older catalog than the one you have'],
      [
        'garbage',
        () => {
          const body = '<html>oops</html>';
          host.routes.set('/feed.json', { body });
          host.routes.set('/feed.json.sig', { body: host.sign(body) });
        },
        'not a readable feed',
      ],
      [
        '404',
        () => {
          host.routes.delete('/feed.json');
        },
        'the feed was not found',
      ],
      [
        '5 MB',
        () => host.routes.set('/feed.json', { body: Buffer.alloc(5 * 1024 * 1024, 0x20) }),
        'too large',
      ],
    ];
    for (const [, setup, words] of cases) {
      setup();
      await page.getByRole('button', { name: 'Check now' }).click();
      await expect.poll(() => statusOf(page)).toContain(words);
    }
    // A hanging server: the app gives up after its timeout (the test's clock).
    host.routes.set('/feed.json', { hang: true });
    await page.getByRole('button', { name: 'Check now' }).click();
    await expect.poll(() => host.requests.at(-1)).toBe('/feed.json');
    await app.command({ name: 'tick', ms: 31_000 });
    await expect.poll(() => statusOf(page)).toContain('did not answer in time');

    // After all that the checklist from the good feed is still there, announced once.
    await card();
    await page.getByRole('button', { name: /Interaction data for AI training/ }).waitFor();
    expect(await notifications(app)).toHaveLength(1);

    // Check now with a good, newer feed.
    host.serveFeed([...builtinCatalog, copilot({ organisation: 'GitHub' })], 7);
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByRole('button', { name: 'Check now' }).click();
    await expect.poll(() => statusOf(page)).toContain('0 new, 1 changed');
  });

  it('keeps the user’s ticks when the feed edits the checklist', async () => {
    host.serveFeed([copilot()], 1);
    const app = await launch(profile());
    await app.waitForCall('Notification', 'show');
    await app.command({ name: 'clickNotification', index: 0 });
    const page = await app.page();
    const first = page.getByRole('checkbox', { name: /Open the privacy page/ });
    await first.click();
    await expect.poll(() => first.isChecked()).toBe(true);

    const edited = copilot({
      title: { en: 'Copilot training data', nl: 'Copilot-trainingsgegevens' },
      version: 2,
    });
    const web = edited.paths.web;
    if (!web) throw new Error('no web path');
    web.steps = [
      ...web.steps,
      { id: 'confirm', text: { en: 'Confirm the change', nl: 'Bevestig de wijziging' } },
    ];
    host.serveFeed([edited], 2);
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByRole('button', { name: 'Check now' }).click();
    await expect.poll(() => statusOf(page)).toContain('1 changed');
    await page.getByRole('button', { name: 'Checklists', exact: true }).click();
    await page.getByRole('button', { name: /Copilot training data/ }).click();
    await expect
      .poll(() => page.getByRole('checkbox', { name: /Open the privacy page/ }).isChecked())
      .toBe(true);
    expect(await page.getByRole('checkbox', { name: /Confirm the change/ }).isChecked()).toBe(
      false,
    );
  });

  it('follows an organisation’s unsigned feed by the same rules, marked "unsigned, from <host>"', async () => {
    host.serveFeed([...builtinCatalog], 1);
    const pack = { ...copilot(), id: 'intranet-ai-assistant', organisation: 'Our intranet' };
    host.routes.set('/org/feed.json', {
      body: JSON.stringify({
        format: 'optout-reminder/catalog-feed',
        formatVersion: 1,
        sequence: 1,
        issuedAt: '2026-11-23T08:00:00.000Z',
        checklists: [pack],
      }),
    });
    const app = await launch(profile());
    const page = await openSettings(app);
    await expect.poll(() => statusOf(page)).toContain('no new deadlines');
    await page.getByLabel('Feed address (https://…)').fill(`${host.origin}/org/feed.json`);
    await page.getByRole('button', { name: 'Follow this feed' }).click();
    const hostName = new URL(host.origin).host;
    await page.getByText(`unsigned, from ${hostName}`).first().waitFor();
    await expect
      .poll(() => page.locator('[data-feed-status="organisation-1"]').textContent())
      .toContain('1 new');
    expect(host.requests).toContain('/org/feed.json');
    // Unsigned: no signature is asked for.
    expect(host.requests).not.toContain('/org/feed.json.sig');
    await page.getByRole('button', { name: 'Checklists', exact: true }).click();
    await page.getByRole('button', { name: new RegExp(`unsigned, from ${hostName}`) }).waitFor();
  });
});
