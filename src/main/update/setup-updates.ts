/**
 * The update check wired to Electron: loaded with import() after the tray
 * stands (src/main/index.ts), so neither this nor electron-updater is on
 * the start path; electron-updater itself loads on the first check, which
 * needs the user's consent.
 */
import { app } from 'electron';
import type { Notifier } from '../notify/notifier.ts';
import type { AppState } from '../state/app-state.ts';
import { installKind, readPublishConfig, releasePageUrl } from './release.ts';
import { UpdateService } from './update-service.ts';

export interface UpdateSetup {
  state: AppState;
  notifier: Notifier;
  /** Opens Settings › About, where the update is shown with its buttons. */
  openAbout(): void;
}

export function setupUpdates({ state, notifier, openAbout }: UpdateSetup): UpdateService {
  // process.resourcesPath exists in a packaged app; a development run has no app-update.yml.
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  const publish = readPublishConfig(resourcesPath);
  const service = new UpdateService({
    state,
    currentVersion: app.getVersion(),
    installKind: installKind({
      platform: process.platform,
      env: process.env,
      resourcesPath,
      isPackaged: app.isPackaged,
    }),
    releasePage: (version) => releasePageUrl(publish, version),
    loadUpdater: async () => (await import('./electron-updater.ts')).loadElectronUpdater(),
    announce: (version, canInstall) => notifier.announceUpdate(version, canInstall, openAbout),
  });
  state.setUpdateStatus(() => service.status());
  return service;
}
