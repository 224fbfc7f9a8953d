import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createWindowController } from '../../../src/main/window/main-window.ts';
import { BrowserWindow } from '../../support/electron-stand-in/index.ts';

vi.mock('electron', () => import('../../support/electron-stand-in/index.ts'));

/** The stand-in instance behind the Electron-typed window the controller returns. */
function standIn(window: { id: number }) {
  const found = BrowserWindow.getAllWindows().find((candidate) => candidate.id === window.id);
  if (!found) throw new Error(`window ${window.id} is gone`);
  return found;
}

const paths = {
  preload: '/app/out/preload/index.cjs',
  rendererIndex: '/app/out/renderer/index.html',
  resources: '/app/resources',
};

describe('the window controller', () => {
  beforeEach(() => {
    for (const window of BrowserWindow.getAllWindows()) window.destroy();
  });

  it('creates one window with secure defaults, loading the built renderer', () => {
    const windows = createWindowController({
      paths,
      title: () => 'Opt-out Reminder',
      savedBounds: () => null,
      onBoundsSaved: () => {},
    });
    const window = standIn(windows.open());
    expect(window.options.webPreferences).toMatchObject({
      preload: paths.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(window.webContents.getURL()).toBe('file:///app/out/renderer/index.html');
  });

  it('reuses the open window, restoring and focusing it', () => {
    const windows = createWindowController({
      paths,
      title: () => 'Opt-out Reminder',
      savedBounds: () => null,
      onBoundsSaved: () => {},
    });
    const first = windows.open();
    first.minimize();
    expect(windows.open()).toBe(first);
    expect(first.isMinimized()).toBe(false);
    expect(BrowserWindow.getAllWindows()).toHaveLength(1);
  });

  it('forgets a closed window so the next open creates a fresh one', () => {
    const windows = createWindowController({
      paths,
      title: () => 'Opt-out Reminder',
      savedBounds: () => null,
      onBoundsSaved: () => {},
    });
    const first = windows.open();
    first.close();
    expect(first.isDestroyed()).toBe(true);
    expect(windows.current()).toBeNull();
    const second = windows.open();
    expect(second).not.toBe(first);
    expect(BrowserWindow.getAllWindows()).toEqual([second]);
  });

  it('shows the window only once it is ready, avoiding a blank flash', async () => {
    const windows = createWindowController({
      paths,
      title: () => 'Opt-out Reminder',
      savedBounds: () => null,
      onBoundsSaved: () => {},
    });
    const window = standIn(windows.open());
    expect(window.options.show).toBe(false);
    await vi.waitFor(() => expect(window.isVisible()).toBe(true));
  });
});
