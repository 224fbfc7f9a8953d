/** The tray menu stays short however many checklists are open (issue 10, item 12). */
import { describe, expect, it } from 'vitest';
import { dueChecklist } from '../support/fixtures.ts';
import { disposeAppsAfterEachTest, launchApp } from '../support/launch.ts';
import { seedProfile } from '../support/profile.ts';

disposeAppsAfterEachTest();

const NOW = Date.UTC(2026, 10, 24, 9);
const HOUR = 3_600_000;

/** A returning user with 150 own checklists open, deadlines an hour apart from tomorrow. */
function manyOpen(): string {
  return seedProfile((data) => ({
    ...data,
    customChecklists: Array.from({ length: 150 }, (_, i) =>
      dueChecklist(`custom-${i}`, NOW + (24 + i) * HOUR),
    ),
  }));
}

describe('the tray menu with 150 open checklists', () => {
  it.each([
    ['en-US', 'Open checklist…', /^(\d+) more checklists…$/],
    ['nl-NL', 'Checklist openen…', /^Nog (\d+) checklists…$/],
  ])(
    'in %s lists the 10 nearest and one line for the rest, which opens the window',
    async (language, open, more) => {
      const app = await launchApp({ userDataDir: manyOpen(), clock: NOW, languages: [language] });
      const menu = (await app.snapshot()).tray?.menu ?? [];
      const labels = menu.map((item) => item.label);
      // The open built-ins count too.
      const moreAt = labels.findIndex((label) => more.test(label));
      expect(moreAt).toBe(10);
      expect(Number(more.exec(labels[moreAt] ?? '')?.[1])).toBeGreaterThanOrEqual(140);
      expect(labels.slice(0, 10).every((label) => label.startsWith('Example:'))).toBe(true);
      expect(labels).toContain(open);
      expect(menu.length).toBeLessThan(25);
      await app.clickTrayMenu(labels[moreAt] ?? '');
      const page = await app.page();
      await page.locator('#list-heading').waitFor();
    },
  );
});
