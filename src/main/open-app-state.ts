import { app } from 'electron';
import { log } from './log.ts';
import { addNotice } from './state/actions.ts';
import { AppState, type AppStateEnvironment } from './state/app-state.ts';
import {
  type BackingStoreFactory,
  openStore,
  previewStore,
  type StoreRepository,
} from './store/repository.ts';

const environment: AppStateEnvironment = {
  now: () => Date.now(),
  zone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
  systemLanguages: () => app.getPreferredSystemLanguages(),
  osPlatform: 'web',
};

function stateOver(repository: StoreRepository): AppState {
  return new AppState(repository, environment);
}

/** The saved state as it is on disk, read-only: enough to draw the tray (see previewStore). */
export function previewState(): AppState {
  return stateOver(previewStore({ cwd: app.getPath('userData'), now: () => Date.now() }));
}

/**
 * Opens the saved state and turns whatever went wrong with the file into a
 * notice the window and tray show: a quarantined file (kept, with its new
 * path) or read-only mode.
 */
export function setupStore(createBackingStore: BackingStoreFactory): AppState {
  const repository = openStore({
    cwd: app.getPath('userData'),
    now: () => Date.now(),
    createBackingStore,
  });
  const state = stateOver(repository);
  const { problem } = repository;
  if (problem) log.warn('store problem', { kind: problem.kind });
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
