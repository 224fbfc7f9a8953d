/**
 * A snooze never hides a deadline, end to end: the built app under the
 * stand-in with a clock the test controls. "Snooze all › For 1 week" chosen
 * five days before a deadline ends at the 2-hour reminder, and the deadline
 * reminder still comes; "Remind me tomorrow" the day before ends at the
 * 2-hour reminder, not at 09:00; the window says the snooze was shortened.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppDriver } from '../support/app-driver.ts';
import { dueChecklist } from '../support/fixtures.ts';
import { disposeAppsAfterEachTest, launchApp } from '../support/launch.ts';
import { builtinsDismissed, seedProfile } from '../support/profile.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Monday 23 November 2026, 10:00 in Amsterdam. */
const T0 = Date.UTC(2026, 10, 23, 9);
const TITLE = 'Example: Object to data use';

/** One checklist of the user's own, due at `deadline`; the default lead times and quiet hours. */
function profile(deadline: number): string {
  return seedProfile((data) => ({
    ...data,
    settings: { ...data.settings, country: 'NL' },
    customChecklists: [dueChecklist('test-deadline', deadline)],
    progress: {
      ...builtinsDismissed(),
      'test-deadline': { steps: {}, firstSeenAt: new Date(T0 - 10 * DAY).toISOString() },
    },
  }));
}

disposeAppsAfterEachTest();

const tick = (app: AppDriver, ms: number) => app.command({ name: 'tick', ms });
const titles = async (app: AppDriver) =>
  (await app.snapshot()).notifications.map((notification) => notification.title);

describe('a snooze does not hide a deadline', () => {
  it('"Snooze all › For 1 week" five days before ends at the 2-hour reminder; the deadline reminder follows', async () => {
    // Saturday 28 November, 18:00: the 2-hour reminder is at 16:00, outside quiet hours.
    const deadline = T0 + 5 * DAY + 8 * HOUR;
    const app = await launchApp({ userDataDir: profile(deadline), clock: T0 });
    // The 7-day reminder, caught up at launch.
    expect(await titles(app)).toEqual([`${TITLE} — 5 days left`]);
    await app.clickTrayMenu('Snooze all', 'For 1 week');

    // Nothing while snoozed: not the 3-day or the 1-day reminder, nothing before 16:00 on Saturday.
    for (let at = T0; at < deadline - 2 * HOUR - MINUTE; at += DAY / 2) {
      await tick(app, Math.min(DAY / 2, deadline - 2 * HOUR - MINUTE - at));
    }
    expect(await titles(app)).toHaveLength(1);
    await tick(app, MINUTE);
    expect(await titles(app)).toEqual([`${TITLE} — 5 days left`, `${TITLE} — 2 hours left`]);
    await tick(app, 2 * HOUR);
    expect((await titles(app))[2]).toBe(`${TITLE} — deadline reached`);
    // Not "2 days overdue" at the end of the week that was chosen.
    await tick(app, 2 * DAY);
    expect(await titles(app)).toHaveLength(3);
  });

  it('a week-long snooze saved before the deadline moved two days closer ends at the new 2-hour reminder', async () => {
    // Wednesday 25 November, 10:00 — but the snooze was chosen for a week when it was further away.
    const deadline = T0 + 2 * DAY;
    const dir = profile(deadline);
    const file = join(dir, 'config.json');
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    saved.progress['test-deadline'].snoozedUntil = new Date(T0 + 7 * DAY).toISOString();
    writeFileSync(file, JSON.stringify(saved));
    const app = await launchApp({ userDataDir: dir, clock: T0 });
    expect(await titles(app)).toEqual([]);
    await tick(app, 2 * DAY - 2 * HOUR - MINUTE);
    expect(await titles(app)).toEqual([]);
    await tick(app, MINUTE);
    expect(await titles(app)).toEqual([`${TITLE} — 2 hours left`]);
    await tick(app, 2 * HOUR);
    expect(await titles(app)).toEqual([`${TITLE} — 2 hours left`, `${TITLE} — deadline reached`]);
    const after = JSON.parse(readFileSync(file, 'utf8'));
    expect(after.progress['test-deadline'].snoozedUntil).toBe(
      new Date(deadline - 2 * HOUR).toISOString(),
    );
  });

  it('"Remind me tomorrow" the day before a 10:00 deadline returns at 08:00, not 09:00', async () => {
    // Tuesday 24 November, 10:00: the 1-day reminder comes at launch, the 2-hour one at 08:00.
    const deadline = T0 + DAY;
    const app = await launchApp({ userDataDir: profile(deadline), clock: T0, platform: 'darwin' });
    const [first] = (await app.snapshot()).notifications;
    expect(first?.title).toBe(`${TITLE} — 1 day left`);
    const action = first?.actions.indexOf('Remind me tomorrow') ?? -1;
    expect(action).toBeGreaterThanOrEqual(0);
    await app.command({ name: 'notificationAction', index: 0, action });

    await tick(app, 22 * HOUR - MINUTE);
    expect(await titles(app)).toHaveLength(1);
    await tick(app, MINUTE);
    expect(await titles(app)).toEqual([`${TITLE} — 1 day left`, `${TITLE} — 2 hours left`]);
    await tick(app, 2 * HOUR);
    expect((await titles(app))[2]).toBe(`${TITLE} — deadline reached`);
  });

  it('the window\'s "Snooze ▸ For 1 week" says it ends before the deadline', async () => {
    const deadline = T0 + 5 * DAY + 8 * HOUR;
    const app = await launchApp({ userDataDir: profile(deadline), clock: T0 });
    await app.clickTrayMenu('Open checklist…');
    const page = await app.page();
    await page
      .getByRole('button', { name: /Object to data use/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Snooze ▸' }).click();
    await page.getByRole('button', { name: 'For 1 week' }).click();
    await page
      .getByText('Snoozed until 28 November 2026 at 16:00 — not past the deadline')
      .waitFor();
  });
});
