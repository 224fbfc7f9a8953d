import * as nodeModule from 'node:module';
import { join } from 'node:path';
import { app, dialog, net, powerMonitor } from 'electron';
import { resolveLocale, translate } from '../shared/i18n/index.ts';
import type { NoticeKind, SnoozePreset } from '../shared/ipc.ts';
import { pushChannels } from '../shared/ipc-channels.ts';
import { summarizeTray } from '../shared/reminders/index.ts';
import { isPausedAt } from '../shared/settings/paused.ts';
import { APP_ID } from './app-id.ts';
import { type LaunchRequest, parseCommandLine } from './command-line.ts';
import { setupCrashHandling } from './crash-handling.ts';
import type { FeedService } from './feed/feed-service.ts';
import type { createFileActions } from './files/file-actions.ts';
import { setupFirstLaunch } from './first-launch.ts';
import { openSettingsPage } from './links.ts';
import { log, setupLog } from './log.ts';
import { setStartAtLogin } from './login-item.ts';
import { setupLoginItemCheck } from './login-item-check.ts';
import { Notifier } from './notify/notifier.ts';
import { createReminderService, trayInput } from './notify/reminder-service.ts';
import { Scheduler } from './notify/scheduler.ts';
import { resolveAppPaths } from './paths.ts';
import { setupSecurity } from './security.ts';
import { previewState, setupStore } from './setup-store.ts';
import { setupSingleInstance } from './single-instance.ts';
import * as actions from './state/actions.ts';
import type { AppState } from './state/app-state.ts';
import { setupFirstSeen } from './state/first-seen.ts';
import { snoozeUntil } from './state/snooze.ts';
import { TrayService } from './tray/tray-service.ts';
import { buildTrayView } from './tray/tray-view.ts';
import type { WindowController } from './window/main-window.ts';

const paths = resolveAppPaths();
const loginItemEnvironment = {
  platform: process.platform,
  env: process.env,
  execPath: process.execPath,
};
// Module-level so the tray is never garbage-collected (which would remove the icon).
let tray: TrayService | null = null;
let state: AppState;
let scheduler: Scheduler | undefined;
let notifier: Notifier;
/** Settles once the store is open and everything is wired up (see onReady). */
let started: Promise<void> = Promise.resolve();
let isStarted = false;
// The window and what only a window needs (IPC handlers, file dialogs) load on first use.
let windows: WindowController | null = null;
let windowsLoading: Promise<WindowController> | null = null;
// The catalog feed code loads after the tray stands (it makes no request before consent).
let feeds: FeedService | null = null;
let feedsLoading: Promise<FeedService> | null = null;
let files: ReturnType<typeof createFileActions> | null = null;
let isReady = false;
// Launch requests that arrive before the tray stands (macOS open-file at start-up).
const earlyLaunches: Array<{ request: LaunchRequest; launch: 'first' | 'second' }> = [];

const notificationNotices: NoticeKind[] = [
  'notification-failed',
  'notification-failed-macos',
  'notifications-unsupported',
];
const storeNotices: NoticeKind[] = [
  'store-quarantined',
  'store-read-only',
  'store-newer-version',
  'store-write-failed',
];

function renderTray(): void {
  const locale = state.locale();
  const { settings } = state.data;
  const now = state.now();
  const attention = notificationNotices.some((kind) => state.hasNotice(kind))
    ? 'notifications'
    : storeNotices.some((kind) => state.hasNotice(kind))
      ? 'store'
      : null;
  tray?.render(
    buildTrayView({
      summary: summarizeTray(trayInput(state)),
      locale,
      platform: process.platform,
      iconsDir: join(paths.resources, 'icons'),
      isPaused: isPausedAt(settings, now),
      isSnoozed: settings.snoozeAllUntil !== null && Date.parse(settings.snoozeAllUntil) > now,
      startAtLogin: settings.startAtLogin,
      attention,
    }),
  );
}

function onTrayMenu(id: string): void {
  // For its first moments the tray shows a read-only preview: a click waits for the store.
  if (!isStarted) {
    started.then(
      () => onTrayMenu(id),
      () => {},
    );
    return;
  }
  const [command, argument] = id.split(/:(.*)/s);
  const { settings } = state.data;
  if (command === 'open') openWindow();
  else if (command === 'checklist' && argument) openWindow(argument);
  else if (command === 'snooze-all')
    state.tryUpdate((data) =>
      actions.snoozeAll(data, snoozeUntil(argument as SnoozePreset, state.now(), state.zone())),
    );
  else if (command === 'pause')
    state.tryUpdate((data) =>
      actions.updateSettings(data, { paused: !isPausedAt(settings, state.now()) }),
    );
  else if (command === 'start-at-login') toggleStartAtLogin(!settings.startAtLogin);
  else if (command === 'about') openAbout();
  else if (command === 'quit') app.quit();
}

/** Changes the OS login item first and saves the setting only if that worked. */
function toggleStartAtLogin(enabled: boolean): void {
  try {
    setStartAtLogin(enabled, loginItemEnvironment);
  } catch (error) {
    log.error('start at login could not be changed', error);
    return;
  }
  if (!state.tryUpdate((data) => actions.updateSettings(data, { startAtLogin: enabled })))
    setStartAtLogin(!enabled, loginItemEnvironment);
}

/** Loads the window code and registers the IPC handlers, once, before the first window. */
function loadWindows(): Promise<WindowController> {
  windowsLoading ??= (async () => {
    const [
      { createWindowController },
      { setupIpc },
      { createFileActions },
      { createAboutActions },
    ] = await Promise.all([
      import('./window/main-window.ts'),
      import('./ipc/setup-ipc.ts'),
      import('./files/file-actions.ts'),
      import('./about.ts'),
    ]);
    const controller = createWindowController({
      paths,
      title: () => translate(state.locale(), 'window.title'),
      savedBounds: () => state.data.ui.windowBounds,
      onBoundsSaved: (bounds) =>
        state.tryUpdate((data) => ({ ...data, ui: { ...data.ui, windowBounds: bounds } })),
      // Closing the first-launch window counts as having seen the welcome.
      onClosed: () => {
        if (state.data.ui.welcomeFinishedAt === null)
          state.tryUpdate((data) => actions.finishWelcome(data, state.now()));
      },
    });
    files = createFileActions(state, () => controller.current());
    setupIpc({
      state,
      notifier,
      files,
      isTrustedSender: (sender, frame) => controller.isTrustedSender(sender, frame),
      setStartAtLogin: (enabled) => setStartAtLogin(enabled, loginItemEnvironment),
      feeds: loadFeeds,
      about: createAboutActions({
        state,
        lastUpdateCheck: () => ({ at: null, consent: false, result: null }),
      }),
    });
    windows = controller;
    return controller;
  })();
  return windowsLoading;
}

/**
 * The catalog feed code is loaded on first need, after the tray exists: it is
 * not needed to start, and it makes no request before the user agreed.
 */
function loadFeeds(): Promise<FeedService> {
  feedsLoading ??= (async () => {
    const [{ FeedService }, { readCatalogFeedConfig }] = await Promise.all([
      import('./feed/feed-service.ts'),
      import('./feed/feed-config.ts'),
    ]);
    const service = new FeedService({
      state,
      config: readCatalogFeedConfig(app.getAppPath()),
      // Chromium's network stack: the system proxy and certificate store.
      fetch: (url, init) => net.fetch(url, init),
    });
    feeds = service;
    state.setFeedInfo(() => ({ projectUrl: service.projectUrl, isChecking: service.isChecking }));
    return service;
  })();
  return feedsLoading;
}

function earliest(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  return b === null ? a : Math.min(a, b);
}

/** Shows the window (and with an id, that checklist), loading its code on first use. */
function openWindow(checklistId?: string): void {
  started.then(loadWindows).then(
    (controller) => controller.open(checklistId),
    (error: unknown) => log.error('the window could not be opened', error),
  );
}

/** Shows the window at Settings › About. */
function openAbout(): void {
  started.then(loadWindows).then(
    (controller) => controller.openAbout(),
    (error: unknown) => log.error('the window could not be opened', error),
  );
}

/**
 * What a launch asked for (`--open`, `--open=<id>`, pack files). A plain
 * first launch stays quietly in the tray and loads nothing more; anything
 * else loads the launch handling on demand.
 */
function onLaunch(request: LaunchRequest, launch: 'first' | 'second'): void {
  const asksForMore = request.open || request.packFiles.length > 0;
  if (!isReady) {
    // A plain second launch while starting: the starting app shows itself.
    if (asksForMore) earlyLaunches.push({ request, launch });
    return;
  }
  if (launch === 'first' && !asksForMore) return;
  import('./launch.ts')
    .then(({ createLaunchHandler }) =>
      createLaunchHandler({
        state,
        windows: loadWindows,
        importPack: async (given) => {
          await loadWindows();
          if (!files) throw new Error('file actions are not loaded');
          return files.importPack(given);
        },
      })(request, launch),
    )
    .catch((error: unknown) => log.error('a launch request failed', error));
}

function publishState(): void {
  windows?.current()?.webContents.send(pushChannels.stateChanged, state.snapshot());
  renderTray();
  scheduler?.replan();
}

function setupPlatform(): void {
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  // A tray (menu bar) app: no Dock icon on macOS.
  app.dock?.hide();
}

function setupNotifications(): void {
  notifier = new Notifier({
    locale: () => state.locale(),
    zone: () => state.zone(),
    now: () => state.now(),
    supportsActions: process.platform === 'darwin' || process.platform === 'win32',
    onOpen: (checklistId) => openWindow(checklistId),
    onOpenSettingsPage: (checklistId) => void openSettingsPage(state.data, checklistId),
    onRemindTomorrow: (checklistId) =>
      state.tryUpdate((data) =>
        actions.progressActions.snooze(
          data,
          checklistId,
          snoozeUntil('tomorrow-9', state.now(), state.zone()),
        ),
      ),
    onFailed: (reason) => {
      log.warn('notification not shown', { reason });
      // macOS refuses notifications from unsigned builds and from apps the user did not allow.
      state.addTransientNotice(
        reason === 'unsupported'
          ? 'notifications-unsupported'
          : process.platform === 'darwin'
            ? 'notification-failed-macos'
            : 'notification-failed',
      );
    },
  });
  const deliverDue = createReminderService(state, notifier);
  scheduler = new Scheduler({
    now: () => state.now(),
    // The tray's words ("12 days left") and icon age with the clock: refresh on every wake-up.
    wake: () => {
      const next = deliverDue();
      log.info('wake-up', { nextPlanned: next === null ? null : new Date(next).toISOString() });
      renderTray();
      // The feed check rides on the same timer: no polling of its own.
      return earliest(next, feeds?.onWake() ?? null);
    },
  });
  // Timers stop during sleep; look again as soon as the machine is back.
  powerMonitor.on('resume', () => {
    log.info('resume');
    scheduler?.replan();
  });
  powerMonitor.on('unlock-screen', () => scheduler?.replan());
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
    scheduler?.stop();
    tray?.destroy();
  });
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

async function onReady(): Promise<void> {
  setupPlatform();
  setupSecurity();
  // The tray first, drawn from the saved file as it is (read, validated, not written)...
  state = previewState();
  tray = new TrayService(onTrayMenu);
  renderTray();
  // Where the OS reports clicks on the icon (Windows, macOS), a click opens the window.
  tray.onClick(() => openWindow());
  startLog();
  // ...then electron-store, which only writing needs: with its JSON-schema validator it is
  // nearly half of main's code. Opening the store may move a damaged file aside (a notice).
  const { createElectronBackingStore } = await import('./store/electron-store.ts');
  state = setupStore(createElectronBackingStore);
  setupFirstLaunch(
    state,
    {
      isPackaged: app.isPackaged,
      countryCode: app.getLocaleCountryCode(),
      locales: [app.getSystemLocale(), ...app.getPreferredSystemLanguages()],
    },
    (enabled) => setStartAtLogin(enabled, loginItemEnvironment),
  );
  setupFirstSeen(state);
  setupLoginItemCheck(state, loginItemEnvironment);
  setupNotifications();
  state.on('changed', publishState);
  isStarted = true;
  publishState();
  if (state.data.ui.welcomeFinishedAt === null) openWindow();
  loadFeeds().catch((error: unknown) => console.error('The catalog feed could not load', error));
  isReady = true;
  onLaunch(parseCommandLine(process.argv), 'first');
  for (const early of earlyLaunches.splice(0)) onLaunch(early.request, early.launch);
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
