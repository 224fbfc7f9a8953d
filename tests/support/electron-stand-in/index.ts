/**
 * The Electron stand-in: the subset of Electron's main-process API that the
 * app uses, recording every call and letting tests drive events. The e2e
 * runner redirects the bare specifier `electron` here; unit tests mock
 * `electron` with it.
 */
import { StandInApp } from './app.ts';
import { createEvent } from './events.ts';
import {
  autoUpdater,
  clipboard,
  dialog,
  IpcMain,
  Notification,
  net,
  powerMonitor,
  screen,
  session,
  shell,
} from './services.ts';
import { Menu, MenuItem, nativeImage, Tray } from './tray.ts';
import { BrowserWindow, bindApp, WebContents } from './window.ts';

export const app = new StandInApp();
export const ipcMain = new IpcMain();

bindApp({
  created(contents, window) {
    app.emit('web-contents-created', createEvent(), contents);
    app.emit('browser-window-created', createEvent(), window);
  },
  allClosed: () => app.onAllWindowsClosed(),
});
// Like Electron, quitting closes every window ('close' is emitted, so the app can save state).
app.bindWindows(() => {
  for (const window of BrowserWindow.getAllWindows()) window.close();
});

export {
  autoUpdater,
  BrowserWindow,
  clipboard,
  dialog,
  Menu,
  MenuItem,
  Notification,
  nativeImage,
  net,
  powerMonitor,
  screen,
  session,
  shell,
  Tray,
  WebContents,
};

const electron = {
  app,
  autoUpdater,
  BrowserWindow,
  clipboard,
  dialog,
  ipcMain,
  Menu,
  MenuItem,
  Notification,
  nativeImage,
  net,
  powerMonitor,
  screen,
  session,
  shell,
  Tray,
};

// electron-store destructures the default import.
export default electron;
