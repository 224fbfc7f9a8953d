import { AppState } from '../../src/main/state/app-state.ts';
import type { BackingStoreFactory } from '../../src/main/store/repository.ts';
import { openTestStore, temporaryDir } from './store.ts';

/** An AppState over a real (conf) store in a temporary folder, with a settable clock. */
export function createTestAppState(
  options: {
    now?: number;
    languages?: string[];
    dir?: string;
    createBackingStore?: BackingStoreFactory;
  } = {},
) {
  const dir = options.dir ?? temporaryDir();
  let now = options.now ?? Date.UTC(2026, 10, 23, 12, 0, 0);
  const repository = openTestStore(dir, {
    now: () => now,
    ...(options.createBackingStore ? { createBackingStore: options.createBackingStore } : {}),
  });
  const state = new AppState(repository, {
    now: () => now,
    zone: () => 'Europe/Amsterdam',
    systemLanguages: () => options.languages ?? ['en-US'],
  });
  return {
    state,
    repository,
    dir,
    setNow(next: number) {
      now = next;
    },
  };
}
