import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow } from '../../support/electron-stand-in/index.ts';
import { testPaths, testWindowController } from '../../support/window.ts';

vi.mock('electron', () => import('../../support/electron-stand-in/index.ts'));

/** The stand-in instance behind the Electron-typed window the controller returns. */
function standIn(window: { id: number }) {
  const found = BrowserWindow.getAllWindows().find((candidate) => candidate.id === window.id);
  if (!found) throw new Error(`window ${window.id} is gone`);
  return found;
}

describe('the window controller', () => {
  beforeEach(() => {
    for (const window of BrowserWindow.getAllWindows()) window.destroy();
  });

  it('creates one window with secure defaults, loading the built renderer', () => {
    const window = standIn(testWindowController().open());
    expect(window.options.webPreferences).toMatchObject({
      preload: testPaths.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(window.webContents.getURL()).toBe('file:///app/out/renderer/index.html');
  });

  it('reuses the open window, restoring and focusing it', () => {
    const windows = testWindowController();
    const first = windows.open();
    first.minimize();
    expect(windows.open()).toBe(first);
    expect(first.isMinimized()).toBe(false);
    expect(BrowserWindow.getAllWindows()).toHaveLength(1);
  });

  it('forgets a closed window so the next open creates a fresh one', () => {
    const windows = testWindowController();
    const first = windows.open();
    first.close();
    expect(first.isDestroyed()).toBe(true);
    expect(windows.current()).toBeNull();
    const second = windows.open();
    expect(second).not.toBe(first);
    expect(BrowserWindow.getAllWindows()).toEqual([second]);
  });

  it('shows the window only once it is ready, avoiding a blank flash', async () => {
    const window = standIn(testWindowController().open());
    expect(window.options.show).toBe(false);
    await vi.waitFor(() => expect(window.isVisible()).toBe(true));
  });

  it('saves its bounds on close and reopens where it was', () => {
    const windows = testWindowController();
    const first = windows.open();
    first.setBounds({ x: 300, y: 200, width: 700, height: 600 });
    first.close();
    expect(windows.saved).toEqual([{ x: 300, y: 200, width: 700, height: 600 }]);
    const reopened = testWindowController({ savedBounds: () => windows.saved[0] ?? null }).open();
    expect(reopened.getBounds()).toEqual({ x: 300, y: 200, width: 700, height: 600 });
  });

  it('ignores saved bounds that are no longer on any screen', () => {
    const offScreen = { x: 5000, y: 3000, width: 700, height: 600 };
    const window = testWindowController({ savedBounds: () => offScreen }).open();
    expect(window.getBounds()).toMatchObject({ width: 880, height: 680 });
    expect(window.getBounds().x).toBeLessThan(1920);
  });

  it('asks the page to show a checklist once it has loaded, or at once if it has', async () => {
    const windows = testWindowController();
    const window = standIn(windows.open('linkedin-ai-training'));
    await vi.waitFor(() =>
      expect(window.webContents.sent).toEqual([
        { channel: 'ui:show-checklist', args: ['linkedin-ai-training'] },
      ]),
    );
    windows.open('meta-ai-training');
    expect(window.webContents.sent.at(-1)).toEqual({
      channel: 'ui:show-checklist',
      args: ['meta-ai-training'],
    });
  });
});
