import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { AppDriver } from '../support/app-driver.ts';
import { closeSharedBrowser } from '../support/chromium.ts';
import { disposeAll, launch, openChecklist, openWindow } from './window-support.ts';

afterEach(disposeAll);
afterAll(closeSharedBrowser);

const CHECKLIST = 'LinkedIn: AI training';

async function openYours(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Your checklists' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your checklists' }).waitFor();
}

async function stepBoxes(page: Page) {
  await page.getByRole('button', { name: 'Checklists', exact: true }).click();
  await openChecklist(page, CHECKLIST);
  return page.getByRole('tabpanel').getByRole('checkbox').all();
}

function messageBoxes(app: AppDriver) {
  return app.calls.filter((call) => call.api === 'dialog' && call.method === 'showMessageBox');
}

describe('restoring a backup from the window', () => {
  it('asks first with what the backup holds; Cancel changes nothing, Replace restores and names the kept copy', async () => {
    const app = await launch();
    const page = await openWindow(app);
    const windowId = (await app.snapshot()).windows[0]?.id;
    await openChecklist(page, CHECKLIST);
    const [first] = await page.getByRole('tabpanel').getByRole('checkbox').all();
    await first?.click();
    await expect.poll(() => first?.isChecked()).toBe(true);

    const backup = join(app.userDataDir, 'backup.json');
    await openYours(page);
    await app.command({ name: 'queueDialogAnswer', answer: { canceled: false, filePath: backup } });
    await page.getByRole('button', { name: 'Export my data…' }).click();
    await page.getByText(`Saved to ${backup}.`).waitFor();

    let boxes = await stepBoxes(page);
    await boxes[1]?.click();
    await expect.poll(() => boxes[1]?.isChecked()).toBe(true);

    await openYours(page);
    await app.command({
      name: 'queueDialogAnswer',
      answer: { canceled: false, filePaths: [backup] },
    });
    await app.command({ name: 'queueDialogAnswer', answer: { response: 1 } });
    await page.getByRole('button', { name: 'Import my data…' }).click();
    await page.getByText('Cancelled; nothing changed.').waitFor();
    const [asked] = messageBoxes(app);
    expect(asked?.args).toEqual([
      { window: windowId },
      expect.objectContaining({
        type: 'question',
        message: 'Replace your data with the backup “backup.json”?',
        detail: expect.stringContaining(
          'with those in backup.json from 31 October 2025: 1 ticked step, 0 checklists of your own and 0 packs.',
        ),
        buttons: ['Replace my data', 'Cancel'],
        cancelId: 1,
        defaultId: 1,
      }),
    ]);
    boxes = await stepBoxes(page);
    expect(await boxes[1]?.isChecked()).toBe(true);

    await openYours(page);
    await app.command({
      name: 'queueDialogAnswer',
      answer: { canceled: false, filePaths: [backup] },
    });
    await app.command({ name: 'queueDialogAnswer', answer: { response: 0 } });
    await page.getByRole('button', { name: 'Import my data…' }).click();
    const done = page.getByText(/^Imported your data from /);
    await done.waitFor();
    expect(messageBoxes(app)).toHaveLength(2);
    const text = (await done.textContent()) ?? '';
    const kept = /What you had before is kept in (.+config\.before-import-[^/]+\.json)\.$/.exec(
      text,
    );
    expect(text.startsWith(`Imported your data from ${backup}. `)).toBe(true);
    expect(kept?.[1] && existsSync(kept[1])).toBe(true);
    boxes = await stepBoxes(page);
    expect(await boxes[0]?.isChecked()).toBe(true);
    expect(await boxes[1]?.isChecked()).toBe(false);
    expect(app.pageErrors).toEqual([]);
  });
});
