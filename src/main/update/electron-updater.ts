/**
 * electron-updater, loaded on the first check (never at start-up) and set
 * up the way this app uses it: notify only (nothing is downloaded until the
 * user asks), no log of its own (it would log addresses; the service logs
 * versions), and nothing about the user in its requests.
 *
 * electron-updater reads where updates come from from `app-update.yml`
 * beside the packaged app, which electron-builder writes from `publish` in
 * electron-builder.yml. Its requests go through Electron's `net` module in
 * its own session ("electron-updater"): the system proxy and certificates.
 */
import type { AppUpdater } from 'electron-updater';
import type { Updater } from './update-service.ts';

/**
 * electron-updater makes up a random id per install (kept in
 * userData/.updaterId) and sends it as `x-user-staging-id` with every
 * request, for staged rollouts. This project publishes no staged rollouts:
 * every copy sends the same zeros, so the header identifies nobody.
 */
export const NO_STAGING_ID = '00000000-0000-0000-0000-000000000000';

/** Sets up electron-updater's updater as this app uses it; see the module comment. */
export function configureUpdater(updater: AppUpdater): Updater {
  updater.autoDownload = false;
  // Downloaded on the user's word, then installed when they restart — or at the next quit.
  updater.autoInstallOnAppQuit = true;
  updater.logger = null;
  updater.requestHeaders = { 'x-user-staging-id': NO_STAGING_ID };
  // Without this the id file is still made up and written (only never sent).
  // https://github.com/electron-userland/electron-builder/blob/master/packages/electron-updater/src/AppUpdater.ts
  Object.assign(updater, { stagingUserIdPromise: { value: Promise.resolve(NO_STAGING_ID) } });
  return {
    async checkForUpdates() {
      const result = await updater.checkForUpdates();
      if (!result) return null;
      return { isUpdateAvailable: result.isUpdateAvailable, version: result.updateInfo.version };
    },
    async downloadUpdate(onProgress) {
      const listener = (progress: { percent: number }) => onProgress(progress.percent);
      updater.on('download-progress', listener);
      try {
        await updater.downloadUpdate();
      } finally {
        updater.off('download-progress', listener);
      }
    },
    abandonCheck() {
      // electron-updater hands every later caller the check still under way
      // (its `checkForUpdatesPromise`), so one that never ends would answer no
      // check again. Forgetting it makes the next call ask the server anew.
      // https://github.com/electron-userland/electron-builder/blob/master/packages/electron-updater/src/AppUpdater.ts
      Object.assign(updater, { checkForUpdatesPromise: null });
    },
    quitAndInstall() {
      updater.quitAndInstall();
    },
    onError(listener) {
      updater.on('error', (error) => listener(error));
    },
  };
}

/** Imports electron-updater (a CommonJS package, bundled into its own chunk) and sets it up. */
export async function loadElectronUpdater(): Promise<Updater> {
  const loaded: { autoUpdater?: AppUpdater; default?: { autoUpdater: AppUpdater } } = await import(
    'electron-updater'
  );
  const autoUpdater = loaded.autoUpdater ?? loaded.default?.autoUpdater;
  if (!autoUpdater) throw new Error('electron-updater has no autoUpdater');
  return configureUpdater(autoUpdater);
}
