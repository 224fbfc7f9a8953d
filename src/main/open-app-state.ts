import { app } from 'electron';
import { log } from './log.ts';
import { addNotice } from './state/actions.ts';
import { AppState, type AppStateEnvironment } from './state/app-state.ts';
import { storeProblemNotice } from './state/store-notice.ts';
import { type BackingStoreFactory, openStore } from './store/repository.ts';
import { systemZone } from './system-zone.ts';

const environment: AppStateEnvironment = {
  now: () => Date.now(),
  zone: () => systemZone().zone,
  systemLanguages: () => app.getPreferredSystemLanguages(),
};

/** Opens the saved state and tells the user whatever went wrong with the file. */
export function openAppState(createBackingStore: BackingStoreFactory): AppState {
  const repository = openStore({
    cwd: app.getPath('userData'),
    now: () => Date.now(),
    createBackingStore,
  });
  // The zone is looked up when first needed (not on the way to the tray); an unknown one is said once.
  let isZoneNoticed = false;
  const state: AppState = new AppState(repository, {
    ...environment,
    zone: () => {
      const { zone, isFallback } = systemZone();
      if (isFallback && !isZoneNoticed) {
        isZoneNoticed = true;
        queueMicrotask(() => state.addTransientNotice('zone-unknown'));
      }
      return zone;
    },
  });
  if (repository.problem) log.warn('store problem', { kind: repository.problem.kind });
  const notice = storeProblemNotice(repository);
  if (notice) {
    const { kind, detail, isSaved } = notice;
    // The user must hear of it even if the fresh file cannot be written either.
    if (!isSaved || !state.tryUpdate((data) => addNotice(data, kind, state.now(), detail)))
      state.addTransientNotice(kind, detail);
  }
  return state;
}
