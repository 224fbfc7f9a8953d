import './zod-config.ts';
import * as nodeModule from 'node:module';
import { join } from 'node:path';
import { app, dialog, net, powerMonitor } from 'electron';
import { resolveLocale, translate } from '../shared/i18n/index.ts';
import type { NoticeKind, SnoozePreset } from '../shared/ipc.ts';
import { pushChannels } from '../shared/ipc-channels.ts';
import { summarizeTray } from '../shared/reminders/index.ts';
import { isPausedAt } from '../shared/settings/paused.ts';
import { APP_ID } from './app-id.ts';
import type { FeedService } from './feed/feed-service.ts';
import { openSettingsPage } from './links.ts';
import { setStartAtLogin } from './login-item.ts';
import { Notifier } from './notify/notifier.ts';
import { createReminderService, plannerInput } from './notify/reminder-service.ts';
import { Scheduler } from './notify/scheduler.ts';
import { resolveAppPaths } from './paths.ts';
import { setupSecurity } from './security.ts';
import { previewState, setupStore } from './setup-store.ts';
import { setupSingleInstance } from './single-instance.ts';
import * as actions from './state/actions.ts';
import type { AppState } from './state/app-state.ts';
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

const notificationNotices: NoticeKind[] = ['notification-failed', 'notifications-unsupported'];
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
      summary: summarizeTray({ ...plannerInput(state), locale }),
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
  else if (command === 'quit') app.quit();
}

/** Changes the OS login item first and saves the setting only if that worked. */
function toggleStartAtLogin(enabled: boolean): void {
  try {
    setStartAtLogin(enabled, loginItemEnvironment);
  } catch (error) {
    console.error('Start at login could not be changed', error);
    return;
  }
  if (!state.tryUpdate((data) => actions.updateSettings(data, { startAtLogin: enabled })))
    setStartAtLogin(!enabled, loginItemEnvironment);
}

/** Loads the window code and registers the IPC handlers, once, before the first window. */
function loadWindows(): Promise<WindowController> {
  windowsLoading ??= (async () => {
    const [{ createWindowController }, { setupIpc }, { createFileActions }] = await Promise.all([
      import('./window/main-window.ts'),
      import('./ipc/setup-ipc.ts'),
      import('./files/file-actions.ts'),
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
    setupIpc({
      state,
      notifier,
      files: createFileActions(state, () => controller.current()),
      isTrustedSender: (sender, frame) => controller.isTrustedSender(sender, frame),
      setStartAtLogin: (enabled) => setStartAtLogin(enabled, loginItemEnvironment),
      feeds: loadFeeds,
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
    (error: unknown) => console.error('The window could not be opened', error),
  );
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
    onFailed: (reason) =>
      state.addTransientNotice(
        reason === 'failed' ? 'notification-failed' : 'notifications-unsupported',
      ),
  });
  const deliverDue = createReminderService(state, notifier);
  scheduler = new Scheduler({
    now: () => state.now(),
    // The tray's words ("12 days left") and icon age with the clock: refresh on every wake-up.
    wake: () => {
      const next = deliverDue();
      renderTray();
      // The feed check rides on the same timer: no polling of its own.
      return earliest(next, feeds?.onWake() ?? null);
    },
  });
  // Timers stop during sleep; look again as soon as the machine is back.
  powerMonitor.on('resume', () => scheduler?.replan());
  powerMonitor.on('unlock-screen', () => scheduler?.replan());
}

function setupLifecycle(): void {
  // A tray app keeps running with no window; only "Quit" ends it.
  app.on('window-all-closed', () => {});
  app.on('before-quit', () => {
    scheduler?.stop();
    tray?.destroy();
  });
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
  // ...then electron-store, which only writing needs: with its JSON-schema validator it is
  // nearly half of main's code. Opening the store may move a damaged file aside (a notice).
  const { createElectronBackingStore } = await import('./store/electron-store.ts');
  state = setupStore(createElectronBackingStore);
  setupNotifications();
  state.on('changed', publishState);
  isStarted = true;
  publishState();
  if (state.data.ui.welcomeFinishedAt === null) openWindow();
  loadFeeds().catch((error: unknown) => console.error('The catalog feed could not load', error));
  // The tray stands: write the code compiled for this start to the compile
  // cache (see bootstrap.ts) now, as Node writes it only at a normal exit and
  // a tray app often ends with the session. Unchanged entries are not rewritten.
  setImmediate(() => nodeModule.flushCompileCache?.());
}

// Before the tray stands there is nothing to show yet; the starting app shows itself.
if (setupSingleInstance(() => tray && openWindow())) {
  setupLifecycle();
  started = app.whenReady().then(onReady);
  started.catch((error: unknown) => {
    // Without a tray or window the app would sit invisible holding the lock: say why and stop.
    console.error('Opt-out Reminder could not start', error);
    const locale = resolveLocale('auto', app.getPreferredSystemLanguages());
    dialog.showErrorBox(translate(locale, 'app.name'), translate(locale, 'error.startFailed'));
    app.exit(1);
  });
} else {
  app.quit();
}
