import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { closeSharedBrowser } from '../support/chromium.ts';
import { disposeAll, launch, openChecklist, openWindow } from './window-support.ts';

afterEach(disposeAll);
afterAll(closeSharedBrowser);

describe('working through a checklist in the window', () => {
  it('keeps the chosen platform and ticked steps across a crash and restart', async () => {
    const app = await launch();
    const page = await openWindow(app);
    await openChecklist(page, 'LinkedIn: AI training');

    const iphone = page.getByRole('tab', { name: 'iPhone' });
    await iphone.click();
    await expect.poll(() => iphone.getAttribute('aria-selected')).toBe('true');

    const panel = page.getByRole('tabpanel', { name: 'iPhone' });
    const photo = panel.getByRole('checkbox', { name: 'Tap your profile photo (top left).' });
    const settings = panel.getByRole('checkbox', { name: /^Tap Settings at the bottom/ });
    await photo.click();
    await expect.poll(() => photo.isChecked()).toBe(true);
    await settings.click();
    await expect.poll(() => settings.isChecked()).toBe(true);
    await expect.poll(() => panel.getByRole('status').textContent()).toBe('2 of 4 steps done');

    // Ends like a crash would: every acknowledged tick must still be there.
    await app.kill();
    const restarted = await launch({ userDataDir: app.userDataDir });
    const again = await openWindow(restarted);
    await expect
      .poll(() => again.getByRole('button', { name: /LinkedIn: AI training/ }).textContent())
      .toContain('2 of 4 steps (iPhone)');
    await openChecklist(again, 'LinkedIn: AI training');
    expect(await again.getByRole('tab', { selected: true }).textContent()).toBe('iPhone');
    const ticked = again.getByRole('tabpanel', { name: 'iPhone' }).getByRole('checkbox');
    expect(await Promise.all((await ticked.all()).map((box) => box.isChecked()))).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(restarted.pageErrors).toEqual([]);
  });

  it('finishes a checklist: the last tick marks it done and moves it out of the open list', async () => {
    const app = await launch();
    const page = await openWindow(app);
    await openChecklist(page, 'X: Grok training');
    const boxes = await page.getByRole('tabpanel').getByRole('checkbox').all();
    for (const box of boxes) {
      await box.click();
      await expect.poll(() => box.isChecked()).toBe(true);
    }
    await expect.poll(() => page.getByText(/^Done on Web/).count()).toBe(1);
    await page.getByRole('button', { name: '← All checklists' }).click();
    await expect.poll(() => page.getByRole('button', { name: /X: Grok training/ }).count()).toBe(0);
    await page.getByRole('checkbox', { name: /^Done/ }).check();
    await expect.poll(() => page.getByRole('button', { name: /X: Grok training/ }).count()).toBe(1);
  });

  it('opens the checklist main asks for from a tray line', async () => {
    const app = await launch();
    const tray = (await app.snapshot()).tray?.menu ?? [];
    const line = tray.find((item) => item.label.includes('LinkedIn: AI training'));
    expect(line).toBeDefined();
    await app.clickTrayMenu(line?.label ?? '');
    const page = await app.page();
    await page
      .getByRole('heading', { level: 1, name: 'LinkedIn: AI training', exact: true })
      .waitFor();
  });

  it('welcomes a first launch and gets started into the list', async () => {
    const app = await launch({ userDataDir: undefined });
    const page = await app.page();
    await page.getByRole('heading', { level: 1, name: 'Welcome to Opt-out Reminder' }).waitFor();
    const due = page.getByRole('region', { name: 'Past deadlines, still worth doing' });
    expect(await due.getByRole('group').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Get started' }).click();
    await page.locator('#list-heading').waitFor();
    // Focus lands on the list's heading, not on <body>.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('list-heading');
    expect((await app.snapshot()).notifications).toEqual([]);
  });
});
