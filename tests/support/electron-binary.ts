import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const electronPackage = resolve(import.meta.dirname, '../../node_modules/electron');

/**
 * The real Electron runtime, if this machine has one: ELECTRON_OVERRIDE_DIST_PATH
 * or a completed download. Never triggers a download (requiring `electron` would).
 */
export function findElectronBinary(): { path: string } | { path: null; reason: string } {
  const pathFile = join(electronPackage, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override ? join(override, relative) : join(electronPackage, 'dist', relative);
  if (existsSync(candidate)) return { path: candidate };
  return {
    path: null,
    reason: override
      ? `ELECTRON_OVERRIDE_DIST_PATH is set but ${candidate} does not exist`
      : 'no Electron runtime is installed (its download is not possible on this machine); set ELECTRON_OVERRIDE_DIST_PATH to run this variant',
  };
}
