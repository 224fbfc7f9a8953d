import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import type { BackingStoreFactory, OpenStoreOptions } from '../../src/main/store/repository.ts';
import { openStore } from '../../src/main/store/repository.ts';
import { storeFileOptions } from '../../src/main/store/store-text.ts';

/** The same backing store electron-store builds on, without Electron. */
export const createConfBackingStore: BackingStoreFactory = ({ cwd, name, defaults }) =>
  new Conf<Record<string, unknown>>({
    cwd,
    configName: name,
    defaults,
    ...storeFileOptions,
  });

export function temporaryDir(prefix = 'optout-store-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function openTestStore(cwd: string, overrides: Partial<OpenStoreOptions> = {}) {
  return openStore({
    cwd,
    now: () => Date.UTC(2026, 10, 23, 12, 0, 0),
    createBackingStore: createConfBackingStore,
    ...overrides,
  });
}

/**
 * The conf backing store with writes that can be made to fail, like a file
 * that can be read but not replaced (read-only on Windows, `chattr +i`);
 * counts the write attempts.
 */
export function failingWrites() {
  let isFailing = false;
  let attempts = 0;
  const createBackingStore: BackingStoreFactory = (options) => {
    const inner = createConfBackingStore(options);
    return {
      path: inner.path,
      get store() {
        return inner.store;
      },
      set store(value) {
        attempts++;
        if (isFailing)
          throw Object.assign(new Error('EPERM: operation not permitted'), { code: 'EPERM' });
        inner.store = value;
      },
    };
  };
  return {
    createBackingStore,
    setFailing(next: boolean) {
      isFailing = next;
    },
    attempts: () => attempts,
  };
}
