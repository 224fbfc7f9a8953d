import { describe, expect, it, vi } from 'vitest';
import { countryFromSystem, setupFirstLaunch } from '../../src/main/first-launch.ts';
import { createTestAppState } from '../support/app-state.ts';

vi.mock('electron', () => import('../support/electron-stand-in/index.ts'));

describe('the region default', () => {
  it.each([
    ['NL', ['en-US'], 'NL'],
    ['gb', [], 'GB'],
    ['', ['nl-NL', 'en-US'], 'NL'],
    ['', ['en_GB'], 'GB'],
    ['', ['C', 'nl', 'en-GB'], 'GB'],
    ['', ['nl'], null],
    ['UK', [], null],
    ['', [], null],
  ] as const)('country code %j with locales %j gives %j', (code, locales, expected) => {
    expect(countryFromSystem(code, locales)).toBe(expected);
  });

  it('a fresh install takes the country from the OS and, installed, starts at login', () => {
    const { state } = createTestAppState();
    const applied: boolean[] = [];
    setupFirstLaunch(state, { isPackaged: true, countryCode: 'NL', locales: ['en-US'] }, (on) =>
      applied.push(on),
    );
    expect(state.data.settings).toMatchObject({ country: 'NL', startAtLogin: true });
    expect(applied).toEqual([true]);
  });

  it('leaves start at login off when run from source, and leaves an existing install alone', () => {
    const fresh = createTestAppState();
    setupFirstLaunch(
      fresh.state,
      { isPackaged: false, countryCode: '', locales: ['en-GB'] },
      () => {
        throw new Error('not expected');
      },
    );
    expect(fresh.state.data.settings).toMatchObject({ country: 'GB', startAtLogin: false });

    const existing = createTestAppState();
    existing.state.update((data) => ({
      ...data,
      ui: { ...data.ui, welcomeFinishedAt: '2026-01-01T00:00:00.000Z' },
    }));
    setupFirstLaunch(existing.state, { isPackaged: true, countryCode: 'NL', locales: [] }, () => {
      throw new Error('not expected');
    });
    expect(existing.state.data.settings).toMatchObject({ country: null, startAtLogin: false });
  });
});
