import { join } from 'node:path';
import { app, powerMonitor } from 'electron';
import { translate } from '../shared/i18n/index.ts';
import { type NoticeKind, pushChannels, type SnoozePreset } from '../shared/ipc.ts';
import { summarizeTray } from '../shared/reminders/index.ts';
import { APP_ID } from './app-id.ts';
import { createFileActions } from './files/file-actions.ts';
import { setupIpc } from './ipc/setup-ipc.ts';
import { openExternalSafely } from './links.ts';
import { setStartAtLogin } from './login-item.ts';
import { Notifier } from './notify/notifier.ts';
import { createReminderService, plannerInput } from './notify/reminder-service.ts';
import { Scheduler } from './notify/scheduler.ts';
import { resolveAppPaths } from './paths.ts';
import { setupSecurity } from './security.ts';
import { setupStore } from './setup-store.ts';
import { setupSingleInstance } from './single-instance.ts';
import * as actions from './state/actions.ts';
import type { AppState } from './state/app-state.ts';
import { findChecklist } from './state/catalog.ts';
import { snoozeUntil } from './state/snooze.ts';
import { TrayService } from './tray/tray-service.ts';
import { buildTrayView } from './tray/tray-view.ts';
import { createWindowController, type WindowController } from './window/main-window.ts';

const paths = resolveAppPaths();
const loginItemEnvironment = {
  platform: process.platform,
  env: process.env,
  execPath: process.execPath,
};
// Module-level so the tray is never garbage-collected (which would remove the icon).
let tray: TrayService | null = null;
let state: AppState;
let windows: WindowController;
let scheduler: Scheduler;

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
      isPaused: settings.paused !== false,
      isSnoozed: settings.snoozeAllUntil !== null && Date.parse(settings.snoozeAllUntil) > now,
      startAtLogin: settings.startAtLogin,
      attention,
    }),
  );
}

function onTrayMenu(id: string): void {
  const [command, argument] = id.split(/:(.*)/s);
  const { settings } = state.data;
  if (command === 'open') windows.open();
  else if (command === 'checklist' && argument) windows.open(argument);
  else if (command === 'snooze-all')
    state.tryUpdate((data) =>
      actions.snoozeAll(data, snoozeUntil(argument as SnoozePreset, state.now(), state.zone())),
    );
  else if (command === 'pause')
    state.tryUpdate((data) => actions.updateSettings(data, { paused: settings.paused === false }));
  else if (command === 'start-at-login') {
    const enabled = !settings.startAtLogin;
    if (state.tryUpdate((data) => actions.updateSettings(data, { startAtLogin: enabled })))
      setStartAtLogin(enabled, loginItemEnvironment);
  } else if (command === 'quit') app.quit();
}

function publishState(): void {
  windows.current()?.webContents.send(pushChannels.stateChanged, state.snapshot());
  renderTray();
  scheduler.replan();
}

function setupPlatform(): void {
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  // A tray (menu bar) app: no Dock icon on macOS.
  app.dock?.hide();
}

function setupNotifications(): Notifier {
  const notifier = new Notifier({
    locale: () => state.locale(),
    zone: () => state.zone(),
    now: () => state.now(),
    supportsActions: process.platform === 'darwin' || process.platform === 'win32',
    onOpen: (checklistId) => windows.open(checklistId),
    onOpenSettingsPage: (checklistId) => {
      const url = findChecklist(state.data, checklistId)?.checklist.settingsUrl;
      if (url) void openExternalSafely(url);
    },
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
  scheduler = new Scheduler({
    now: () => state.now(),
    wake: createReminderService(state, notifier),
  });
  // Timers stop during sleep; look again as soon as the machine is back.
  powerMonitor.on('resume', () => scheduler.replan());
  powerMonitor.on('unlock-screen', () => scheduler.replan());
  return notifier;
}

function setupLifecycle(): void {
  // A tray app keeps running with no window; only "Quit" ends it.
  app.on('window-all-closed', () => {});
  app.on('before-quit', () => {
    scheduler?.stop();
    tray?.destroy();
  });
}

function onReady(): void {
  setupPlatform();
  setupSecurity();
  state = setupStore();
  windows = createWindowController({
    paths,
    title: () => translate(state.locale(), 'window.title'),
    savedBounds: () => state.data.ui.windowBounds,
    onBoundsSaved: (bounds) =>
      state.tryUpdate((data) => ({ ...data, ui: { ...data.ui, windowBounds: bounds } })),
  });
  const notifier = setupNotifications();
  setupIpc({
    state,
    notifier,
    files: createFileActions(state, () => windows.current()),
    isTrustedSender: (sender, frame) => windows.isTrustedSender(sender, frame),
    setStartAtLogin: (enabled) => setStartAtLogin(enabled, loginItemEnvironment),
  });
  tray = new TrayService(onTrayMenu);
  state.on('changed', publishState);
  publishState();
  // Where the OS reports clicks on the icon (Windows, macOS), a click opens the window.
  tray.onClick(() => windows.open());
  if (state.data.ui.welcomeFinishedAt === null) windows.open();
}

if (setupSingleInstance(() => windows?.open())) {
  setupLifecycle();
  void app.whenReady().then(onReady);
} else {
  app.quit();
}
