import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { app } from 'electron';

export interface LoginItemEnvironment {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  execPath: string;
}

const desktopFileName = 'opt-out-reminder.desktop';

/** `$XDG_CONFIG_HOME/autostart/opt-out-reminder.desktop` (freedesktop autostart spec). */
export function autostartPath(environment: LoginItemEnvironment): string {
  const configHome = environment.env.XDG_CONFIG_HOME || join(homedir(), '.config');
  return join(configHome, 'autostart', desktopFileName);
}

/**
 * Quotes a path for a desktop entry's Exec key (freedesktop spec): inside
 * double quotes `"`, `` ` ``, `$` and `\` get a backslash; then the string
 * rule doubles every backslash; `%` is doubled so it is no field code.
 */
export function quoteExec(path: string): string {
  const quoted = path.replace(/["`$\\]/g, '\\$&').replaceAll('\\', '\\\\');
  return `"${quoted.replaceAll('%', '%%')}"`;
}

/** The Exec line that starts this copy of the app. */
function execLine(environment: LoginItemEnvironment): string {
  // An AppImage must be started through the AppImage file, not the mounted binary.
  return `Exec=${quoteExec(environment.env.APPIMAGE || environment.execPath)}`;
}

function desktopEntry(environment: LoginItemEnvironment): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Opt-out Reminder',
    'Comment=Reminds you of privacy opt-out deadlines',
    execLine(environment),
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/**
 * Starts the app at login, or stops doing so. `setLoginItemSettings` works
 * on macOS and Windows only; on Linux we write an XDG autostart entry.
 */
export function setStartAtLogin(enabled: boolean, environment: LoginItemEnvironment): void {
  if (environment.platform === 'linux') {
    const path = autostartPath(environment);
    if (enabled) {
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, desktopEntry(environment));
    } else rmSync(path, { force: true });
    return;
  }
  app.setLoginItemSettings({ openAtLogin: enabled });
}

/** Reads an autostart entry, or null when there is none (or it cannot be read). */
function readEntry(path: string): string | null {
  if (!existsSync(path)) return null;
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/**
 * Whether the OS will start the app at login: the login item on macOS and
 * Windows; on Linux an autostart entry that is not switched off
 * (`Hidden=true` or `X-GNOME-Autostart-enabled=false`, as desktop settings write).
 */
export function isStartAtLoginEnabled(environment: LoginItemEnvironment): boolean {
  if (environment.platform !== 'linux') return app.getLoginItemSettings().openAtLogin;
  const entry = readEntry(autostartPath(environment));
  if (entry === null) return false;
  return !/^(Hidden=true|X-GNOME-Autostart-enabled=false)\s*$/m.test(entry);
}

/**
 * Linux: points an existing autostart entry at this copy of the app when
 * it names another one — a new AppImage version has a new file name, and
 * the old entry would start nothing at the next login. Only the Exec line
 * changes. Returns true when the entry was rewritten.
 */
export function refreshAutostartEntry(environment: LoginItemEnvironment): boolean {
  if (environment.platform !== 'linux') return false;
  const path = autostartPath(environment);
  const entry = readEntry(path);
  const wanted = execLine(environment);
  if (entry === null || !/^Exec=/m.test(entry)) return false;
  const current = /^Exec=.*$/m.exec(entry)?.[0];
  if (current === wanted) return false;
  writeFileSync(
    path,
    entry.replace(/^Exec=.*$/m, () => wanted),
  );
  return true;
}

/** How the setting and the OS compare: in step, or which way they differ. */
export type LoginItemDrift = 'in-step' | 'missing' | 'unexpected';

/**
 * Compares the "Start at login" setting with what the OS will do, after
 * bringing a Linux entry up to date with this copy of the app. `missing`:
 * the setting is on but the OS will not start the app (turned off in the
 * system settings, or the entry deleted); `unexpected`: the other way round.
 */
export function checkStartAtLogin(
  isSettingOn: boolean,
  environment: LoginItemEnvironment,
): LoginItemDrift {
  if (isSettingOn) {
    try {
      refreshAutostartEntry(environment);
    } catch {
      // An entry we cannot rewrite is reported by the comparison below if it no longer works.
    }
  }
  const isOsOn = isStartAtLoginEnabled(environment);
  if (isOsOn === isSettingOn) return 'in-step';
  return isSettingOn ? 'missing' : 'unexpected';
}
