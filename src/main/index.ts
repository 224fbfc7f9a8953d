/**
 * Start-up, up to the tray: the single-instance lock, crash and quit
 * handling, and the tray drawn from the saved file as it is. Everything
 * this module imports is on that path, so it stays small: no zod, no
 * Temporal, no store library (see README "Start-up"). The rest of the app
 * (src/main/app.ts) loads once the tray stands.
 */
import * as nodeModule from 'node:module';
import { join } from 'node:path';
import { app, dialog } from 'electron';
import { resolveLocale, translate } from '../shared/i18n/index.ts';
import type { StartedApp } from './app.ts';
import { APP_ID } from './app-id.ts';
import { type LaunchRequest, parseCommandLine } from './command-line.ts';
import { setupCrashHandling } from './crash-handling.ts';
import { log, setupLog } from './log.ts';
import { resolveAppPaths } from './paths.ts';
import { setupSecurity } from './security.ts';
import { setupSingleInstance } from './single-instance.ts';
import { readTrayPreview } from './store/tray-preview.ts';
import { TrayService } from './tray/tray-service.ts';
import { NO_TRAY_DATA, type TrayCommand, type TrayData, trayViewOf } from './tray/tray-view.ts';

const paths = resolveAppPaths();
// Module-level so the tray is never garbage-collected (which would remove the icon).
let tray: TrayService<TrayCommand> | null = null;
/** The app around the tray, once its store is open and everything is wired up. */
let running: StartedApp | null = null;
// Launch requests that arrive before that (macOS open-file at start-up, a second launch).
const earlyLaunches: Array<{ request: LaunchRequest; launch: 'first' | 'second' }> = [];
/** Settles once the app is running (see onReady). */
let started: Promise<void> = Promise.resolve();

function setupPlatform(): void {
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  // A tray (menu bar) app: no Dock icon on macOS.
  app.dock?.hide();
}

/** The log goes where the OS keeps logs: ~/Library/Logs on macOS, userData/logs elsewhere. */
function startLog(): void {
  log.info('start', {
    version: app.getVersion(),
    electron: process.versions.electron ?? null,
    platform: process.platform,
    arch: process.arch,
    isPackaged: app.isPackaged,
  });
  // electron-log loads now, after the tray: what was logged before is written first.
  let logsDir: string;
  try {
    logsDir = app.getPath('logs');
  } catch (error) {
    log.error('the log folder is unavailable', error);
    return;
  }
  setupLog(logsDir).catch((error: unknown) => log.error('the log could not start', error));
}

/**
 * The tray's first drawing: the saved file as it is, parsed but not yet
 * validated (see readTrayPreview), or the defaults. It stands for the
 * moments until the store opens and the first wake-up draws it again from
 * validated data; a file the tray cannot be drawn from counts as no file.
 */
function drawPreview(trayService: TrayService<TrayCommand>): void {
  const now = Date.now();
  const draw = (data: TrayData) => {
    const locale = resolveLocale(data.settings.language, app.getPreferredSystemLanguages());
    trayService.render(
      trayViewOf(
        data,
        { settings: data.settings, notices: [], now, locale, update: null },
        { platform: process.platform, iconsDir: join(paths.resources, 'icons') },
      ),
    );
  };
  const saved = readTrayPreview(app.getPath('userData'));
  if (saved) {
    try {
      draw(saved);
      return;
    } catch {
      // Not drawable: the store will find out what is wrong with the file.
    }
  }
  draw(NO_TRAY_DATA);
}

function onLaunch(request: LaunchRequest, launch: 'first' | 'second'): void {
  if (running) running.onLaunch(request, launch);
  // A plain second launch while starting: the starting app shows itself.
  else if (request.open || request.packFiles.length > 0) earlyLaunches.push({ request, launch });
}

/** Temporary files of writes a crash interrupted: removed once the tray stands, off the start path. */
function removeLeftoverTempFiles(): void {
  import('./store/stale-temp-files.ts')
    .then(({ removeStaleTempFiles }) => {
      const removed = removeStaleTempFiles({ dir: app.getPath('userData'), now: Date.now() });
      if (removed.length > 0)
        log.info('leftover temporary files removed', { count: removed.length });
    })
    .catch((error: unknown) => log.error('leftover temporary files could not be removed', error));
}

function setupLifecycle(): void {
  // macOS hands a double-clicked pack file over as an event, also before ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    onLaunch({ open: false, checklistId: null, packFiles: [path] }, 'second');
  });
  // A tray app keeps running with no window; only "Quit" ends it.
  app.on('window-all-closed', () => {});
  app.on('before-quit', () => {
    running?.stop();
    tray?.destroy();
  });
}

async function onReady(): Promise<void> {
  setupPlatform();
  setupSecurity();
  // The tray first; for these first moments a click waits until the app runs.
  const trayService = new TrayService<TrayCommand>(
    (command) => void started.then(() => running?.runCommand(command)),
  );
  tray = trayService;
  drawPreview(trayService);
  // Where the OS reports clicks on the icon (Windows, macOS), a click opens the window.
  trayService.onClick(() => void started.then(() => running?.openWindow()));
  startLog();
  const { startApp } = await import('./app.ts');
  running = await startApp(trayService, paths);
  onLaunch(parseCommandLine(process.argv), 'first');
  for (const early of earlyLaunches.splice(0)) onLaunch(early.request, early.launch);
  removeLeftoverTempFiles();
  // The tray stands: write the code compiled for this start to the compile
  // cache (see bootstrap.ts) now, as Node writes it only at a normal exit and
  // a tray app often ends with the session. Unchanged entries are not rewritten.
  setImmediate(() => nodeModule.flushCompileCache?.());
}

// Before the tray stands a second launch's request waits; the starting app then acts on it.
if (setupSingleInstance((argv) => onLaunch(parseCommandLine(argv), 'second'))) {
  setupCrashHandling();
  setupLifecycle();
  started = app.whenReady().then(onReady);
  started.catch((error: unknown) => {
    // Without a tray or window the app would sit invisible holding the lock: say why and stop.
    log.error('could not start', error);
    const locale = resolveLocale('auto', app.getPreferredSystemLanguages());
    dialog.showErrorBox(translate(locale, 'app.name'), translate(locale, 'error.startFailed'));
    app.exit(1);
  });
} else {
  app.quit();
}
