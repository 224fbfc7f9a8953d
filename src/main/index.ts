import { join } from 'node:path';
import { app, ipcMain } from 'electron';
import { type Locale, resolveLocale, translate } from '../shared/i18n/index.ts';
import { pushChannels } from '../shared/ipc.ts';
import { createHandle } from './ipc/handle.ts';
import { resolveAppPaths } from './paths.ts';
import { setupSecurity } from './security.ts';
import { setupSingleInstance } from './single-instance.ts';
import { buildSnapshot } from './state.ts';
import { TrayService, type TrayView } from './tray/tray-service.ts';
import { createWindowController } from './window/main-window.ts';

const paths = resolveAppPaths();
let locale: Locale = 'en';
const windows = createWindowController(paths, () => translate(locale, 'window.title'));
// Module-level so the tray is never garbage-collected (which would remove the icon).
const tray = new TrayService(onTrayMenu);

function trayView(): TrayView {
  return {
    iconPath: join(paths.resources, 'icons', 'tray-open.png'),
    tooltip: translate(locale, 'tray.tooltip.idle'),
    menu: [
      { id: 'open', label: translate(locale, 'tray.open') },
      { type: 'separator' },
      { id: 'quit', label: translate(locale, 'tray.quit') },
    ],
  };
}

function onTrayMenu(id: string): void {
  if (id === 'open') windows.open();
  else if (id === 'quit') app.quit();
}

function publishState(): void {
  windows.current()?.webContents.send(pushChannels.stateChanged, buildSnapshot(locale));
  tray.render(trayView());
}

function setupIpc(): void {
  const handle = createHandle({
    ipcMain,
    isTrustedSender: windows.isTrustedSender,
    locale: () => locale,
    log: (message, error) => console.error(message, error),
  });
  handle('getState', () => buildSnapshot(locale));
}

function setupLifecycle(): void {
  // A tray app keeps running with no window; only "Quit" ends it.
  app.on('window-all-closed', () => {});
  app.on('before-quit', () => tray.destroy());
}

function onReady(): void {
  locale = resolveLocale('auto', app.getPreferredSystemLanguages());
  setupSecurity();
  setupIpc();
  publishState();
  // Where the OS reports clicks on the icon (Windows, macOS), a click opens the window.
  tray.onClick(() => windows.open());
}

if (setupSingleInstance(() => windows.open())) {
  setupLifecycle();
  void app.whenReady().then(onReady);
} else {
  app.quit();
}
