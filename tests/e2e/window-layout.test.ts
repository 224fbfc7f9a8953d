/** The window's layout holds with hostile text and while menus open (issue 10, item 13). */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Checklist } from '../../src/shared/catalog/schema.ts';
import { closeSharedBrowser } from '../support/chromium.ts';
import { seedProfile } from '../support/profile.ts';
import { disposeAll, launch, openChecklist, openWindow } from './window-support.ts';

afterEach(disposeAll);
afterAll(closeSharedBrowser);

const LONG = 'x'.repeat(120);
/** As long as the limits allow (organisation 80, title 120), still one unbroken word. */
const ORGANISATION = 'O'.repeat(80);
const TITLE = 'T'.repeat(120);

/** An own checklist whose every text is one unbroken 120-character word. */
function unbroken(): Checklist {
  const text = { en: LONG, nl: LONG };
  return {
    id: 'custom-long',
    version: 1,
    organisation: ORGANISATION,
    title: { en: TITLE, nl: TITLE },
    summary: text,
    facts: { used: [], notUsed: [], caveats: [] },
    deadline: { instant: '2025-11-20T09:00:00+01:00', zone: 'Europe/Amsterdam' },
    regions: { include: ['WORLD'] },
    settingsUrl: `https://example.org/${LONG}`,
    scope: 'account',
    paths: { web: { steps: [{ id: 'step-1', text, link: `https://example.org/${LONG}` }] } },
    sources: [],
    reviewedOn: '2025-10-01',
  };
}

describe('the window layout', () => {
  it('wraps 120 unbroken characters instead of widening the page (list and detail)', async () => {
    const app = await launch({
      userDataDir: seedProfile((data) => ({ ...data, customChecklists: [unbroken()] })),
    });
    const page = await openWindow(app);
    await page.setViewportSize({ width: 400, height: 700 });
    const overflows = () =>
      page.evaluate(
        () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
      );
    await page.getByText(TITLE).first().waitFor();
    expect(await overflows()).toBe(false);
    await page.getByRole('button', { name: new RegExp(TITLE) }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(TITLE) }).waitFor();
    await page.getByText(LONG).first().waitFor();
    expect(await overflows()).toBe(false);
  });

  it('opening "Snooze ▸" moves neither the row of buttons nor what follows', async () => {
    const app = await launch();
    const page = await openWindow(app);
    await openChecklist(page, 'LinkedIn: AI training');
    // Where each sits in the document (not the viewport: a click may scroll).
    const boxes = () =>
      Promise.all(
        [
          page.getByRole('button', { name: 'Done elsewhere' }),
          page.getByRole('button', { name: 'Snooze ▸' }),
          page.getByRole('heading', { name: 'Why this matters' }),
        ].map((locator) =>
          locator.evaluate((element) => {
            const box = element.getBoundingClientRect();
            return { x: box.x + scrollX, y: box.y + scrollY, width: box.width, height: box.height };
          }),
        ),
      );
    const before = await boxes();
    await page.getByRole('button', { name: 'Snooze ▸' }).click();
    const choice = page.getByRole('button', { name: 'Until tomorrow 09:00' });
    await choice.waitFor();
    expect(await boxes()).toEqual(before);
    // The choices are on top, not hidden behind what follows.
    await choice.scrollIntoViewIfNeeded();
    const box = await choice.boundingBox();
    expect(box).not.toBeNull();
    const hit = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x, y)?.textContent ?? null,
      [(box?.x ?? 0) + 5, (box?.y ?? 0) + 5] as const,
    );
    expect(hit).toBe('Until tomorrow 09:00');
  });

  it('opening "Snooze ▸" in a 400 px window adds no sideways scrolling', async () => {
    const app = await launch();
    const page = await openWindow(app);
    await page.setViewportSize({ width: 400, height: 700 });
    await openChecklist(page, 'LinkedIn: AI training');
    await page.getByRole('button', { name: 'Snooze ▸' }).click();
    await page.getByRole('button', { name: 'Until tomorrow 09:00' }).waitFor();
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
      ),
    ).toBe(false);
  });
});
