/**
 * Where updates come from and whether this copy can replace itself, read
 * from what electron-builder puts beside a packaged app: `app-update.yml`
 * (written from `publish` in electron-builder.yml — the one place to change
 * the update source) and `package-type` (written into deb, rpm and pacman
 * packages). electron-updater reads the same two files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PublishConfig {
  provider: string;
  owner?: string;
  repo?: string;
  url?: string;
}

/** Reads the flat `key: value` lines electron-builder writes to app-update.yml. */
export function parsePublishConfig(text: string): PublishConfig | null {
  const entries = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const match = /^([A-Za-z]+):\s*(.*?)\s*$/.exec(line);
    if (match?.[1] && match[2] !== undefined)
      entries.set(match[1], match[2].replace(/^(['"])(.*)\1$/, '$2'));
  }
  const provider = entries.get('provider');
  if (!provider) return null;
  const config: PublishConfig = { provider };
  for (const key of ['owner', 'repo', 'url'] as const) {
    const value = entries.get(key);
    if (value) config[key] = value;
  }
  return config;
}

/** The app-update.yml of a packaged app; null when there is none (a development run). */
export function readPublishConfig(resourcesPath: string | undefined): PublishConfig | null {
  if (!resourcesPath) return null;
  try {
    return parsePublishConfig(readFileSync(join(resourcesPath, 'app-update.yml'), 'utf8'));
  } catch {
    return null;
  }
}

/**
 * The page a person downloads `version` (or the latest) from: its GitHub
 * release, or the generic server's folder. Only https pages.
 */
export function releasePageUrl(
  config: PublishConfig | null,
  version: string | null,
): string | null {
  if (config?.provider === 'github' && config.owner && config.repo) {
    const base = `https://github.com/${encodeURIComponent(config.owner)}/${encodeURIComponent(config.repo)}/releases`;
    return version ? `${base}/tag/v${encodeURIComponent(version)}` : `${base}/latest`;
  }
  if (config?.provider === 'generic' && config.url?.startsWith('https://')) return config.url;
  return null;
}

/** How this copy was installed, as far as updating goes. */
export type InstallKind = 'nsis' | 'mac' | 'appimage' | 'package-manager' | 'unpackaged';

export interface InstallEnvironment {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  resourcesPath: string | undefined;
  isPackaged: boolean;
}

/**
 * NSIS (Windows), the macOS app (from the zip) and an AppImage replace
 * themselves; a deb (or rpm, pacman) belongs to the system's package
 * manager, and a development run or an unpacked folder has nothing to replace.
 */
export function installKind({
  platform,
  env,
  resourcesPath,
  isPackaged,
}: InstallEnvironment): InstallKind {
  if (!isPackaged) return 'unpackaged';
  if (platform === 'win32') return 'nsis';
  if (platform === 'darwin') return 'mac';
  if (resourcesPath && existsSync(join(resourcesPath, 'package-type'))) return 'package-manager';
  if (env.APPIMAGE) return 'appimage';
  return 'unpackaged';
}

/** Whether an install of this kind can download and install an update itself. */
export function canSelfUpdate(kind: InstallKind): boolean {
  return kind === 'nsis' || kind === 'mac' || kind === 'appimage';
}

/** True when `candidate` is a newer `major.minor.patch` than `current` (pre-release tags ignored). */
export function isNewerVersion(candidate: string, current: string): boolean {
  const parts = (version: string) =>
    version
      .replace(/^v/, '')
      .split(/[-+]/)[0]
      ?.split('.')
      .map((part) => Number.parseInt(part, 10) || 0) ?? [];
  const a = parts(candidate);
  const b = parts(current);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference > 0;
  }
  return false;
}
