import { describe, expect, it, vi } from 'vitest';
import { setupSecurity } from '../../src/main/security.ts';
import { BrowserWindow, session } from '../support/electron-stand-in/index.ts';

vi.mock('electron', () => import('../support/electron-stand-in/index.ts'));

describe('setupSecurity', () => {
  setupSecurity();

  it('blocks navigation and new windows in every web contents', () => {
    const window = new BrowserWindow();
    expect(window.webContents.simulateNavigation('https://evil.example/')).toBe(true);
    expect(window.webContents.simulateWindowOpen('https://evil.example/')).toBe('deny');
  });

  it('denies every permission request and check', async () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      await expect(session.defaultSession.requestPermission(permission)).resolves.toBe(false);
      expect(session.defaultSession.checkPermission(permission)).toBe(false);
    }
  });
});
