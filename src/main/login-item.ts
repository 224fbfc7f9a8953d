import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
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

function desktopEntry(environment: LoginItemEnvironment): string {
  // An AppImage must be started through the AppImage file, not the mounted binary.
  const executable = environment.env.APPIMAGE || environment.execPath;
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Opt-out Reminder',
    'Comment=Reminds you of privacy opt-out deadlines',
    `Exec=${quoteExec(executable)}`,
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
