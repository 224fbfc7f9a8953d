/**
 * The yardstick for start-up: a tray app with a one-item menu and nothing
 * else, built with the app's own toolchain (electron-vite) by
 * bench/start.bench.ts. The app should start within 2× of this.
 */
import { join } from 'node:path';
import { app, Menu, nativeImage, Tray } from 'electron';

// Module-level, as in the app, so the tray is never garbage-collected.
let tray: Tray | null = null;

app.whenReady().then(() => {
  tray = new Tray(
    nativeImage.createFromPath(join(import.meta.dirname, '../../../resources/icons/tray-open.png')),
  );
  tray.setContextMenu(Menu.buildFromTemplate([{ label: 'Quit', click: () => app.quit() }]));
});
