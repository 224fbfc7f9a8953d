import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { builtinCatalog } from '../../src/shared/catalog/index.ts';
import { closeSharedBrowser } from '../support/chromium.ts';
import { seedProfile } from '../support/profile.ts';
import { disposeAll, launch, openChecklist, openWindow } from './window-support.ts';

afterEach(disposeAll);
afterAll(closeSharedBrowser);

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const screenshots = resolve(import.meta.dirname, '../../docs/screenshots');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page; the CSP forbids script tags, so it is evaluated directly. */
async function violations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: unknown }> } }).axe;
    return (await axe.run()).violations as AxeViolation[];
  });
  return result.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
}

describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (colorScheme) => {
  it('has no axe violations on the list, a detail and settings', async () => {
    const app = await launch({ colorScheme });
    const page = await openWindow(app);
    expect(await violations(page)).toEqual([]);
    await shoot(page, `list-${colorScheme}`);

    await openChecklist(page, 'LinkedIn: AI training');
    const iphone = page.getByRole('tab', { name: 'iPhone' });
    await iphone.click();
    await expect.poll(() => iphone.getAttribute('aria-selected')).toBe('true');
    const first = page.getByRole('tabpanel').getByRole('checkbox').first();
    await first.click();
    await expect.poll(() => first.isChecked()).toBe(true);
    expect(await violations(page)).toEqual([]);
    await shoot(page, `detail-${colorScheme}`);

    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await violations(page)).toEqual([]);
    // The test profile lives in a fresh temporary folder; show the usual
    // Linux location instead so the committed screenshot does not change on every run.
    await page.locator('code.path').evaluateAll((codes) => {
      for (const code of codes)
        code.textContent = (code.textContent ?? '').replace(
          /^.*optout-profile-[^/]+/,
          '~/.config/Opt-out Reminder',
        );
    });
    await shoot(page, `settings-${colorScheme}`);

    await page.getByRole('button', { name: 'Your checklists' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your checklists' }).waitFor();
    await page.getByRole('button', { name: 'Add a checklist' }).click();
    await page.getByRole('heading', { level: 1, name: 'Add a checklist' }).waitFor();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('[aria-invalid="true"]').count()).toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});

/** Tuesday 24 November 2026, 10:00 in Amsterdam: every built-in deadline passed in 2025. */
const NEW_USER = Date.parse('2026-11-24T10:00:00+01:00');

describe.each(['light', 'dark'] as const)('a new user in late 2026, %s theme', (colorScheme) => {
  it('has no axe violations in the welcome, and shows past deadlines calmly', async () => {
    const app = await launch({
      userDataDir: mkdtempSync(join(tmpdir(), 'optout-e2e-')),
      clock: NEW_USER,
      countryCode: 'NL',
      colorScheme,
    });
    const page = await app.page();
    await page.getByRole('heading', { level: 1, name: 'Welcome to Opt-out Reminder' }).waitFor();
    const past = page.getByRole('region', { name: 'Past deadlines, still worth doing' });
    await past.getByRole('group').first().waitFor();
    expect(await past.innerText()).toContain(
      'Deadline was 3 November 2025 — switching it off now still stops future use',
    );
    expect(await page.locator('main').innerText()).not.toMatch(/days ago|overdue/);
    expect(await violations(page)).toEqual([]);
    await shoot(page, `welcome-${colorScheme}`);
  });

  it('has no axe violations in "All set", which names what was done and the next re-check', async () => {
    const done = { steps: {}, completedAt: '2026-11-24T10:30:00.000Z', completedHow: 'elsewhere' };
    const app = await launch({
      userDataDir: seedProfile((data) => ({
        ...data,
        settings: { ...data.settings, country: 'NL' },
        progress: Object.fromEntries(
          builtinCatalog.map((checklist) => [
            checklist.id,
            checklist.id === 'google-gemini-activity'
              ? { steps: {}, dismissedAt: '2026-11-24T10:31:00.000Z' }
              : { ...done, firstSeenAt: '2026-11-24T09:00:00.000Z' },
          ]),
        ) as typeof data.progress,
      })),
      clock: Date.parse('2026-12-01T10:00:00+01:00'),
      colorScheme,
    });
    const page = await openWindow(app);
    const allSet = page.getByRole('region', { name: 'All set' });
    await allSet.waitFor();
    const text = await allSet.innerText();
    expect(text).toContain('LinkedIn: AI training: done, 24 November 2026');
    expect(text).toContain('Next re-check: 23 May 2027');
    expect(text).toContain('1 checklist marked not for you.');
    expect(await violations(page)).toEqual([]);
    await shoot(page, `all-set-${colorScheme}`);
  });
});

describe('keyboard and small windows', () => {
  it('reaches a checklist, its tabs and steps with the keyboard alone', async () => {
    const app = await launch();
    const page = await openWindow(app);
    const card = page.getByRole('button', { name: /LinkedIn: AI training/ });
    await card.focus();
    await page.keyboard.press('Enter');
    await page
      .getByRole('heading', { level: 1, name: 'LinkedIn: AI training', exact: true })
      .waitFor();
    await page.getByRole('tab', { selected: true }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toBe('iPhone');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe(
      'checkbox',
    );
    await page.keyboard.press('Space');
    await expect
      .poll(() => page.getByRole('tabpanel').getByRole('status').textContent())
      .toBe('1 of 4 steps done');
    // A visible focus ring on the focused control.
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return style.outlineStyle;
    });
    expect(outline).not.toBe('none');
  });

  it('reads without sideways scrolling at 400 px wide', async () => {
    const app = await launch();
    const page = await openWindow(app);
    await page.setViewportSize({ width: 400, height: 700 });
    const overflows = () =>
      page.evaluate(
        () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
      );
    expect(await overflows()).toBe(false);
    await openChecklist(page, 'LinkedIn: AI training');
    expect(await overflows()).toBe(false);
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await overflows()).toBe(false);
  });
});
