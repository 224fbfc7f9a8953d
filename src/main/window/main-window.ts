import { pathToFileURL } from 'node:url';
import { BrowserWindow, type WebContents, type WebFrameMain } from 'electron';
import type { AppPaths } from '../paths.ts';

/** Owns the one window: created on demand, destroyed on close. */
export interface WindowController {
  /** Shows the window, creating it if needed, and brings it to the front. */
  open(): BrowserWindow;
  current(): BrowserWindow | null;
  /** True only for the main frame of our own window showing our own page. */
  isTrustedSender(sender: WebContents, frame: WebFrameMain | null): boolean;
}

export function createWindowController(paths: AppPaths, title: () => string): WindowController {
  let window: BrowserWindow | null = null;
  const rendererUrl = pathToFileURL(paths.rendererIndex).href;

  function create(): BrowserWindow {
    const created = new BrowserWindow({
      width: 880,
      height: 680,
      minWidth: 400,
      minHeight: 480,
      show: false,
      title: title(),
      autoHideMenuBar: true,
      webPreferences: {
        preload: paths.preload,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        spellcheck: false,
      },
    });
    created.once('ready-to-show', () => created.show());
    created.on('closed', () => {
      if (window === created) window = null;
    });
    void created.loadFile(paths.rendererIndex);
    return created;
  }

  return {
    open() {
      if (!window || window.isDestroyed()) window = create();
      else {
        if (window.isMinimized()) window.restore();
        window.show();
        window.focus();
      }
      return window;
    },
    current: () => (window && !window.isDestroyed() ? window : null),
    isTrustedSender(sender, frame) {
      if (!window || window.isDestroyed() || frame === null) return false;
      if (sender.id !== window.webContents.id || frame !== sender.mainFrame) return false;
      return frame.url.split('#')[0]?.split('?')[0] === rendererUrl;
    },
  };
}
