import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import type { BackingStoreFactory, OpenStoreOptions } from '../../src/main/store/repository.ts';
import { openStore } from '../../src/main/store/repository.ts';

/** The same backing store electron-store builds on, without Electron. */
export const createConfBackingStore: BackingStoreFactory = ({ cwd, name, defaults }) =>
  new Conf<Record<string, unknown>>({
    cwd,
    configName: name,
    defaults,
    clearInvalidConfig: false,
    accessPropertiesByDotNotation: false,
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
