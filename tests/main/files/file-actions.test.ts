import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createFileActions } from '../../../src/main/files/file-actions.ts';
import { builtinCatalog } from '../../../src/shared/catalog/index.ts';
import { type Checklist, PACK_FORMAT } from '../../../src/shared/catalog/schema.ts';
import { createTestAppState } from '../../support/app-state.ts';
import { dialog } from '../../support/electron-stand-in/index.ts';
import { temporaryDir } from '../../support/store.ts';

vi.mock('electron', () => import('../../support/electron-stand-in/index.ts'));

const linkedin: Checklist = builtinCatalog[0] ?? raise('the built-in catalog is empty');

function raise(message: string): never {
  throw new Error(message);
}

function customChecklist(id: string, link = 'https://example.org/settings') {
  return {
    ...structuredClone(linkedin),
    id,
    organisation: 'Example',
    paths: {
      web: {
        steps: [
          { id: 'open', text: { en: 'Open the settings', nl: 'Open de instellingen' }, link },
        ],
      },
    },
  };
}

function setup() {
  const { state, dir, repository, setNow } = createTestAppState({ languages: ['nl-NL'] });
  const files = createFileActions(state, () => null);
  const outside = temporaryDir('optout-files-');
  const write = (name: string, content: string) => {
    const path = join(outside, name);
    writeFileSync(path, content);
    return path;
  };
  return { state, dir, repository, files, outside, write, setNow };
}

async function expectRejected(promise: Promise<unknown>, code: string, messageKey: string) {
  await expect(promise).rejects.toMatchObject({ code, messageKey });
}

describe('file actions', () => {
  it('exports everything and imports it back whole, backing up the current file first', async () => {
    const { state, dir, files, outside } = setup();
    state.update((data) => ({
      ...data,
      progress: {
        [linkedin.id]: {
          steps: { web: { [linkedin.paths.web?.steps[0]?.id ?? '']: '2026-11-01T10:00:00.000Z' } },
        },
      },
      settings: { ...data.settings, overdueEveryDays: 14 },
      customChecklists: [customChecklist('my-own')],
    }));
    const exported = join(outside, 'backup.json');
    dialog.queueAnswer({ canceled: false, filePath: exported });
    expect(await files.exportData()).toEqual({ status: 'done', path: exported });
    const saved = state.data;

    state.update((data) => ({ ...data, progress: {}, customChecklists: [] }));
    dialog.queueAnswer({ canceled: false, filePaths: [exported] });
    const result = await files.importData();
    expect(result.status).toBe('done');
    expect(state.data.progress).toEqual(saved.progress);
    expect(state.data.customChecklists).toEqual(saved.customChecklists);
    expect(state.data.settings.overdueEveryDays).toBe(14);
    expect(readdirSync(dir).some((name) => name.startsWith('config.before-import-'))).toBe(true);
  });

  it('does nothing when a dialog is cancelled', async () => {
    const { files } = setup();
    expect(await files.exportData()).toEqual({ status: 'cancelled' });
    expect(await files.importData()).toEqual({ status: 'cancelled' });
    expect(await files.importPack()).toEqual({ status: 'cancelled' });
  });

  const badBackups: Array<[string, string]> = [
    ['malformed JSON', '{"format": "optout-reminder/backup",'],
    ['another format', JSON.stringify({ format: 'something-else' })],
    ['a __proto__ key', '{"format":"optout-reminder/backup","__proto__":{"polluted":true}}'],
  ];
  it.each(badBackups)('refuses a backup with %s, changing nothing', async (_name, content) => {
    const { state, dir, files, write } = setup();
    state.update((data) => ({ ...data, customChecklists: [customChecklist('keep-me')] }));
    const before = readFileSync(join(dir, 'config.json'), 'utf8');
    dialog.queueAnswer({ canceled: false, filePaths: [write('bad.json', content)] });
    await expectRejected(files.importData(), 'invalid-file', 'error.backupInvalid');
    expect(readFileSync(join(dir, 'config.json'), 'utf8')).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('imports a checklist pack, marked with its origin, and removes nothing else', async () => {
    const { state, files, write } = setup();
    const pack = {
      format: PACK_FORMAT,
      formatVersion: 1,
      name: 'Team pack',
      checklists: [customChecklist('team-one')],
    };
    dialog.queueAnswer({ canceled: false, filePaths: [write('team.json', JSON.stringify(pack))] });
    expect(await files.importPack()).toMatchObject({ status: 'done', count: 1 });
    expect(state.data.packs).toEqual([
      expect.objectContaining({
        name: 'Team pack',
        fileName: 'team.json',
        checklists: pack.checklists,
      }),
    ]);
    const view = state.snapshot().checklists.find((entry) => entry.checklist.id === 'team-one');
    expect(view?.origin).toMatchObject({
      kind: 'pack',
      packName: 'Team pack',
      fileName: 'team.json',
    });
  });

  it('imports a pack file handed over by the OS only after the user confirms, asking with its name and size', async () => {
    const { state, files, write } = setup();
    const path = write(
      'team.optout-pack',
      JSON.stringify({
        format: PACK_FORMAT,
        formatVersion: 1,
        name: 'Team pack',
        checklists: [customChecklist('team-one')],
      }),
    );
    const asked: unknown[] = [];
    const declined = await files.importPack({
      path,
      confirm: async (summary) => {
        asked.push(summary);
        return false;
      },
    });
    expect(declined).toEqual({ status: 'cancelled' });
    expect(asked).toEqual([{ name: 'Team pack', fileName: 'team.optout-pack', count: 1 }]);
    expect(state.data.packs).toEqual([]);
    expect(await files.importPack({ path, confirm: async () => true })).toMatchObject({
      status: 'done',
      count: 1,
    });
    expect(state.data.packs).toHaveLength(1);
  });

  it('never asks about a pack file that is not valid', async () => {
    const { files, write } = setup();
    let isAsked = false;
    const path = write('broken.optout-pack', '{"format": "something else"}');
    await expectRejected(
      files.importPack({
        path,
        confirm: async () => {
          isAsked = true;
          return true;
        },
      }),
      'invalid-file',
      'error.packInvalid',
    );
    expect(isAsked).toBe(false);
  });

  it('refuses a FIFO or a device named like a pack without reading it, and never asks', async () => {
    const { state, files, outside } = setup();
    const fifo = join(outside, 'pipe.optout-pack');
    execFileSync('mkfifo', [fifo]);
    const device = join(outside, 'zero.optout-pack');
    symlinkSync('/dev/zero', device);
    for (const path of [fifo, device]) {
      let isAsked = false;
      await expectRejected(
        files.importPack({
          path,
          confirm: async () => {
            isAsked = true;
            return true;
          },
        }),
        'invalid-file',
        'error.fileNotRegular',
      );
      expect(isAsked).toBe(false);
    }
    expect(state.data.packs).toEqual([]);
  });

  const badLinks = [
    'javascript:alert(1)',
    'http://example.org/',
    'file:///etc/passwd',
    'data:text/html,hi',
    'https://user:pw@example.org/',
  ];
  it.each(badLinks)('refuses a pack with the link %s', async (link) => {
    const { state, files, write } = setup();
    const pack = {
      format: PACK_FORMAT,
      formatVersion: 1,
      checklists: [customChecklist('team-one', link)],
    };
    dialog.queueAnswer({ canceled: false, filePaths: [write('team.json', JSON.stringify(pack))] });
    await expectRejected(files.importPack(), 'invalid-file', 'error.packInvalid');
    expect(state.data.packs).toEqual([]);
  });

  it('refuses an oversized pack before parsing it', async () => {
    const { state, files, write } = setup();
    dialog.queueAnswer({ canceled: false, filePaths: [write('huge.json', 'x'.repeat(5_000_000))] });
    await expectRejected(files.importPack(), 'invalid-file', 'error.fileTooLarge');
    expect(state.data.packs).toEqual([]);
  });

  it('refuses packs with __proto__ keys, unknown keys or clashing ids', async () => {
    const { state, files, write } = setup();
    const polluted = `{"format":"${PACK_FORMAT}","formatVersion":1,"checklists":[],"__proto__":{"x":1}}`;
    const unknownKey = JSON.stringify({
      format: PACK_FORMAT,
      formatVersion: 1,
      checklists: [customChecklist('a')],
      extra: 1,
    });
    const clash = JSON.stringify({
      format: PACK_FORMAT,
      formatVersion: 1,
      checklists: [{ ...customChecklist('x'), id: linkedin.id }],
    });
    for (const [content, key] of [
      [polluted, 'error.packInvalid'],
      [unknownKey, 'error.packInvalid'],
      [clash, 'error.packClash'],
      ['not json', 'error.packInvalid'],
    ] as const) {
      dialog.queueAnswer({ canceled: false, filePaths: [write('pack.json', content)] });
      await expectRejected(files.importPack(), 'invalid-file', key);
    }
    expect(state.data.packs).toEqual([]);
  });

  it('writes the calendar of open deadlines', async () => {
    const { files, outside, setNow } = setup();
    // 1 October 2025: LinkedIn's and later built-in deadlines are still ahead.
    setNow(Date.UTC(2025, 9, 1, 12));
    const path = join(outside, 'deadlines.ics');
    dialog.queueAnswer({ canceled: false, filePath: path });
    const result = await files.exportCalendar();
    expect(result).toMatchObject({ status: 'done', path });
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain('SUMMARY:Opt-out-deadline: LinkedIn: AI-training\r\n');
    // Titles that already start with the organisation are not prefixed again.
    expect(text).not.toMatch(/(LinkedIn|Meta|Google|Anthropic): \1/);
  });
});

describe('the calendar with no deadline ahead', () => {
  it('saves no file and says why, before asking where', async () => {
    // 23 November 2026 (the test state's clock): every built-in deadline has passed.
    const { files, outside } = setup();
    const path = join(outside, 'deadlines.ics');
    dialog.queueAnswer({ canceled: false, filePath: path });
    await expectRejected(files.exportCalendar(), 'not-found', 'error.noDeadlinesAhead');
    expect(readdirSync(outside)).toEqual([]);
    // The save dialog was never shown: its answer is still waiting.
    expect(await dialog.showSaveDialog()).toEqual({ canceled: false, filePath: path });
  });
});

describe('file actions, edge cases', () => {
  it('imports nothing when the current data cannot be backed up first', async () => {
    const { state, repository, files, outside } = setup();
    state.update((data) => ({ ...data, customChecklists: [customChecklist('keep-me')] }));
    const exported = join(outside, 'backup.json');
    dialog.queueAnswer({ canceled: false, filePath: exported });
    await files.exportData();
    state.update((data) => ({ ...data, customChecklists: [] }));
    vi.spyOn(repository, 'backup').mockImplementationOnce(() => {
      throw new Error('EACCES');
    });
    dialog.queueAnswer({ canceled: false, filePaths: [exported] });
    await expectRejected(files.importData(), 'write-failed', 'error.backupFailed');
    expect(state.data.customChecklists).toEqual([]);
  });

  it('reports the file it imported from, and keeps two backups made in the same second', async () => {
    const { state, dir, files, outside } = setup();
    state.update((data) => ({ ...data, customChecklists: [customChecklist('keep-me')] }));
    const exported = join(outside, 'backup.json');
    dialog.queueAnswer({ canceled: false, filePath: exported });
    await files.exportData();
    const kept: unknown[] = [];
    for (let i = 0; i < 2; i++) {
      dialog.queueAnswer({ canceled: false, filePaths: [exported] });
      const result = await files.importData();
      expect(result).toMatchObject({ status: 'done', path: exported });
      kept.push(result.status === 'done' ? result.keptCopy : null);
    }
    const copies = readdirSync(dir).filter((name) => name.startsWith('config.before-import-'));
    expect(kept.sort()).toEqual(copies.map((name) => join(dir, name)).sort());
  });

  it('gives two packs imported in the same second different ids', async () => {
    const { state, files, write } = setup();
    for (const id of ['team-one', 'team-two']) {
      const pack = { format: PACK_FORMAT, formatVersion: 1, checklists: [customChecklist(id)] };
      dialog.queueAnswer({
        canceled: false,
        filePaths: [write(`${id}.json`, JSON.stringify(pack))],
      });
      await files.importPack();
    }
    const ids = state.data.packs.map((pack) => pack.id);
    expect(new Set(ids).size).toBe(2);
  });
});

describe('restoring a backup with clashing ids', () => {
  function backupWith(
    state: ReturnType<typeof setup>['state'],
    change: { customChecklists?: Checklist[]; packs?: unknown[] },
  ): string {
    return JSON.stringify({
      format: 'optout-reminder/backup',
      formatVersion: 1,
      exportedAt: '2026-11-20T10:00:00.000Z',
      progress: {},
      settings: state.data.settings,
      customChecklists: [],
      packs: [],
      ...change,
    });
  }
  const pack = (id: string, checklistId: string) => ({
    id,
    name: 'Pack',
    fileName: 'pack.json',
    importedAt: '2026-11-01T00:00:00.000Z',
    checklists: [customChecklist(checklistId)],
  });

  it.each([
    [
      'an own checklist that reuses a built-in id',
      { customChecklists: [customChecklist(linkedin.id)] },
    ],
    [
      'two own checklists with one id',
      { customChecklists: [customChecklist('twice'), customChecklist('twice')] },
    ],
    ['two packs with one id', { packs: [pack('pack-x', 'one'), pack('pack-x', 'two')] }],
    [
      "a pack checklist with an own checklist's id",
      { customChecklists: [customChecklist('mine')], packs: [pack('pack-y', 'mine')] },
    ],
  ])("refuses %s, whole, and keeps the built-in's ticks", async (_name, change) => {
    const { state, dir, files, write } = setup();
    const step = linkedin.paths.web?.steps[0]?.id ?? '';
    state.update((data) => ({
      ...data,
      progress: { [linkedin.id]: { steps: { web: { [step]: '2026-11-01T10:00:00.000Z' } } } },
      customChecklists: [customChecklist('keep-me')],
    }));
    const before = readFileSync(join(dir, 'config.json'), 'utf8');
    dialog.queueAnswer({
      canceled: false,
      filePaths: [write('clash.json', backupWith(state, change as never))],
    });
    await expectRejected(files.importData(), 'invalid-file', 'error.backupClash');
    expect(readFileSync(join(dir, 'config.json'), 'utf8')).toBe(before);
  });
});

describe('what imports accept and how refusals read', () => {
  const bom = '\uFEFF';

  it('imports a pack and restores a backup saved with a UTF-8 byte order mark', async () => {
    const { state, files, write, outside } = setup();
    const packText = JSON.stringify({
      format: PACK_FORMAT,
      formatVersion: 1,
      checklists: [customChecklist('from-notepad')],
    });
    dialog.queueAnswer({ canceled: false, filePaths: [write('bom.json', `${bom}${packText}`)] });
    expect(await files.importPack()).toMatchObject({ status: 'done', count: 1 });

    const exported = join(outside, 'backup.json');
    dialog.queueAnswer({ canceled: false, filePath: exported });
    await files.exportData();
    writeFileSync(exported, `${bom}${readFileSync(exported, 'utf8')}`);
    state.update((data) => ({ ...data, packs: [] }));
    dialog.queueAnswer({ canceled: false, filePaths: [exported] });
    expect(await files.importData()).toMatchObject({ status: 'done' });
    expect(state.data.packs).toHaveLength(1);
  });

  it.each([
    ['a punycode host', 'https://xn--linkedn-yxg.com/settings'],
    ['a mixed-script host (Cyrillic і)', 'https://linked\u0456n.com/settings'],
  ])(
    'refuses a pack and a backup with %s, with a sentence in Dutch, not a code',
    async (_name, link) => {
      const { state, files, write } = setup();
      const packText = JSON.stringify({
        format: PACK_FORMAT,
        formatVersion: 1,
        checklists: [customChecklist('look-alike', link)],
      });
      dialog.queueAnswer({ canceled: false, filePaths: [write('pack.json', packText)] });
      const packError = await files.importPack().catch((error: unknown) => error);
      expect(packError).toMatchObject({
        messageKey: 'error.packInvalid',
        details: [
          'checklists.0.paths.web.steps.0.link: De link gebruikt een internationale (punycode-)hostnaam, die een echte site kan nabootsen; Opt-out Reminder opent zulke links nooit.',
        ],
      });
      const backup = JSON.stringify({
        format: 'optout-reminder/backup',
        formatVersion: 1,
        exportedAt: '2026-11-20T10:00:00.000Z',
        progress: {},
        settings: state.data.settings,
        customChecklists: [customChecklist('look-alike', link)],
        packs: [],
      });
      dialog.queueAnswer({ canceled: false, filePaths: [write('backup.json', backup)] });
      await expect(files.importData()).rejects.toMatchObject({
        messageKey: 'error.backupInvalid',
        details: [
          expect.stringMatching(/^customChecklists\.0\.paths\.web\.steps\.0\.link: .*punycode/),
        ],
      });
      expect(state.data.packs).toEqual([]);
      expect(state.data.customChecklists).toEqual([]);
    },
  );

  it('refuses a pack whose title is only a zero-width space', async () => {
    const { files, write } = setup();
    const invisible = { ...customChecklist('nameless'), title: { en: '\u200b', nl: '\u200b' } };
    const packText = JSON.stringify({
      format: PACK_FORMAT,
      formatVersion: 1,
      checklists: [invisible],
    });
    dialog.queueAnswer({ canceled: false, filePaths: [write('pack.json', packText)] });
    await expect(files.importPack()).rejects.toMatchObject({
      messageKey: 'error.packInvalid',
      details: [
        'checklists.0.title.en: Deze naam bestaat alleen uit onzichtbare tekens; er is zichtbare tekst nodig.',
        'checklists.0.title.nl: Deze naam bestaat alleen uit onzichtbare tekens; er is zichtbare tekst nodig.',
      ],
    });
  });

  it('says what is wrong with a file that is not JSON or too deep, in words', async () => {
    const { files, write } = setup();
    let deep = '1';
    for (let level = 0; level < 80; level++) deep = `[${deep}]`;
    const tooDeep = `{"format":"${PACK_FORMAT}","formatVersion":1,"checklists":${deep}}`;
    for (const [content, detail] of [
      ['not json', 'Het bestand als geheel: Dit is geen JSON-tekst (of hij is afgebroken).'],
      [
        tooDeep,
        expect.stringMatching(
          /^checklists(\.0)+: De gegevens zijn te diep genest \(hoogstens \d+ niveaus\)\.$/,
        ),
      ],
    ] as const) {
      dialog.queueAnswer({ canceled: false, filePaths: [write('pack.json', content)] });
      await expect(files.importPack()).rejects.toMatchObject({ details: [detail] });
    }
  });
});
