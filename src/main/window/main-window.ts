import { pathToFileURL } from 'node:url';
import { BrowserWindow, screen, type WebContents, type WebFrameMain } from 'electron';
import { pushChannels } from '../../shared/ipc.ts';
import { log } from '../log.ts';
import type { AppPaths } from '../paths.ts';
import type { WindowBounds } from '../store/schema.ts';

/** Owns the one window: created on demand, destroyed on close (no hidden renderer at idle). */
export interface WindowController {
  /** Shows the window, creating it if needed; with an id, shows that checklist. */
  open(checklistId?: string): BrowserWindow;
  /** Shows the window at Settings › About. */
  openAbout(): BrowserWindow;
  current(): BrowserWindow | null;
  /** True only for the main frame of our own window showing our own page. */
  isTrustedSender(sender: WebContents, frame: WebFrameMain | null): boolean;
}

export interface WindowOptions {
  paths: AppPaths;
  title(): string;
  /** Where the window was last; ignored when no display shows enough of it. */
  savedBounds(): WindowBounds | null;
  onBoundsSaved(bounds: WindowBounds): void;
  /**
   * After the window is gone; `isAfterCrash` when crash handling closed it
   * (its renderer was lost twice), not the user.
   */
  onClosed?(closed: { isAfterCrash: boolean }): void;
}

const defaultSize = { width: 880, height: 680 };

/** True when at least a 100×100 px corner of `bounds` is on some display's work area. */
export function isOnScreen(bounds: WindowBounds): boolean {
  return screen.getAllDisplays().some(({ workArea }) => {
    const overlapX =
      Math.min(bounds.x + bounds.width, workArea.x + workArea.width) -
      Math.max(bounds.x, workArea.x);
    const overlapY =
      Math.min(bounds.y + bounds.height, workArea.y + workArea.height) -
      Math.max(bounds.y, workArea.y);
    return overlapX >= 100 && overlapY >= 100;
  });
}

export function createWindowController(options: WindowOptions): WindowController {
  let window: BrowserWindow | null = null;
  let isLoaded = false;
  // What to show once the page has loaded: a checklist, or About.
  let pendingShow: { channel: string; args: unknown[] } | null = null;
  const rendererUrl = pathToFileURL(options.paths.rendererIndex).href;

  function showPending(target: BrowserWindow): void {
    if (!isLoaded || pendingShow === null) return;
    target.webContents.send(pendingShow.channel, ...pendingShow.args);
    pendingShow = null;
  }

  function create(): BrowserWindow {
    const saved = options.savedBounds();
    const bounds = saved && isOnScreen(saved) ? saved : defaultSize;
    const created = new BrowserWindow({
      ...bounds,
      minWidth: 400,
      minHeight: 480,
      show: false,
      title: options.title(),
      autoHideMenuBar: true,
      webPreferences: {
        preload: options.paths.preload,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        spellcheck: false,
        // A middle click on a link must not open it in a new window.
        disableBlinkFeatures: 'Auxclick',
      },
    });
    isLoaded = false;
    created.once('ready-to-show', () => created.show());
    created.webContents.on('did-finish-load', () => {
      isLoaded = true;
      showPending(created);
    });
    // A crashed or killed renderer leaves a blank window: reload it once. A
    // second loss in the same window closes it; the tray opens a fresh one.
    let hasReloaded = false;
    let isClosedAfterCrash = false;
    created.webContents.on('render-process-gone', (_event, details) => {
      const willReload = !hasReloaded && details.reason !== 'clean-exit';
      log.error('renderer gone', undefined, {
        reason: details.reason,
        exitCode: details.exitCode,
        action: willReload ? 'reload' : 'close',
      });
      if (created.isDestroyed()) return;
      if (!willReload) {
        isClosedAfterCrash = true;
        created.close();
        return;
      }
      hasReloaded = true;
      isLoaded = false;
      created.webContents.reload();
    });
    created.on('close', () => {
      const { x, y, width, height } = created.getNormalBounds();
      options.onBoundsSaved({ x, y, width, height });
    });
    created.on('closed', () => {
      if (window === created) window = null;
      options.onClosed?.({ isAfterCrash: isClosedAfterCrash });
    });
    void created.loadFile(options.paths.rendererIndex);
    return created;
  }

  function open(): BrowserWindow {
    if (!window || window.isDestroyed()) window = create();
    else {
      if (window.isMinimized()) window.restore();
      window.show();
      window.focus();
      showPending(window);
    }
    return window;
  }

  return {
    open(checklistId) {
      if (checklistId !== undefined)
        pendingShow = { channel: pushChannels.showChecklist, args: [checklistId] };
      return open();
    },
    openAbout() {
      pendingShow = { channel: pushChannels.showAbout, args: [] };
      return open();
    },
    current: () => (window && !window.isDestroyed() ? window : null),
    isTrustedSender(sender, frame) {
      if (!window || window.isDestroyed() || frame === null) return false;
      if (sender.id !== window.webContents.id || frame !== sender.mainFrame) return false;
      return frame.url.split('#')[0]?.split('?')[0] === rendererUrl;
    },
  };
}
