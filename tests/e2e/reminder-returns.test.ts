/**
 * Reminders come back, end to end: the built app under the stand-in with a
 * clock the test controls. A snooze (notification action, window, tray)
 * brings the checklist back when it ends, and one launch with the clock far
 * ahead does not silence the reminders once the clock is right again.
 */
import { describe, expect, it } from 'vitest';
import type { AppDriver } from '../support/app-driver.ts';
import { dueChecklist } from '../support/fixtures.ts';
import { disposeAppsAfterEachTest, launchApp } from '../support/launch.ts';
import { builtinsDismissed, seedProfile } from '../support/profile.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Monday 23 November 2026, 09:00 in Amsterdam. */
const T0 = Date.UTC(2026, 10, 23, 8);
const DEADLINE = T0 + 3 * DAY + HOUR;
const TITLE = /^Example: Object to data use — /;

/** One checklist of the user's own, due in 3 days and 1 hour; reminders 3 days and 1 day before. */
function profile(): string {
  return seedProfile((data) => ({
    ...data,
    settings: { ...data.settings, leadTimesMinutes: [3 * 24 * 60, 24 * 60], country: 'NL' },
    customChecklists: [dueChecklist('test-deadline', DEADLINE)],
    progress: {
      ...builtinsDismissed(),
      // The user made it a day before: a deadline missed later is overdue, not "still worth doing".
      'test-deadline': { steps: {}, firstSeenAt: new Date(T0 - DAY).toISOString() },
    },
  }));
}

disposeAppsAfterEachTest();

const tick = (app: AppDriver, ms: number) => app.command({ name: 'tick', ms });
const titles = async (app: AppDriver) =>
  (await app.snapshot()).notifications.map((notification) => notification.title);

describe('a snooze brings the reminder back', () => {
  it('"Remind me tomorrow" on a notification reminds tomorrow at 09:00', async () => {
    const app = await launchApp({ userDataDir: profile(), clock: T0 + HOUR, platform: 'darwin' });
    const [first] = (await app.snapshot()).notifications;
    expect(first?.title).toMatch(TITLE);
    const action = first?.actions.indexOf('Remind me tomorrow') ?? -1;
    expect(action).toBeGreaterThanOrEqual(0);
    await app.command({ name: 'notificationAction', index: 0, action });

    // Tomorrow 09:00 is 23 hours later; nothing before.
    await tick(app, 23 * HOUR - MINUTE);
    expect(await titles(app)).toHaveLength(1);
    await tick(app, MINUTE);
    const shown = await titles(app);
    expect(shown).toHaveLength(2);
    expect(shown[1]).toMatch(TITLE);
    // Once: not again on the next wake-ups.
    await tick(app, 2 * HOUR);
    expect(await titles(app)).toHaveLength(2);
  });

  it('"Remind me tomorrow" on a digest brings back all it counted, together, tomorrow at 09:00', async () => {
    // Three checklists due in 10, 11 and 12 days: their 14-day reminders came while the app was closed.
    const dir = seedProfile((data) => ({
      ...data,
      settings: { ...data.settings, country: 'NL' },
      customChecklists: ['First', 'Second', 'Third'].map((name, i) => ({
        ...dueChecklist(`checklist-${i}`, T0 + (10 + i) * DAY),
        title: { en: `${name} thing`, nl: `${name} thing` },
      })),
      progress: builtinsDismissed(),
    }));
    const app = await launchApp({ userDataDir: dir, clock: T0 + HOUR, platform: 'win32' });
    const [digest] = (await app.snapshot()).notifications;
    expect(digest).toEqual({
      title: 'Example: First thing — 10 days left',
      body: 'Next step: Open the privacy page\n2 more need attention.',
      actions: ['Open settings page', 'Remind me tomorrow'],
    });
    await app.command({ name: 'notificationAction', index: 0, action: 1 });

    // Tomorrow 09:00 is 23 hours later: none of the three before, then all three in one digest.
    await tick(app, 23 * HOUR - MINUTE);
    expect(await titles(app)).toHaveLength(1);
    await tick(app, MINUTE);
    const log = (await app.command({ name: 'notificationLog' })) as {
      at: number;
      title: string;
      body: string;
    }[];
    expect(log.slice(1)).toEqual([
      {
        at: T0 + DAY,
        title: 'Example: First thing — 9 days left',
        body: 'Next step: Open the privacy page\n2 more need attention.',
      },
    ]);
  });

  it('the window\'s "Snooze ▸ For 1 hour" brings it back an hour later', async () => {
    const app = await launchApp({ userDataDir: profile(), clock: T0 + HOUR });
    expect(await titles(app)).toHaveLength(1);
    await app.clickTrayMenu('Open checklist…');
    const page = await app.page();
    await page
      .getByRole('button', { name: /Object to data use/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Snooze ▸' }).click();
    await page.getByRole('button', { name: 'For 1 hour' }).click();
    await page.getByText(/^Snoozed until/).waitFor();

    await tick(app, HOUR - MINUTE);
    expect(await titles(app)).toHaveLength(1);
    await tick(app, MINUTE);
    expect(await titles(app)).toHaveLength(2);
  });

  it('"Snooze all" in the tray brings it back when it ends', async () => {
    const app = await launchApp({ userDataDir: profile(), clock: T0 + HOUR });
    expect(await titles(app)).toHaveLength(1);
    await app.clickTrayMenu('Snooze all', 'For 1 hour');
    await tick(app, HOUR - MINUTE);
    expect(await titles(app)).toHaveLength(1);
    await tick(app, MINUTE);
    expect(await titles(app)).toHaveLength(2);
  });
});

describe('one launch with the clock far ahead', () => {
  it('does not silence the reminders once the clock is right again', async () => {
    // An RTC reset puts the clock weeks ahead: the app says the deadline passed.
    // (Far enough to record a fired reminder after the deadline; within the
    // overdue cadence, which ends a few months after the deadline.)
    const ahead = await launchApp({ userDataDir: profile(), clock: T0 + 20 * DAY });
    expect(await titles(ahead)).toEqual([expect.stringMatching(/overdue/)]);
    expect(await ahead.quitVia('Quit')).toBe(0);

    const corrected = await launchApp({ userDataDir: ahead.userDataDir, clock: T0 });
    expect(await titles(corrected)).toEqual([]);
    await tick(corrected, HOUR);
    expect(await titles(corrected)).toEqual(['Example: Object to data use — 3 days left']);
    await tick(corrected, 2 * DAY);
    expect(await titles(corrected)).toHaveLength(2);
    await tick(corrected, DAY);
    expect((await titles(corrected))[2]).toMatch(/deadline reached/i);
  });
});
