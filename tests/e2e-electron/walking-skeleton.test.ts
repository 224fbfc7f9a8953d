/**
 * The walking-skeleton scenario against the real Electron runtime through
 * Playwright's `_electron`. Runs only where a runtime exists; elsewhere the
 * suite is reported as skipped with the reason, never as passed.
 */
import { resolve } from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtinCatalog } from '../../src/shared/catalog/index.ts';
import { findElectronBinary } from '../support/electron-binary.ts';

const binary = findElectronBinary();
if (binary.path === null) console.warn(`[electron variant] did not run: ${binary.reason}`);

describe.skipIf(binary.path === null)('the built app in real Electron', () => {
  it('opens the checklist window on a second launch, shows the titles, and quits', async () => {
    const app = await electron.launch({
      executablePath: binary.path ?? '',
      args: [resolve(import.meta.dirname, '../..')],
    });
    try {
      // The tray menu cannot be clicked from here; a second launch opens the window the same way.
      await app.evaluate(({ app: electronApp }) => {
        electronApp.emit('second-instance', {}, [], '');
      });
      const page = await app.firstWindow();
      await expect.poll(() => page.getByRole('listitem').count()).toBe(builtinCatalog.length);
      await page.close();
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(
        0,
      );
    } finally {
      await app.evaluate(({ app: electronApp }) => electronApp.quit()).catch(() => {});
      await app.close();
    }
  });
});
