import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { BrowserWindow as ElectronWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createFileActions } from '../../../src/main/files/file-actions.ts';
import { builtinCatalog } from '../../../src/shared/catalog/index.ts';
import type { Checklist } from '../../../src/shared/catalog/schema.ts';
import { createTestAppState } from '../../support/app-state.ts';
import { BrowserWindow, dialog } from '../../support/electron-stand-in/index.ts';
import { callsTo } from '../../support/electron-stand-in/recorder.ts';
import { temporaryDir } from '../../support/store.ts';

vi.mock('electron', () => import('../../support/electron-stand-in/index.ts'));

const linkedin: Checklist = builtinCatalog[0] ?? raise('the built-in catalog is empty');
const firstStep = linkedin.paths.web?.steps[0]?.id ?? raise('LinkedIn has no web step');
const secondStep = linkedin.paths.web?.steps[1]?.id ?? raise('LinkedIn has one web step');

function raise(message: string): never {
  throw new Error(message);
}

function ownChecklist(id: string): Checklist {
  return {
    ...structuredClone(linkedin),
    id,
    organisation: 'Example',
    paths: {
      web: {
        steps: [
          {
            id: 'open',
            text: { en: 'Open the settings', nl: 'Open de instellingen' },
            link: 'https://example.org/settings',
          },
        ],
      },
    },
  };
}

/**
 * A user with one ticked step, two checklists of their own and the network
 * consents on, who exported a backup (20 Nov 2026) and then ticked another step.
 */
async function withExportedBackup(options: { languages?: string[]; window?: BrowserWindow } = {}) {
  const { state, dir, setNow } = createTestAppState({
    languages: options.languages ?? ['en-GB'],
    now: Date.UTC(2026, 10, 20, 9, 0, 0),
  });
  // The stand-in's window is the app's parent window in unit tests (same shape, other type).
  const files = createFileActions(state, () => (options.window ?? null) as ElectronWindow | null);
  const outside = temporaryDir('optout-restore-');
  state.update((data) => ({
    ...data,
    progress: { [linkedin.id]: { steps: { web: { [firstStep]: '2026-11-19T10:00:00.000Z' } } } },
    settings: { ...data.settings, checkNewDeadlines: true, checkAppUpdates: true },
    customChecklists: [ownChecklist('my-own'), ownChecklist('my-other')],
  }));
  const exported = join(outside, 'backup.json');
  dialog.queueAnswer({ canceled: false, filePath: exported });
  await files.exportData();
  setNow(Date.UTC(2026, 10, 23, 12, 0, 0));
  state.update((data) => ({
    ...data,
    progress: {
      [linkedin.id]: {
        steps: {
          web: {
            [firstStep]: '2026-11-19T10:00:00.000Z',
            [secondStep]: '2026-11-23T12:00:00.000Z',
          },
        },
      },
    },
    settings: { ...data.settings, checkNewDeadlines: false },
  }));
  return { state, dir, files, outside, exported };
}

function lastMessageBox() {
  const call = callsTo('dialog', 'showMessageBox').at(-1) ?? raise('no message box was shown');
  return call.args.at(-1) as Record<string, unknown>;
}

function keptCopies(dir: string) {
  return readdirSync(dir).filter((name) => name.startsWith('config.before-import-'));
}

describe('restoring a backup asks first', () => {
  it('names the file, its date and what it holds, with Cancel as the default', async () => {
    const { files, exported } = await withExportedBackup();
    const before = callsTo('dialog', 'showMessageBox').length;
    dialog.queueAnswer({ canceled: false, filePaths: [exported] });
    dialog.queueAnswer({ response: 1 });
    await files.importData();
    expect(callsTo('dialog', 'showMessageBox')).toHaveLength(before + 1);
    expect(lastMessageBox()).toEqual({
      type: 'question',
      title: 'Opt-out Reminder',
      message: 'Replace your data with the backup “backup.json”?',
      detail:
        'This replaces your progress, your own checklists, your packs and your settings (including whether the app may look online for new deadlines and new versions) with those in backup.json from 20 November 2026: 1 ticked step, 2 checklists of your own and 0 packs. What you have now is kept in a copy first.',
      buttons: ['Replace my data', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
    });
  });

  it('changes nothing and copies nothing when the user cancels', async () => {
    const { state, dir, files, exported } = await withExportedBackup();
    const before = readFileSync(join(dir, 'config.json'), 'utf8');
    const data = state.data;
    dialog.queueAnswer({ canceled: false, filePaths: [exported] });
    dialog.queueAnswer({ response: 1 });
    expect(await files.importData()).toEqual({ status: 'cancelled' });
    expect(state.data).toEqual(data);
    expect(readFileSync(join(dir, 'config.json'), 'utf8')).toBe(before);
    expect(keptCopies(dir)).toEqual([]);
  });

  it('replaces everything once the user agrees, and says where what they had is kept', async () => {
    const { state, dir, files, exported } = await withExportedBackup();
    const before = readFileSync(join(dir, 'config.json'), 'utf8');
    dialog.queueAnswer({ canceled: false, filePaths: [exported] });
    dialog.queueAnswer({ response: 0 });
    const result = await files.importData();
    const [copy] = keptCopies(dir);
    expect(result).toEqual({ status: 'done', path: exported, keptCopy: join(dir, copy ?? '') });
    expect(readFileSync(join(dir, copy ?? ''), 'utf8')).toBe(before);
    expect(Object.keys(state.data.progress[linkedin.id]?.steps.web ?? {})).toEqual([firstStep]);
    expect(state.data.settings.checkNewDeadlines).toBe(true);
  });

  it('never asks about a file that is not a valid backup', async () => {
    const { files, outside } = await withExportedBackup();
    const before = callsTo('dialog', 'showMessageBox').length;
    const bad = join(outside, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'something-else' }));
    dialog.queueAnswer({ canceled: false, filePaths: [bad] });
    await expect(files.importData()).rejects.toMatchObject({ messageKey: 'error.backupInvalid' });
    expect(callsTo('dialog', 'showMessageBox')).toHaveLength(before);
  });

  it('shows the file name without bidi controls', async () => {
    const { files, exported, outside } = await withExportedBackup();
    const disguised = join(outside, 'backup\u202Enosj.json');
    writeFileSync(disguised, readFileSync(exported));
    dialog.queueAnswer({ canceled: false, filePaths: [disguised] });
    dialog.queueAnswer({ response: 1 });
    await files.importData();
    const asked = lastMessageBox();
    expect(asked.message).toBe('Replace your data with the backup “backupnosj.json”?');
    expect(String(asked.detail)).toContain('with those in backupnosj.json from');
    expect(basename(disguised)).not.toBe('backupnosj.json');
  });

  it('asks in Dutch for a Dutch user', async () => {
    const { files, exported } = await withExportedBackup({ languages: ['nl-NL'] });
    dialog.queueAnswer({ canceled: false, filePaths: [exported] });
    dialog.queueAnswer({ response: 1 });
    await files.importData();
    expect(lastMessageBox()).toMatchObject({
      message: 'Je gegevens vervangen door de back-up “backup.json”?',
      detail: expect.stringContaining(
        'door die in backup.json van 20 november 2026: 1 afgevinkte stap, 2 eigen checklists en 0 pakketten.',
      ),
      buttons: ['Mijn gegevens vervangen', 'Annuleren'],
    });
  });

  it('asks over the open window, recorded as a marker the test process can receive', async () => {
    const window = new BrowserWindow();
    const { files, exported } = await withExportedBackup({ window });
    dialog.queueAnswer({ canceled: false, filePaths: [exported] });
    dialog.queueAnswer({ response: 1 });
    await files.importData();
    for (const method of ['showOpenDialog', 'showMessageBox']) {
      const call = callsTo('dialog', method).at(-1);
      expect(call?.args[0]).toEqual({ window: window.id });
      expect(() => JSON.stringify(call)).not.toThrow();
    }
    window.destroy();
  });
});
