/**
 * Where keyboard focus lands, and what the polite live region says, when the
 * button the user pressed leaves the page with the change it made; and that
 * the platform tabs keep up with a fast keyboard. Everything is done by
 * keyboard; the tests wait only on what the page shows.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { builtinCatalog } from '../../src/shared/catalog/index.ts';
import { closeSharedBrowser } from '../support/chromium.ts';
import { disposeAll, launch, openChecklist, openWindow } from './window-support.ts';

afterEach(disposeAll);
afterAll(closeSharedBrowser);

const LINKEDIN = builtinCatalog.find((checklist) => checklist.id === 'linkedin-ai-training');
if (!LINKEDIN) throw new Error('the LinkedIn checklist is built in');

/** The focused control as a user would name it: its role and label, and the item it is in. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'body';
    const input = element as HTMLInputElement;
    const name =
      input.type === 'checkbox'
        ? `checkbox "${input.labels?.[0]?.textContent?.trim()}"`
        : `${element.getAttribute('role') ?? element.tagName.toLowerCase()} "${element.textContent?.trim()}"`;
    const item = element.closest('fieldset')?.querySelector('legend')?.textContent;
    return item ? `${name} in "${item}"` : name;
  });
}

/** What the window's polite live region last said. */
async function said(page: Page): Promise<string> {
  const region = page.locator('#announcer');
  expect(await region.getAttribute('aria-live')).toBe('polite');
  return (await region.textContent()) ?? '';
}

describe('focus after a checklist’s status changes', () => {
  it('goes to Reopen after "Done elsewhere" and "Not relevant to me", and back after Reopen', async () => {
    const app = await launch();
    const page = await openWindow(app);
    await openChecklist(page, 'LinkedIn: AI training');
    await page.getByRole('button', { name: 'Done elsewhere' }).focus();

    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('button "Reopen"');
    expect(await said(page)).toBe('LinkedIn: AI training: marked as done elsewhere.');
    expect(await page.locator('main').innerText()).toContain('Marked as done elsewhere, ');

    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('button "Done elsewhere"');
    expect(await said(page)).toBe('LinkedIn: AI training: reopened.');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button "Not relevant to me"');

    await page.keyboard.press('Space');
    await expect.poll(() => focused(page)).toBe('button "Reopen"');
    expect(await said(page)).toBe('LinkedIn: AI training: marked as not relevant to you.');
    expect(await page.locator('main').innerText()).toContain('Marked as not relevant to you, ');

    await page.keyboard.press('Space');
    await expect.poll(() => focused(page)).toBe('button "Not relevant to me"');
    expect(await said(page)).toBe('LinkedIn: AI training: reopened.');
    expect(app.pageErrors).toEqual([]);
  });

  it('goes to the first step after reopening a path finished by its steps', async () => {
    const app = await launch();
    const page = await openWindow(app);
    await openChecklist(page, 'LinkedIn: AI training');
    const boxes = page.getByRole('tabpanel').getByRole('checkbox');
    const total = await boxes.count();
    for (let index = 0; index < total; index += 1) {
      await boxes.nth(index).focus();
      await page.keyboard.press('Space');
      await expect.poll(() => boxes.nth(index).isChecked()).toBe(true);
    }
    await page.getByRole('button', { name: 'Reopen' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => focused(page))
      .toBe(`checkbox "${LINKEDIN.paths.web?.steps[0]?.text.en}"`);
    expect(await boxes.first().isChecked()).toBe(false);
    expect(await said(page)).toBe('LinkedIn: AI training: reopened.');
  });

  it('says what changed in Dutch', async () => {
    const app = await launch({ languages: ['nl-NL', 'en-US'] });
    const page = await openWindow(app, 'Checklist openen…');
    await openChecklist(page, LINKEDIN.title.nl);
    await page.getByRole('button', { name: 'Niet van toepassing op mij' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('button "Heropenen"');
    expect(await said(page)).toBe(`${LINKEDIN.title.nl}: gemarkeerd als niet van toepassing.`);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('button "Niet van toepassing op mij"');
    expect(await said(page)).toBe(`${LINKEDIN.title.nl}: heropend.`);
  });
});

/** Tuesday 24 November 2026, 10:00 in Amsterdam: every built-in deadline passed in 2025. */
const NEW_USER = Date.parse('2026-11-24T10:00:00+01:00');

describe('focus in the welcome’s past deadlines', () => {
  it('moves to the next item’s first button, and to "Get started" when none are left', async () => {
    const app = await launch({
      userDataDir: mkdtempSync(join(tmpdir(), 'optout-e2e-')),
      clock: NEW_USER,
      countryCode: 'NL',
    });
    const page = await app.page();
    const past = page.getByRole('region', { name: 'Past deadlines, still worth doing' });
    await past.getByRole('group').first().waitFor();
    const left = await past.locator('legend').allTextContents();
    expect(left.length).toBeGreaterThan(2);
    const doNow = (title: string | undefined) => `button "Do it now" in "${title}"`;

    // "Already done" on the first: the item after it takes its place and its first button focus.
    const first = left.shift();
    await past
      .getByRole('group', { name: first })
      .getByRole('button', { name: 'Already done' })
      .focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe(doNow(left[0]));
    expect(await said(page)).toBe(`${first}: marked as done elsewhere.`);

    // "Not for me" on the last: the one before it is now last.
    const last = left.pop();
    await past
      .getByRole('group', { name: last })
      .getByRole('button', { name: 'Not for me' })
      .focus();
    await page.keyboard.press('Space');
    await expect.poll(() => focused(page)).toBe(doNow(left.at(-1)));
    expect(await said(page)).toBe(`${last}: marked as not relevant to you.`);

    // The rest from where focus is, Tab Tab to "Not for me", until none are left.
    while (left.length > 0) {
      const answered = left.pop();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe(`button "Not for me" in "${answered}"`);
      await page.keyboard.press('Space');
      const next = left.length > 0 ? doNow(left.at(-1)) : 'button "Get started"';
      await expect.poll(() => focused(page)).toBe(next);
      expect(await said(page)).toBe(
        left.length > 0
          ? `${answered}: marked as not relevant to you.`
          : `${answered}: marked as not relevant to you. Nothing is due right now.`,
      );
    }
    expect(await past.innerText()).toContain('Nothing is due right now.');
    expect(app.pageErrors).toEqual([]);
  });
});

describe('platform tabs under a fast keyboard', () => {
  it('select the tab focus moves to at once, and keep focus in its steps', async () => {
    const app = await launch();
    const page = await openWindow(app);
    await openChecklist(page, 'LinkedIn: AI training');
    const selected = () => page.getByRole('tab', { selected: true }).textContent();
    expect(await selected()).toBe('Web');
    await page.getByRole('tab', { selected: true }).focus();

    // Two choices in flight: neither reply has to be in for the tab to show selected.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('End');
    expect(await focused(page)).toBe('tab "Android"');
    expect(await selected()).toBe('Android');

    await page.keyboard.press('Tab');
    const firstAndroidStep = `checkbox "${LINKEDIN.paths.android?.steps[0]?.text.en}"`;
    expect(await focused(page)).toBe(firstAndroidStep);
    // Ticking it goes to main after both choices, so its reply comes after theirs.
    await page.keyboard.press('Space');
    await expect
      .poll(() => page.getByRole('tabpanel').getByRole('status').textContent())
      .toMatch(/^1 of \d+ steps done$/);
    expect(await focused(page)).toBe(firstAndroidStep);
    expect(await selected()).toBe('Android');
    expect(app.pageErrors).toEqual([]);
  });
});
