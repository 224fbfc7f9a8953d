import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { uiEn } from '../../src/shared/i18n/ui.en.ts';
import { uiNl } from '../../src/shared/i18n/ui.nl.ts';
import { closeSharedBrowser } from '../support/chromium.ts';
import { disposeAll, launch, openChecklist, openWindow } from './window-support.ts';

afterEach(disposeAll);
afterAll(closeSharedBrowser);

// Every piece of English window text that Dutch never uses, to be found as
// whole words; placeholders are cut out so "Open {host}" still finds "Open"
// (which Dutch does use, as a state, so that one is left out).
const dutch = Object.values(uiNl).join('\n');
const englishOnly = [
  ...new Set(
    Object.values(uiEn)
      .flatMap((text) => text.split(/\{\w+\}/))
      .map((part) => part.trim())
      .filter((part) => /\p{L}{3,}/u.test(part) && !dutch.includes(part)),
  ),
];

async function englishOn(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText();
  const labels = await page
    .locator('[aria-label]')
    .evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label')));
  const visible = `${text}\n${labels.join('\n')}`;
  return englishOnly.filter((phrase) => {
    const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(^|[^\\p{L}])${escaped}([^\\p{L}]|$)`, 'u').test(visible);
  });
}

describe('the window in Dutch', () => {
  it('switches every view to Dutch the moment the language is changed', async () => {
    const app = await launch();
    const page = await openWindow(app);
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    // The check itself works: in English it finds plenty.
    expect((await englishOn(page)).length).toBeGreaterThan(10);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('nl');
    await page.getByRole('heading', { level: 1, name: 'Instellingen' }).waitFor();
    expect(await englishOn(page)).toEqual([]);

    await page.getByRole('button', { name: 'Checklists', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Je opt-out-checklists' }).waitFor();
    expect(await englishOn(page)).toEqual([]);
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');

    await openChecklist(page, 'LinkedIn: AI-training');
    expect(await page.getByRole('tab', { selected: true }).textContent()).toBe('Web');
    expect(await page.getByText('Waarom dit ertoe doet').count()).toBe(1);
    expect(await englishOn(page)).toEqual([]);

    await page.getByRole('button', { name: 'Je eigen checklists' }).click();
    await page.getByRole('heading', { level: 1, name: 'Je eigen checklists' }).waitFor();
    expect(await englishOn(page)).toEqual([]);

    // The tray follows too, and the choice survives a restart.
    const menu = (await app.snapshot()).tray?.menu.map((item) => item.label) ?? [];
    expect(menu).toContain('Checklist openen…');
    await app.kill();
    const restarted = await launch({ userDataDir: app.userDataDir });
    const again = await openWindow(restarted, 'Checklist openen…');
    expect(await again.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Je opt-out-checklists',
    );
  });

  it('follows a Dutch OS by default', async () => {
    const app = await launch({ languages: ['nl-NL', 'en-US'] });
    const page = await openWindow(app, 'Checklist openen…');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Je opt-out-checklists',
    );
    expect(await englishOn(page)).toEqual([]);
  });
});
