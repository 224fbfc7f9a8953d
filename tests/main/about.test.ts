import { describe, expect, it, vi } from 'vitest';
import { type DiagnosticsInput, diagnosticsText } from '../../src/main/about.ts';

vi.mock('electron', () => import('../support/electron-stand-in/index.ts'));

const input: DiagnosticsInput = {
  version: '0.3.0',
  electron: '45.4.1',
  chromium: '142.0.7444.59',
  os: { platform: 'darwin', release: '25.1.0', arch: 'arm64' },
  isPackaged: true,
  locale: 'nl',
  systemLanguages: ['nl-NL', 'en-US'],
  zone: 'Europe/Amsterdam',
  notifications: { isSupported: true, isEnabled: true, problem: 'notification-failed' },
  reminders: {
    isPaused: false,
    snoozedAllUntil: '2026-11-25T08:00:00.000Z',
    next: { at: '2026-11-26T08:00:00.000Z', kind: 'lead' },
    open: 4,
    done: 2,
  },
  lastUpdateCheck: { at: '2026-11-24T09:00:00.000Z', consent: true, result: 'up to date' },
};

describe('diagnosticsText', () => {
  it('names version, system, language, zone, notifications, reminders and checks, one a line', () => {
    expect(diagnosticsText(input)).toBe(
      [
        'Opt-out Reminder 0.3.0',
        'Electron 45.4.1, Chromium 142.0.7444.59',
        'OS: darwin 25.1.0 arm64',
        'Locale: nl (system: nl-NL, en-US)',
        'Time zone: Europe/Amsterdam',
        'Notifications: supported, on, last problem: notification-failed',
        'Reminders: active, all snoozed until 2026-11-25T08:00:00.000Z; checklists open 4, done 2',
        'Next planned reminder: 2026-11-26T08:00:00.000Z (lead)',
        'Last feed check: not available in this version',
        'Last update check: 2026-11-24T09:00:00.000Z (up to date)',
      ].join('\n'),
    );
  });

  it('says when a check is off for want of consent, or never ran', () => {
    const text = diagnosticsText({
      ...input,
      lastFeedCheck: { at: null, consent: true },
      lastUpdateCheck: { at: null, consent: false, result: null },
    });
    expect(text).toContain('Last feed check: never');
    expect(text).toContain('Last update check: off (no consent)');
  });
});
