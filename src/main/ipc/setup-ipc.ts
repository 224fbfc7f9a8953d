import { ipcMain } from 'electron';
import type { AboutActions } from '../about.ts';
import type { FeedService } from '../feed/feed-service.ts';
import type { createFileActions } from '../files/file-actions.ts';
import { checklistLinks, openExternalSafely, openSettingsPage, openSource } from '../links.ts';
import { log } from '../log.ts';
import type { Notifier } from '../notify/notifier.ts';
import * as actions from '../state/actions.ts';
import type { AppState } from '../state/app-state.ts';
import { findChecklist } from '../state/catalog.ts';
import { UserFacingError } from '../state/errors.ts';
import { cappedSnoozeEnd } from '../state/snooze.ts';
import { applyStartAtLogin } from '../state/start-at-login.ts';
import type { UpdateService } from '../update/update-service.ts';
import { createHandle } from './handle.ts';

export interface IpcDependencies {
  state: AppState;
  files: ReturnType<typeof createFileActions>;
  notifier: Notifier;
  isTrustedSender: Parameters<typeof createHandle>[0]['isTrustedSender'];
  setStartAtLogin(enabled: boolean): void;
  /** The catalog feed service, loaded on first use (absent: the feed channels answer not-found). */
  feeds?: () => Promise<FeedService>;
  /** The update check, loaded on first use (absent: its channels answer not-found). */
  updates?: () => Promise<UpdateService>;
  /** Settings › About; tests that do not need it may leave it out (its channels then fail). */
  about?: AboutActions;
}

/** Registers a handler for every channel of the contract. */
export function setupIpc({
  state,
  files,
  notifier,
  isTrustedSender,
  setStartAtLogin,
  feeds,
  updates,
  about,
}: IpcDependencies): void {
  const handle = createHandle({
    ipcMain,
    isTrustedSender,
    locale: () => state.locale(),
    log: (message, error) => log.error(message, error),
  });
  const now = () => state.now();

  handle('getState', () => state.snapshot());
  handle('toggleStep', (args) => state.update((data) => actions.setStepDone(data, args, now())));
  handle('markDoneElsewhere', (id) =>
    state.update((data) => actions.progressActions.markDoneElsewhere(data, id, now())),
  );
  handle('dismiss', (id) =>
    state.update((data) => actions.progressActions.dismiss(data, id, now())),
  );
  handle('reopen', (id) => state.update((data) => actions.progressActions.reopen(data, id)));
  handle('confirmStillDone', (id) =>
    state.update((data) => actions.progressActions.confirmStillDone(data, id, now())),
  );
  handle('follow', (id) => state.update((data) => actions.progressActions.follow(data, id, now())));
  handle('snooze', (id, preset) =>
    state.update((data) =>
      actions.progressActions.snooze(
        data,
        id,
        cappedSnoozeEnd(data, preset, { now: now(), zone: state.zone() }, id),
      ),
    ),
  );
  handle('snoozeAll', (preset) =>
    state.update((data) =>
      actions.snoozeAll(data, cappedSnoozeEnd(data, preset, { now: now(), zone: state.zone() })),
    ),
  );
  handle('setPreferredPlatform', (platform) =>
    state.update((data) => actions.setPreferredPlatform(data, platform)),
  );
  handle('finishWelcome', () => state.finishWelcome((data) => actions.finishWelcome(data, now())));
  handle('dismissNotice', (kind) => {
    if (state.data.notices.some((notice) => notice.kind === kind))
      return state.update((data) => actions.dismissNotice(data, kind));
    state.dismissTransientNotice(kind);
    return state.snapshot();
  });
  handle('updateSettings', (change) =>
    applyStartAtLogin(change.startAtLogin, state.data.settings.startAtLogin, setStartAtLogin, () =>
      state.update((data) => actions.updateSettings(data, change)),
    ),
  );
  // Resolves a "Start at login" notice: OS and setting differ, so the OS is set either way.
  handle('applyStartAtLogin', (enabled) =>
    applyStartAtLogin(enabled, null, setStartAtLogin, () =>
      state.update((data) => actions.updateSettings(data, { startAtLogin: enabled })),
    ),
  );
  handle('openSettingsPage', async (id) => {
    const outcome = await openSettingsPage(state.data, id);
    if (outcome === 'no-page') throw new UserFacingError('not-found', 'error.noSettingsPage');
    if (outcome === 'unsafe') throw new UserFacingError('unsafe-link', 'error.unsafeLink');
    return null;
  });
  handle('openLink', async ({ checklistId, url }) => {
    const checklist = findChecklist(state.data, checklistId)?.checklist;
    if (!checklist) throw new UserFacingError('not-found', 'error.checklistNotFound');
    if (!checklistLinks(checklist).has(url) || !(await openExternalSafely(url)))
      throw new UserFacingError('unsafe-link', 'error.unsafeLink');
    return null;
  });
  handle('openSource', async ({ checklistId, sourceId }) => {
    const outcome = await openSource(state.data, checklistId, sourceId);
    if (outcome === 'no-page') throw new UserFacingError('not-found', 'error.noSourcePage');
    if (outcome === 'unsafe') throw new UserFacingError('unsafe-link', 'error.unsafeLink');
    return null;
  });
  handle('sendTestNotification', async () => ({ delivered: await notifier.test() }));
  handle('saveCustomChecklist', (checklist) =>
    state.update((data) => actions.saveCustomChecklist(data, checklist, now())),
  );
  handle('deleteCustomChecklist', (id) =>
    state.update((data) => actions.deleteCustomChecklist(data, id)),
  );
  handle('removePack', (packId) => state.update((data) => actions.removePack(data, packId)));
  handle('importPack', () => files.importPack());
  handle('exportData', () => files.exportData());
  handle('importData', () => files.importData());
  handle('exportCalendar', () => files.exportCalendar());
  const loadFeeds = async (): Promise<FeedService> => {
    if (!feeds) throw new UserFacingError('not-found', 'error.feedNotFound');
    return feeds();
  };
  handle('checkFeedsNow', async () => {
    await (await loadFeeds()).checkNow();
    return state.snapshot();
  });
  handle('subscribeFeed', async (input) => {
    const service = await loadFeeds();
    service.subscribe(input);
    // The new feed is due at once; the scheduler's wake-up starts its check (with consent).
    return state.snapshot();
  });
  handle('unsubscribeFeed', async (id) => {
    (await loadFeeds()).unsubscribe(id);
    return state.snapshot();
  });
  const aboutActions = () => {
    if (!about) throw new Error('About is not set up');
    return about;
  };
  handle('getAbout', () => aboutActions().info());
  handle('openFolder', (kind) => aboutActions().openFolder(kind));
  handle('copyDiagnostics', () => aboutActions().copyDiagnostics());
  const loadUpdates = async (): Promise<UpdateService> => {
    if (!updates) throw new UserFacingError('not-found', 'error.noUpdate');
    return updates();
  };
  handle('checkForUpdates', async () => {
    await (await loadUpdates()).checkNow();
    return null;
  });
  handle('downloadUpdate', async () => {
    await (await loadUpdates()).download();
    return null;
  });
  handle('installUpdate', async () => {
    await (await loadUpdates()).install();
    return null;
  });
  handle('openReleasePage', async () => {
    const page = (await loadUpdates()).status().releasePage;
    if (!page) throw new UserFacingError('not-found', 'error.noReleasePage');
    if (!(await openExternalSafely(page)))
      throw new UserFacingError('unsafe-link', 'error.unsafeLink');
    return null;
  });
}
