import { app } from 'electron';
import { addNotice } from './state/actions.ts';
import { AppState } from './state/app-state.ts';
import { createElectronBackingStore } from './store/electron-store.ts';
import { openStore } from './store/repository.ts';

/**
 * Opens the saved state and turns whatever went wrong with the file into a
 * notice the window and tray show: a quarantined file (kept, with its new
 * path) or read-only mode.
 */
export function setupStore(): AppState {
  const repository = openStore({
    cwd: app.getPath('userData'),
    now: () => Date.now(),
    createBackingStore: createElectronBackingStore,
  });
  const state = new AppState(repository, {
    now: () => Date.now(),
    zone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    systemLanguages: () => app.getPreferredSystemLanguages(),
    osPlatform: 'web',
  });
  const { problem } = repository;
  if (problem?.kind === 'quarantined') {
    const isSaved = state.tryUpdate((data) =>
      addNotice(data, 'store-quarantined', state.now(), problem.movedTo),
    );
    // The user must hear of it even if the fresh file cannot be written either.
    if (!isSaved) state.addTransientNotice('store-quarantined', problem.movedTo);
  } else if (problem?.kind === 'read-only')
    state.addTransientNotice(
      problem.reason === 'newer-version' ? 'store-newer-version' : 'store-read-only',
      repository.path,
    );
  return state;
}
