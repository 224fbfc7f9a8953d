/**
 * A data file with one bad field (edited by hand, or written by a buggy
 * build) keeps the user's progress and settings: only that field is reset,
 * the file as it was is kept beside it, and the window says what happened.
 * The tray's first drawing reads the damaged file unvalidated; the app must
 * still start from it.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { closeSharedBrowser } from '../support/chromium.ts';
import { seedProfile } from '../support/profile.ts';
import { CLOCK, disposeAll, launch, openChecklist, openWindow } from './window-support.ts';

afterEach(disposeAll);
afterAll(closeSharedBrowser);

const TICKS = {
  'open-settings': '2025-10-20T10:00:00.000Z',
  'open-data-privacy': '2025-10-20T10:01:00.000Z',
};

/** A returning user in NL with two LinkedIn steps ticked, then `damage` done to the saved JSON. */
function damagedProfile(damage: (json: Record<string, unknown>) => void): {
  dir: string;
  original: string;
} {
  const dir = seedProfile((data) => ({
    ...data,
    settings: { ...data.settings, country: 'NL' },
    ui: { ...data.ui, preferredPlatform: 'web' },
    progress: { 'linkedin-ai-training': { steps: { web: TICKS } } },
  }));
  const file = join(dir, 'config.json');
  const json = JSON.parse(readFileSync(file, 'utf8'));
  damage(json);
  const original = JSON.stringify(json);
  writeFileSync(file, original);
  return { dir, original };
}

const cases: Array<[string, (json: Record<string, unknown>) => void, string]> = [
  [
    'a setting of the wrong type',
    (json) => {
      (json.settings as Record<string, unknown>).leadTimesMinutes = '14 days';
    },
    'the setting “Remind me before a deadline”',
  ],
  [
    'an unknown top-level key',
    (json) => {
      json.myNote = 'hello';
    },
    'the unknown entry “myNote”',
  ],
  [
    'a step time that is not a time',
    (json) => {
      const progress = json.progress as Record<string, { steps: { web: Record<string, string> } }>;
      const linkedin = progress['linkedin-ai-training'];
      if (linkedin) linkedin.steps.web['switch-off'] = 'yesterday';
    },
    'part of the progress of linkedin-ai-training',
  ],
];

describe('a data file with one bad field', () => {
  it.each(cases)(
    '(%s) keeps the ticks and the country, resets only that, keeps the file as it was and says so',
    async (_name, damage, what) => {
      const { dir, original } = damagedProfile(damage);
      const app = await launch({ userDataDir: dir, clock: CLOCK });

      const kept = readdirSync(dir).filter((name) => name.startsWith('config.before-repair-'));
      expect(kept).toHaveLength(1);
      expect(readFileSync(join(dir, kept[0] ?? ''), 'utf8')).toBe(original);
      expect(readdirSync(dir).some((name) => name.startsWith('config.corrupt-'))).toBe(false);

      // The list, not the welcome: the user's data is still there.
      const page = await openWindow(app);
      const notices = page.getByRole('region', { name: 'Notices' });
      await expect
        .poll(() => notices.textContent())
        .toContain(
          `Part of your data file could not be used and was reset: ${what}. Everything else was kept.`,
        );
      expect(await notices.textContent()).toContain(
        `The file as it was is kept at ${join(dir, kept[0] ?? '')}`,
      );
      expect((await app.snapshot()).tray?.iconPath).toMatch(/tray-attention\.png$/);

      await openChecklist(page, 'LinkedIn: AI training');
      const boxes = page.getByRole('tabpanel').getByRole('checkbox');
      expect(await boxes.count()).toBe(3);
      expect(await boxes.nth(0).isChecked()).toBe(true);
      expect(await boxes.nth(1).isChecked()).toBe(true);
      expect(await boxes.nth(2).isChecked()).toBe(false);

      await page.getByRole('button', { name: 'Settings', exact: true }).click();
      const country = page.getByRole('combobox', { name: 'Country you live in' });
      await expect.poll(() => country.inputValue()).toBe('NL');

      const saved = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'));
      expect(saved.progress['linkedin-ai-training'].steps.web).toEqual(TICKS);
      expect(saved.settings.country).toBe('NL');
      expect(saved.settings.leadTimesMinutes).toEqual([20_160, 10_080, 4_320, 1_440, 120]);
      expect(saved).not.toHaveProperty('myNote');
      expect(app.pageErrors).toEqual([]);
    },
  );
});
