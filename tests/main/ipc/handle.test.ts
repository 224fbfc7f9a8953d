import { ipcMain as electronIpcMain } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandle } from '../../../src/main/ipc/handle.ts';
import { createWindowController } from '../../../src/main/window/main-window.ts';
import { BrowserWindow, ipcMain } from '../../support/electron-stand-in/index.ts';
import type { WebFrameMain } from '../../support/electron-stand-in/window.ts';

vi.mock('electron', () => import('../../support/electron-stand-in/index.ts'));

const paths = {
  preload: '/app/out/preload/index.cjs',
  rendererIndex: '/app/out/renderer/index.html',
  resources: '/app/resources',
};

function setup(locale: 'en' | 'nl' = 'en') {
  const windows = createWindowController(paths, () => 'Opt-out Reminder');
  const log = vi.fn();
  const handle = createHandle({
    ipcMain: electronIpcMain,
    isTrustedSender: windows.isTrustedSender,
    locale: () => locale,
    log,
  });
  return { windows, handle, log };
}

describe('handle()', () => {
  beforeEach(() => {
    for (const window of BrowserWindow.getAllWindows()) window.destroy();
    ipcMain.removeHandler('state:get');
  });

  it('passes a valid request from our window to the handler and wraps the result', async () => {
    const { windows, handle } = setup();
    handle('getState', () => ({ locale: 'en', checklists: [] }));
    const window = windows.open();
    await expect(ipcMain.invoke(window.webContents.id, 'state:get', [])).resolves.toEqual({
      ok: true,
      value: { locale: 'en', checklists: [] },
    });
  });

  it('refuses a sender that is not our window, without calling the handler', async () => {
    const { windows, handle } = setup();
    const handler = vi.fn(() => ({ locale: 'en' as const, checklists: [] }));
    handle('getState', handler);
    windows.open();
    const stranger = new BrowserWindow();
    await stranger.loadURL('https://example.com/');
    const result = await ipcMain.invoke(stranger.webContents.id, 'state:get', []);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a subframe, a missing frame, and our window after it navigated elsewhere', async () => {
    const { windows, handle } = setup();
    const handler = vi.fn(() => ({ locale: 'en' as const, checklists: [] }));
    handle('getState', handler);
    const window = windows.open();
    const iframe = { url: window.webContents.mainFrame.url } as WebFrameMain;
    for (const frame of [iframe, null]) {
      const result = await ipcMain.invoke(window.webContents.id, 'state:get', [], frame);
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    }
    await window.loadURL('file:///tmp/evil.html');
    const result = await ipcMain.invoke(window.webContents.id, 'state:get', []);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    ['an extra argument', ['surprise']],
    ['an object', [{ __proto__: { polluted: true } }]],
    ['many arguments', Array.from({ length: 100 }, (_, i) => i)],
  ])('rejects a malformed payload (%s) with a localized error', async (_name, args) => {
    const { windows, handle } = setup('nl');
    const handler = vi.fn(() => ({ locale: 'nl' as const, checklists: [] }));
    handle('getState', handler);
    const window = windows.open();
    const result = await ipcMain.invoke(window.webContents.id, 'state:get', args);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-payload',
        messageKey: 'error.invalidPayload',
        message: 'Het verzoek was ongeldig en is geweigerd; er is niets gewijzigd.',
      },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it('turns a throwing handler into a typed internal error and logs it', async () => {
    const { windows, handle, log } = setup();
    handle('getState', () => {
      throw new Error('disk on fire');
    });
    const window = windows.open();
    const result = await ipcMain.invoke(window.webContents.id, 'state:get', []);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(log).toHaveBeenCalledWith('IPC state:get failed', expect.any(Error));
  });
});
