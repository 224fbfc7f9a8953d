import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createFileActions } from '../../../src/main/files/file-actions.ts';
import { setupIpc } from '../../../src/main/ipc/setup-ipc.ts';
import { Notifier } from '../../../src/main/notify/notifier.ts';
import { invokeChannels } from '../../../src/shared/ipc.ts';
import { createTestAppState } from '../../support/app-state.ts';
import { ipcMain } from '../../support/electron-stand-in/index.ts';
import { callsTo } from '../../support/electron-stand-in/recorder.ts';
import { testWindowController } from '../../support/window.ts';

vi.mock('electron', () => import('../../support/electron-stand-in/index.ts'));

let webContentsId: number;
const invoke = (channel: string, args: unknown[]) =>
  ipcMain.invoke(webContentsId, channel, args) as Promise<{
    ok: boolean;
    error?: { code: string };
  }>;

beforeAll(() => {
  const { state } = createTestAppState();
  const windows = testWindowController();
  const notifier = new Notifier({
    locale: () => 'en',
    zone: () => 'Europe/Amsterdam',
    now: () => state.now(),
    supportsActions: false,
    onOpen: () => {},
    onOpenSettingsPage: () => {},
    onRemindTomorrow: () => {},
    onFailed: () => {},
  });
  setupIpc({
    state,
    notifier,
    files: createFileActions(state, () => null),
    isTrustedSender: windows.isTrustedSender,
    setStartAtLogin: () => {},
  });
  webContentsId = windows.open().webContents.id;
});

describe('opening a catalog source', () => {
  it('opens the address the catalog gives for a checklist id and source id', async () => {
    const before = callsTo('shell', 'openExternal').length;
    const result = await invoke(invokeChannels.openSource, [
      { checklistId: 'meta-ai-training', sourceId: 'consumentenbond' },
    ]);
    expect(result).toEqual({ ok: true, value: null });
    expect(
      callsTo('shell', 'openExternal')
        .slice(before)
        .map((call) => call.args),
    ).toEqual([
      [
        'https://www.consumentenbond.nl/digitaalgids/digitaalgids-uitgelicht/meta-gaat-ai-trainen-met-onze-data',
      ],
    ]);
  });

  it('refuses a source without an address, an unknown source or checklist, and an address', async () => {
    const before = callsTo('shell', 'openExternal').length;
    const noAddress = await invoke(invokeChannels.openSource, [
      { checklistId: 'linkedin-ai-training', sourceId: 'nltimes-2025-09-24' },
    ]);
    expect(noAddress.error?.code).toBe('not-found');
    const unknown = await invoke(invokeChannels.openSource, [
      { checklistId: 'linkedin-ai-training', sourceId: 'no-such-source' },
    ]);
    expect(unknown.error?.code).toBe('not-found');
    const noChecklist = await invoke(invokeChannels.openSource, [
      { checklistId: 'no-such-checklist', sourceId: 'iphoned' },
    ]);
    expect(noChecklist.ok).toBe(false);
    const url = await invoke(invokeChannels.openSource, [
      { checklistId: 'linkedin-ai-training', sourceId: 'https://evil.example/' },
    ]);
    expect(url.error?.code).toBe('invalid-payload');
    expect(callsTo('shell', 'openExternal')).toHaveLength(before);
  });

  it('no longer opens a source address sent as a URL through openLink', async () => {
    const before = callsTo('shell', 'openExternal').length;
    const result = await invoke(invokeChannels.openLink, [
      {
        checklistId: 'meta-ai-training',
        url: 'https://www.consumentenbond.nl/digitaalgids/digitaalgids-uitgelicht/meta-gaat-ai-trainen-met-onze-data',
      },
    ]);
    expect(result.error?.code).toBe('unsafe-link');
    expect(callsTo('shell', 'openExternal')).toHaveLength(before);
  });
});
