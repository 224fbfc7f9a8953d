import ElectronStore from 'electron-store';
import type { BackingStoreFactory } from './repository.ts';
import { storeFileOptions } from './store-text.ts';

/**
 * electron-store over the app's userData folder. `clearInvalidConfig` stays
 * off: the repository inspects the file first and quarantines a bad one,
 * so nothing is ever silently reset.
 */
export const createElectronBackingStore: BackingStoreFactory = ({ cwd, name, defaults }) =>
  new ElectronStore<Record<string, unknown>>({
    cwd,
    name,
    defaults,
    ...storeFileOptions,
    watch: false,
  });
