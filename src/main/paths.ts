import { join } from 'node:path';

/** Where the built preload, renderer and resources sit relative to out/main. */
export interface AppPaths {
  preload: string;
  rendererIndex: string;
  resources: string;
}

export function resolveAppPaths(mainDir: string = import.meta.dirname): AppPaths {
  return {
    preload: join(mainDir, '../preload/index.cjs'),
    rendererIndex: join(mainDir, '../renderer/index.html'),
    resources: join(mainDir, '../../resources'),
  };
}
