import { describe, expect, it, vi } from 'vitest';
import {
  type DiagnosticsInput,
  diagnosticsText,
  feedCheckFacts,
  updateCheckFacts,
} from '../../src/main/about.ts';
import { defaultStoreData, type StoreData } from '../../src/main/store/schema.ts';
import type { FeedRecord } from '../../src/shared/feed/state.ts';

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
  lastFeedCheck: {
    at: '2026-11-24T08:00:00.000Z',
    consent: true,
    result: 'up-to-date, sequence 7',
    organisationFeeds: 1,
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
        'Last feed check: 2026-11-24T08:00:00.000Z (up-to-date, sequence 7); organisation feeds: 1',
        'Last update check: 2026-11-24T09:00:00.000Z (up to date)',
      ].join('\n'),
    );
  });

  it('says when a check is off for want of consent, or never ran', () => {
    const text = diagnosticsText({
      ...input,
      lastFeedCheck: { at: null, consent: true, result: null, organisationFeeds: 0 },
      lastUpdateCheck: { at: null, consent: false, result: null },
    });
    expect(text).toContain('Last feed check: never');
    expect(text).toContain('Last update check: off (no consent)');
  });
});

describe('feedCheckFacts', () => {
  const record = (id: string, lastCheck: FeedRecord['lastCheck']): FeedRecord => ({
    id,
    url: `https://example.org/${id}.json`,
    publicKey: null,
    addedAt: '2026-11-01T00:00:00.000Z',
    sequence: lastCheck?.outcome === 'updated' ? 7 : null,
    issuedAt: null,
    checklists: [],
    withdrawn: [],
    lastCheck,
    lastSuccessAt: null,
  });
  const withFeeds = (consent: boolean, feeds: FeedRecord[]): StoreData => {
    const data = defaultStoreData();
    return {
      ...data,
      settings: { ...data.settings, checkNewDeadlines: consent },
      catalogFeeds: { ...data.catalogFeeds, feeds },
    };
  };

  it('reports the project feed’s last check with its outcome and sequence, and counts the others', () => {
    const facts = feedCheckFacts(
      withFeeds(true, [
        record('project', { at: '2026-11-24T08:00:00.000Z', outcome: 'updated', added: 1 }),
        record('organisation-1', { at: '2026-11-24T08:00:01.000Z', outcome: 'offline' }),
      ]),
    );
    expect(facts).toEqual({
      at: '2026-11-24T08:00:00.000Z',
      consent: true,
      result: 'updated, sequence 7',
      organisationFeeds: 1,
    });
    expect(diagnosticsText({ ...input, lastFeedCheck: facts })).toContain(
      'Last feed check: 2026-11-24T08:00:00.000Z (updated, sequence 7); organisation feeds: 1',
    );
  });

  it('says never before the first check, and off without consent', () => {
    expect(feedCheckFacts(withFeeds(true, []))).toMatchObject({ at: null, result: null });
    const off = feedCheckFacts(
      withFeeds(false, [record('project', { at: '2026-11-24T08:00:00.000Z', outcome: 'offline' })]),
    );
    expect(diagnosticsText({ ...input, lastFeedCheck: off })).toContain(
      'Last feed check: off (no consent)',
    );
  });
});

describe('updateCheckFacts', () => {
  const withUpdates = (consent: boolean, lastCheck: StoreData['updates']['lastCheck']) => {
    const data = defaultStoreData();
    return {
      ...data,
      settings: { ...data.settings, checkAppUpdates: consent },
      updates: { lastCheck, announcedVersion: null },
    };
  };

  it('names when the last update check ran, what it came to and the latest version', () => {
    const facts = updateCheckFacts(
      withUpdates(true, { at: '2026-11-24T09:00:00.000Z', outcome: 'available', version: '0.3.0' }),
    );
    expect(diagnosticsText({ ...input, lastUpdateCheck: facts })).toContain(
      'Last update check: 2026-11-24T09:00:00.000Z (available, latest 0.3.0)',
    );
    const failed = updateCheckFacts(
      withUpdates(true, { at: '2026-11-24T09:00:00.000Z', outcome: 'failed', error: 'ENOTFOUND' }),
    );
    expect(failed.result).toBe('failed, ENOTFOUND');
    expect(updateCheckFacts(withUpdates(true, null))).toEqual({
      at: null,
      consent: true,
      result: null,
    });
    expect(
      diagnosticsText({ ...input, lastUpdateCheck: updateCheckFacts(withUpdates(false, null)) }),
    ).toContain('Last update check: off (no consent)');
  });
});
