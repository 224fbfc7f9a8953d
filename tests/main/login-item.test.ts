import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { autostartPath, quoteExec, setStartAtLogin } from '../../src/main/login-item.ts';
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
