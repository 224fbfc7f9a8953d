import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MessageBoxOptions } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFileActions } from '../../src/main/files/file-actions.ts';
import { createLaunchHandler } from '../../src/main/launch.ts';
import type { WindowController } from '../../src/main/window/main-window.ts';
import { builtinCatalog } from '../../src/shared/catalog/index.ts';
import { PACK_FORMAT } from '../../src/shared/catalog/schema.ts';
import { translate } from '../../src/shared/i18n/index.ts';
import { createTestAppState } from '../support/app-state.ts';
import { dialog } from '../support/electron-stand-in/index.ts';
import { temporaryDir } from '../support/store.ts';

vi.mock('electron', () => import('../support/electron-stand-in/index.ts'));

afterEach(() => {
  vi.restoreAllMocks();
});

const template = builtinCatalog[0];
if (!template) throw new Error('the built-in catalog is empty');

function packText(name: string): string {
  return JSON.stringify({
    format: PACK_FORMAT,
    formatVersion: 1,
    name,
    checklists: [
      {
        ...structuredClone(template),
        id: 'team-one',
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
      },
    ],
  });
}

/** A launch handler over a real state and file actions; the window stays closed. */
function setup(languages = ['en-US']) {
  const { state } = createTestAppState({ languages });
  const files = createFileActions(state, () => null);
  const open = vi.fn();
  const windows = async () => ({ current: () => null, open }) as unknown as WindowController;
  const handle = createLaunchHandler({ state, windows, importPack: files.importPack });
  const shown: MessageBoxOptions[] = [];
  vi.spyOn(dialog, 'showMessageBox').mockImplementation(async (...args: unknown[]) => {
    shown.push(args.at(-1) as MessageBoxOptions);
    return { response: 0 };
  });
  const launchWith = (location: string) =>
    handle({ open: false, checklistId: null, packFiles: [location] }, 'second');
  return { state, open, shown, launchWith };
}

describe('a pack file handed over at launch', () => {
  it('imports from the file URI a Linux desktop passes, spaces as %20', async () => {
    const { state, open, shown, launchWith } = setup();
    const dir = join(temporaryDir('optout-launch-'), 'My Packs');
    const path = join(dir, 'team.optout-pack');
    mkdirSync(dir);
    writeFileSync(path, packText('Team pack'));
    const uri = pathToFileURL(path).href;
    expect(uri).toContain('My%20Packs');

    await launchWith(uri);
    expect(shown).toEqual([
      expect.objectContaining({
        type: 'question',
        message: 'Import the checklist pack “Team pack”?',
        detail: expect.stringContaining('File: team.optout-pack.'),
      }),
    ]);
    expect(state.data.packs).toEqual([
      expect.objectContaining({ name: 'Team pack', fileName: 'team.optout-pack' }),
    ]);
    expect(open).toHaveBeenCalled();
  });

  it('refuses a URI of another host or scheme with the clear message, reading nothing', async () => {
    for (const location of [
      'file://server/share/team.optout-pack',
      'sftp://server/home/me/team.optout-pack',
    ]) {
      const { state, shown, launchWith } = setup(['nl-NL']);
      await launchWith(location);
      expect(shown).toEqual([
        expect.objectContaining({
          type: 'error',
          message: 'Het bestand kon niet worden gelezen.',
          detail: 'team.optout-pack',
        }),
      ]);
      expect(state.data.packs).toEqual([]);
    }
  });

  it('shows a FIFO named like a pack as refused, in words, instead of freezing', async () => {
    const { shown, launchWith } = setup(['nl-NL']);
    const path = join(temporaryDir('optout-launch-'), 'pipe.optout-pack');
    execFileSync('mkfifo', [path]);
    await launchWith(path);
    expect(shown).toEqual([
      expect.objectContaining({
        type: 'error',
        message: translate('nl', 'error.fileNotRegular'),
        detail: 'pipe.optout-pack',
      }),
    ]);
  });

  it('asks about a pack named with bidi and invisible controls without them', async () => {
    const { state, shown, launchWith } = setup();
    const path = join(temporaryDir('optout-launch-'), 'evil\u202egnp.optout-pack');
    writeFileSync(path, packText('Safe\u202ekcap-lmth.exe\u2066\u200b\u00ad\u061c\u200e'));
    await launchWith(path);
    const [asked] = shown;
    expect(asked?.message).toBe('Import the checklist pack “Safekcap-lmth.exe”?');
    expect(asked?.detail).toContain('File: evilgnp.optout-pack.');
    const controls = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u200b\u00ad]/u;
    expect(`${asked?.message}${asked?.detail}`).not.toMatch(controls);
    // What is stored is the pack as it came; only the native dialog needs it plain.
    expect(state.data.packs[0]?.name).toBe('Safe\u202ekcap-lmth.exe\u2066\u200b\u00ad\u061c\u200e');
  });

  it('points to the section by its label in the navigation, in both languages', async () => {
    for (const [languages, locale] of [
      [['en-US'], 'en'],
      [['nl-NL'], 'nl'],
    ] as const) {
      const { shown, launchWith } = setup([...languages]);
      const path = join(temporaryDir('optout-launch-'), 'team.optout-pack');
      writeFileSync(path, packText('Team pack'));
      await launchWith(path);
      const label = translate(locale, 'nav.yours');
      expect(shown[0]?.detail).toContain(`“${label}”`);
    }
    expect(translate('nl', 'nav.yours')).toBe('Je eigen checklists');
  });
});
