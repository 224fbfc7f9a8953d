import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  autostartPath,
  checkStartAtLogin,
  quoteExec,
  setStartAtLogin,
} from '../../src/main/login-item.ts';
import { app } from '../support/electron-stand-in/index.ts';
import { temporaryDir } from '../support/store.ts';

vi.mock('electron', () => import('../support/electron-stand-in/index.ts'));

describe('start at login', () => {
  it('on Linux writes and removes an XDG autostart entry', () => {
    const configHome = temporaryDir('optout-xdg-');
    const environment = {
      platform: 'linux' as const,
      env: { XDG_CONFIG_HOME: configHome },
      execPath: '/opt/Opt-out Reminder/optout-reminder',
    };
    const path = autostartPath(environment);
    expect(path).toBe(join(configHome, 'autostart', 'opt-out-reminder.desktop'));
    setStartAtLogin(true, environment);
    const entry = readFileSync(path, 'utf8');
    expect(entry).toContain('[Desktop Entry]');
    expect(entry).toContain('Exec="/opt/Opt-out Reminder/optout-reminder"');
    setStartAtLogin(false, environment);
    expect(existsSync(path)).toBe(false);
  });

  it('starts an AppImage through the AppImage file', () => {
    const configHome = temporaryDir('optout-xdg-');
    const environment = {
      platform: 'linux' as const,
      env: { XDG_CONFIG_HOME: configHome, APPIMAGE: '/home/me/Opt-out-Reminder.AppImage' },
      execPath: '/tmp/.mount_xyz/optout-reminder',
    };
    setStartAtLogin(true, environment);
    expect(readFileSync(autostartPath(environment), 'utf8')).toContain(
      'Exec="/home/me/Opt-out-Reminder.AppImage"',
    );
  });

  it.each(['darwin', 'win32'] as const)('on %s uses the login item settings', (platform) => {
    setStartAtLogin(true, { platform, env: {}, execPath: '/x' });
    expect(app.getLoginItemSettings().openAtLogin).toBe(true);
    setStartAtLogin(false, { platform, env: {}, execPath: '/x' });
    expect(app.getLoginItemSettings().openAtLogin).toBe(false);
  });
});

describe('quoteExec', () => {
  it.each([
    ['/opt/Opt-out Reminder/app', '"/opt/Opt-out Reminder/app"'],
    ['/home/me/50%/app', '"/home/me/50%%/app"'],
    ['/tmp/a"b', '"/tmp/a\\\\"b"'],
    ['/tmp/$HOME`x`', '"/tmp/\\\\$HOME\\\\`x\\\\`"'],
    ['C:\\apps', '"C:\\\\\\\\apps"'],
  ])('quotes %s for the Exec key', (path, expected) => {
    expect(quoteExec(path)).toBe(expected);
  });
});

describe('start at login compared with the OS', () => {
  const linux = (appImage: string) => ({
    platform: 'linux' as const,
    env: { XDG_CONFIG_HOME: temporaryDir('optout-xdg-'), APPIMAGE: appImage },
    execPath: '/tmp/.mount_abc/optout-reminder',
  });

  it('points the autostart entry at a new AppImage version, keeping the rest of the entry', () => {
    const old = linux('/home/me/Apps/Opt-out-Reminder-0.1.0.AppImage');
    setStartAtLogin(true, old);
    const path = autostartPath(old);
    writeFileSync(path, `${readFileSync(path, 'utf8')}X-GNOME-Autostart-Delay=10\n`);
    const updated = {
      ...old,
      env: { ...old.env, APPIMAGE: '/home/me/Apps/Opt-out-Reminder-0.2.0.AppImage' },
    };
    expect(checkStartAtLogin(true, updated)).toBe('in-step');
    const entry = readFileSync(path, 'utf8');
    expect(entry).toContain('Exec="/home/me/Apps/Opt-out-Reminder-0.2.0.AppImage"\n');
    expect(entry).not.toContain('0.1.0');
    expect(entry).toContain('X-GNOME-Autostart-Delay=10');
    expect(entry.match(/^Exec=/gm)).toHaveLength(1);
  });

  it('reports a missing entry when the setting is on, and an entry when it is off', () => {
    const environment = linux('/home/me/Opt-out-Reminder.AppImage');
    expect(checkStartAtLogin(false, environment)).toBe('in-step');
    expect(checkStartAtLogin(true, environment)).toBe('missing');
    setStartAtLogin(true, environment);
    expect(checkStartAtLogin(true, environment)).toBe('in-step');
    expect(checkStartAtLogin(false, environment)).toBe('unexpected');
    // Switched off in the desktop's startup settings: the file stays, marked disabled.
    const path = autostartPath(environment);
    writeFileSync(path, `${readFileSync(path, 'utf8')}Hidden=true\n`);
    expect(checkStartAtLogin(true, environment)).toBe('missing');
  });

  it('on macOS and Windows reads the login item', () => {
    const environment = { platform: 'darwin' as const, env: {}, execPath: '/Applications/x' };
    app.setLoginItemSettings({ openAtLogin: false });
    expect(checkStartAtLogin(true, environment)).toBe('missing');
    app.setLoginItemSettings({ openAtLogin: true });
    expect(checkStartAtLogin(true, environment)).toBe('in-step');
    expect(checkStartAtLogin(false, environment)).toBe('unexpected');
  });
});
