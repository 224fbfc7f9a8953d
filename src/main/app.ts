/**
 * Everything after the tray: the store (electron-store, zod and the
 * schemas), notifications, the scheduler, the window, the feed and launch
 * requests. index.ts draws the tray first, from the saved file as it is, and
 * loads this module with import() once the tray stands.
 */
// First: zod reads its configuration when a schema is built (see zod-config.ts).
import './zod-config.ts';
import { join } from 'node:path';
import { app, net, powerMonitor } from 'electron';
import { translate } from '../shared/i18n/index.ts';
import { pushChannels } from '../shared/ipc-channels.ts';
import { minuteWordsWakeAt } from '../shared/reminders/tray.ts';
import type { LaunchRequest } from './command-line.ts';
import type { FeedService } from './feed/feed-service.ts';
import type { createFileActions } from './files/file-actions.ts';
import { setupFirstLaunch } from './first-launch.ts';
import { openSettingsPage } from './links.ts';
import { log } from './log.ts';
import { setStartAtLogin } from './login-item.ts';
import { setupLoginItemCheck } from './login-item-check.ts';
import { Notifier } from './notify/notifier.ts';
import { createReminderDelivery } from './notify/reminder-service.ts';
import { Scheduler } from './notify/scheduler.ts';
import { openAppState } from './open-app-state.ts';
import type { AppPaths } from './paths.ts';
import * as actions from './state/actions.ts';
import type { AppState } from './state/app-state.ts';
import { activeChecklists } from './state/catalog.ts';
import { setupFirstSeen } from './state/first-seen.ts';
import { snoozeEach } from './state/snooze.ts';
import { setupSnoozeRecap } from './state/snooze-recap.ts';
import { createTrayCommands } from './tray/tray-commands.ts';
import type { TrayService } from './tray/tray-service.ts';
import { type TrayCommand, type TrayStateInput, trayViewOf } from './tray/tray-view.ts';
import type { UpdateService } from './update/update-service.ts';
import type { WindowController } from './window/main-window.ts';

const loginItemEnvironment = {
  platform: process.platform,
  env: process.env,
  execPath: process.execPath,
};
const setLoginItem = (enabled: boolean) => setStartAtLogin(enabled, loginItemEnvironment);
let tray: TrayService<TrayCommand> | null = null;
let paths: AppPaths;

type LaunchHandler = (request: LaunchRequest, launch: 'first' | 'second') => void;

type FileActions = ReturnType<typeof createFileActions>;

/** The one window, created on demand; its code (and IPC, file dialogs, About) loads on first use. */
interface Windows {
  open(checklistId?: string): void;
  /** Shows the window at Settings › About. */
  openAbout(): void;
  current(): ReturnType<WindowController['current']>;
  load(): Promise<{ controller: WindowController; files: FileActions }>;
}

/** The catalog feed, loaded after the tray stands: not needed to start, and no request before consent. */
interface Feeds {
  load(): Promise<FeedService>;
  /** The service once loaded; the scheduler asks it when to check next. */
  current(): FeedService | null;
}

/** The update check, loaded after the tray stands; electron-updater itself only for a check. */
interface Updates {
  load(): Promise<UpdateService>;
  /** The service once loaded: the scheduler asks it when to check next, the tray what to show. */
  current(): UpdateService | null;
}

function setupFeeds(state: AppState): Feeds {
  let service: FeedService | null = null;
  let loading: Promise<FeedService> | null = null;
  const load = () => {
    loading ??= (async () => {
      const [{ FeedService }, { readCatalogFeedConfig }] = await Promise.all([
        import('./feed/feed-service.ts'),
        import('./feed/feed-config.ts'),
      ]);
      const created = new FeedService({
        state,
        config: readCatalogFeedConfig(app.getAppPath()),
        // Chromium's network stack: the system proxy and certificate store.
        fetch: (url, init) => net.fetch(url, init),
      });
      service = created;
      state.setFeedInfo(() => ({ projectUrl: created.projectUrl, isChecking: created.isChecking }));
      return created;
    })();
    return loading;
  };
  return { load, current: () => service };
}

function earliest(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  return b === null ? a : Math.min(a, b);
}

function setupUpdateCheck(state: AppState, notifier: Notifier, openAbout: () => void): Updates {
  let service: UpdateService | null = null;
  let loading: Promise<UpdateService> | null = null;
  const load = () => {
    loading ??= import('./update/setup-updates.ts').then(({ setupUpdates }) => {
      service = setupUpdates({ state, notifier, openAbout });
      return service;
    });
    return loading;
  };
  return { load, current: () => service };
}

function setupWindows(
  state: AppState,
  notifier: Notifier,
  feeds: Feeds,
  updates: Updates,
): Windows {
  let loaded: { controller: WindowController; files: FileActions } | null = null;
  let loading: Promise<{ controller: WindowController; files: FileActions }> | null = null;
  const load = () => {
    loading ??= (async () => {
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
        // Closing the first-launch window counts as having seen the welcome;
        // a window closed because its renderer kept crashing does not: the
        // user may never have seen it, so the welcome comes back next time.
        onClosed: ({ isAfterCrash }) => {
          if (isAfterCrash || state.data.ui.welcomeFinishedAt !== null) return;
          try {
            state.finishWelcome((data) => actions.finishWelcome(data, state.now()));
          } catch (error) {
            log.error('the welcome could not be saved as seen', error);
          }
        },
      });
      const files = createFileActions(state, () => controller.current());
      setupIpc({
        state,
        notifier,
        files,
        isTrustedSender: (sender, frame) => controller.isTrustedSender(sender, frame),
        setStartAtLogin: setLoginItem,
        feeds: feeds.load,
        updates: updates.load,
        about: createAboutActions({ state }),
      });
      loaded = { controller, files };
      return loaded;
    })();
    return loading;
  };
  const show = (action: (controller: WindowController) => void) =>
    void load().then(
      ({ controller }) => action(controller),
      (error: unknown) => log.error('the window could not be opened', error),
    );
  return {
    open: (checklistId) => show((controller) => controller.open(checklistId)),
    openAbout: () => show((controller) => controller.openAbout()),
    current: () => loaded?.controller.current() ?? null,
    load,
  };
}

/**
 * What a launch asked for (`--open`, `--open=<id>`, pack files). A plain
 * first launch stays quietly in the tray and loads nothing more; anything
 * else loads the launch handling on demand.
 */
function setupLaunches(state: AppState, appWindow: Windows): LaunchHandler {
  return (request, launch) => {
    if (launch === 'first' && !request.open && request.packFiles.length === 0) return;
    import('./launch.ts')
      .then(({ createLaunchHandler }) =>
        createLaunchHandler({
          state,
          windows: async () => (await appWindow.load()).controller,
          importPack: async (given) => (await appWindow.load()).files.importPack(given),
        })(request, launch),
      )
      .catch((error: unknown) => log.error('a launch request failed', error));
  };
}

function setupNotifier(state: AppState, openWindow: (checklistId: string) => void): Notifier {
  return new Notifier({
    locale: () => state.locale(),
    zone: () => state.zone(),
    now: () => state.now(),
    supportsActions: process.platform === 'darwin' || process.platform === 'win32',
    onOpen: openWindow,
    onOpenSettingsPage: (checklistId) => void openSettingsPage(state.data, checklistId),
    // One saved change for everything the notification covered (a digest counts several).
    onRemindTomorrow: (checklistIds) =>
      state.tryUpdate((data) =>
        snoozeEach(data, checklistIds, 'tomorrow-9', { now: state.now(), zone: state.zone() }),
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
}

/** What the tray reads of state, without building a whole snapshot. */
function trayState(state: AppState): TrayStateInput {
  return {
    settings: state.data.settings,
    notices: state.notices,
    now: state.now(),
    locale: state.locale(),
    update: state.updateStatus(),
  };
}

/** Draws the tray from the snapshot of the change (or from state, on a wake-up). */
function renderTray(state: AppState, snapshot: TrayStateInput = trayState(state)): void {
  tray?.render(
    trayViewOf(state.data, snapshot, {
      platform: process.platform,
      iconsDir: join(paths.resources, 'icons'),
    }),
  );
}

function setupScheduler(
  state: AppState,
  notifier: Notifier,
  feeds: Feeds,
  updates: Updates,
): Scheduler {
  const reminders = createReminderDelivery(state, notifier);
  // The timer wakes every few minutes (the cap); the log names a wake-up only
  // when it delivered something or its plan changed, so days of idle steps
  // do not push the useful lines out of the rotating log.
  let loggedNext: number | null | undefined;
  const created = new Scheduler({
    now: () => state.now(),
    nextWakeAt: () => {
      // The feed and update checks ride on the same timer: no polling of their
      // own. One already running is not waited for again.
      const feed = feeds.current();
      const check = feed?.isChecking ? null : (feed?.nextCheckAt() ?? null);
      const update = updates.current();
      const updateCheck = update?.isChecking ? null : (update?.nextCheckAt() ?? null);
      return earliest(
        earliest(earliest(reminders.nextWakeAt(), check), updateCheck),
        wordsWakeAt(state),
      );
    },
    wake: ({ atLaunch }) => {
      let next: number | null = null;
      // What the wake-up saves (the fired log) is published once, when it is done.
      const isChanged = state.batch(() => {
        next = reminders.deliverDue({ atLaunch });
        if (atLaunch || next !== loggedNext)
          log.info('wake-up', { nextPlanned: next === null ? null : new Date(next).toISOString() });
        loggedNext = next;
      });
      // The words ("12 days left", "Deadline in 2 hours") and the tray icon
      // age with the clock: a wake-up that saved nothing still refreshes the
      // tray and an open window (one snapshot, as for any change).
      if (!isChanged) state.markChanged();
      return earliest(
        earliest(
          earliest(next, feeds.current()?.onWake() ?? null),
          updates.current()?.onWake() ?? null,
        ),
        wordsWakeAt(state),
      );
    },
  });
  // Timers stop during sleep; look again as soon as the machine is back.
  powerMonitor.on('resume', () => {
    log.info('resume');
    created.wakeNow();
  });
  powerMonitor.on('unlock-screen', () => created.wakeNow());
  return created;
}

/** In the last hour before a deadline the tray and the window count minutes: a wake-up each minute. */
function wordsWakeAt(state: AppState): number | null {
  const { data } = state;
  return minuteWordsWakeAt({
    checklists: activeChecklists(data),
    progress: data.progress,
    settings: data.settings,
    now: state.now(),
  });
}

/** Every change: one snapshot to the window and the tray, and the timer re-aimed. */
function publishChanges(state: AppState, appWindow: Windows, reminders: Scheduler): void {
  state.on('changed', () => {
    const window = appWindow.current();
    // The snapshot is built only when a window shows it; the tray alone reads a few fields.
    if (window) {
      const snapshot = state.snapshot();
      window.webContents.send(pushChannels.stateChanged, snapshot);
      renderTray(state, snapshot);
    } else renderTray(state);
    reminders.reschedule();
  });
}

/** What index.ts (the tray) hands on to the running app. */
export interface StartedApp {
  runCommand(command: TrayCommand): void;
  openWindow(checklistId?: string): void;
  onLaunch: LaunchHandler;
  stop(): void;
}

/**
 * Opens the store (moving a damaged file aside, with a notice) and wires up
 * the app around the tray that already stands.
 */
export async function startApp(
  trayService: TrayService<TrayCommand>,
  appPaths: AppPaths,
): Promise<StartedApp> {
  tray = trayService;
  paths = appPaths;
  // electron-store, which only writing needs: with its JSON-schema validator it is
  // nearly half of main's code.
  const { createElectronBackingStore } = await import('./store/electron-store.ts');
  const state = openAppState(createElectronBackingStore);
  setupFirstLaunch(
    state,
    {
      isPackaged: app.isPackaged,
      countryCode: app.getLocaleCountryCode(),
      locales: [app.getSystemLocale(), ...app.getPreferredSystemLanguages()],
    },
    setLoginItem,
  );
  setupFirstSeen(state);
  setupSnoozeRecap(state);
  setupLoginItemCheck(state, loginItemEnvironment);
  let windows: Windows | null = null;
  const notifier = setupNotifier(state, (checklistId) => windows?.open(checklistId));
  const feeds = setupFeeds(state);
  const updates = setupUpdateCheck(state, notifier, () => windows?.openAbout());
  windows = setupWindows(state, notifier, feeds, updates);
  const appWindow = windows;
  const runCommand = createTrayCommands({
    state,
    openWindow: (checklistId) => appWindow.open(checklistId),
    openAbout: () => appWindow.openAbout(),
    updates: () => updates.current(),
    setLoginItem,
    quit: () => app.quit(),
    log: (message, error) => log.error(message, error),
  });
  const scheduler = setupScheduler(state, notifier, feeds, updates);
  publishChanges(state, appWindow, scheduler);
  // The first wake-up draws the tray from the open store and delivers (or,
  // on the first launch, shows in the welcome) what is already due.
  scheduler.wakeNow({ atLaunch: true });
  if (state.data.ui.welcomeFinishedAt === null) appWindow.open();
  feeds.load().catch((error: unknown) => console.error('The catalog feed could not load', error));
  updates.load().catch((error: unknown) => log.error('the update check could not load', error));
  return {
    runCommand,
    openWindow: (checklistId) => appWindow.open(checklistId),
    onLaunch: setupLaunches(state, appWindow),
    stop: () => scheduler.stop(),
  };
}
