import type { StateSnapshot } from '../../src/shared/ipc.ts';
import { DEFAULT_SETTINGS } from '../../src/shared/settings/schema.ts';

/** A minimal valid snapshot for tests that only pass one through. */
export function fakeSnapshot(overrides: Partial<StateSnapshot> = {}): StateSnapshot {
  return {
    locale: 'en',
    zone: 'Europe/Amsterdam',
    now: Date.UTC(2026, 10, 23, 12),
    settings: DEFAULT_SETTINGS,
    platform: { os: 'web', preferred: null },
    checklists: [],
    notices: [],
    welcome: null,
    isReadOnly: false,
    dataFile: '/tmp/config.json',
    ...overrides,
  };
}
