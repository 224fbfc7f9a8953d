import { ipcMain as electronIpcMain } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandle } from '../../../src/main/ipc/handle.ts';
import { UserFacingError } from '../../../src/main/state/errors.ts';
import { type InvokeMethod, invokeChannels } from '../../../src/shared/ipc.ts';
import { BrowserWindow, ipcMain } from '../../support/electron-stand-in/index.ts';
import type { WebFrameMain } from '../../support/electron-stand-in/window.ts';
import { fakeSnapshot } from '../../support/fixtures.ts';
import { testWindowController } from '../../support/window.ts';

vi.mock('electron', () => import('../../support/electron-stand-in/index.ts'));

const methods = Object.keys(invokeChannels) as InvokeMethod[];

function setup(locale: 'en' | 'nl' = 'en') {
  const windows = testWindowController();
  const log = vi.fn();
  const handle = createHandle({
    ipcMain: electronIpcMain,
    isTrustedSender: windows.isTrustedSender,
    locale: () => locale,
    log,
  });
  // Every channel gets a handler that records being called.
  const handler = vi.fn((..._args: unknown[]) => fakeSnapshot());
  for (const method of methods) handle(method, handler as never);
  return { windows, handle, handler, log };
}

describe('handle()', () => {
  beforeEach(() => {
    for (const window of BrowserWindow.getAllWindows()) window.destroy();
    for (const channel of ipcMain.channels()) ipcMain.removeHandler(channel);
  });

  it('passes a valid request from our window to the handler and wraps the result', async () => {
    const { windows, handler } = setup();
    const window = windows.open();
    const result = await ipcMain.invoke(window.webContents.id, 'progress:toggle-step', [
      { checklistId: 'linkedin-ai-training', platform: 'ios', stepId: 'open-settings', done: true },
    ]);
    expect(result).toEqual({ ok: true, value: fakeSnapshot() });
    expect(handler).toHaveBeenCalledWith({
      checklistId: 'linkedin-ai-training',
      platform: 'ios',
      stepId: 'open-settings',
      done: true,
    });
  });

  it.each(methods)('refuses %s from a window that is not ours', async (method) => {
    const { windows, handler } = setup();
    windows.open();
    const stranger = new BrowserWindow();
    await stranger.loadURL('https://example.com/');
    const result = await ipcMain.invoke(stranger.webContents.id, invokeChannels[method], []);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a subframe, a missing frame, and our window after it navigated elsewhere', async () => {
    const { windows, handler } = setup();
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

  const malformed: Array<[string, unknown[]]> = [
    ['null', [null]],
    ['too many arguments', [1, 2, 3]],
    ['a path', ['../../etc/passwd', '../../etc/passwd']],
    ['a prototype-pollution object', [JSON.parse('{"__proto__":{"polluted":true}}'), 'x']],
    ['a huge array', [Array.from({ length: 10_000 }, () => 'x')]],
  ];
  for (const method of methods) {
    it.each(malformed)(
      `rejects a malformed ${method} payload (%s) with a localized error`,
      async (_name, args) => {
        const { windows, handler } = setup('nl');
        const window = windows.open();
        const result = await ipcMain.invoke(window.webContents.id, invokeChannels[method], args);
        expect(result).toEqual({
          ok: false,
          error: {
            code: 'invalid-payload',
            messageKey: 'error.invalidPayload',
            message: 'Het verzoek was ongeldig en is geweigerd; er is niets gewijzigd.',
          },
        });
        expect(handler).not.toHaveBeenCalled();
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      },
    );
  }

  it('returns a UserFacingError as its own code, localized message and details', async () => {
    const { windows, handle } = setup('nl');
    ipcMain.removeHandler('packs:remove');
    handle('removePack', () => {
      throw new UserFacingError('not-found', 'error.packNotFound', { details: ['pack-x'] });
    });
    const window = windows.open();
    const result = await ipcMain.invoke(window.webContents.id, 'packs:remove', ['pack-x']);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'not-found',
        messageKey: 'error.packNotFound',
        message: 'Dit checklistpakket is niet meer geïmporteerd.',
        details: ['pack-x'],
      },
    });
  });

  it('turns an unexpected exception into a typed internal error and logs it', async () => {
    const { windows, handle, log } = setup();
    ipcMain.removeHandler('state:get');
    handle('getState', () => {
      throw new Error('disk on fire');
    });
    const window = windows.open();
    const result = await ipcMain.invoke(window.webContents.id, 'state:get', []);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(log).toHaveBeenCalledWith('IPC state:get failed', expect.any(Error));
  });
});
