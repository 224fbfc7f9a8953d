/** Read-only mode says what is true and lets the user through (issue 10, items 8 and 11). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as actions from '../../../src/main/state/actions.ts';
import { AppState } from '../../../src/main/state/app-state.ts';
import { defaultStoreData } from '../../../src/main/store/schema.ts';
import { openTestStore, temporaryDir } from '../../support/store.ts';

const NOW = Date.UTC(2026, 10, 24, 10);

function stateOver(dir: string, options: { isWritable: boolean }): AppState {
  const repository = openTestStore(dir, {
    now: () => NOW,
    ...(options.isWritable
      ? {}
      : {
          createBackingStore: () => {
            throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
          },
        }),
  });
  return new AppState(repository, {
    now: () => NOW,
    zone: () => 'Europe/Amsterdam',
    systemLanguages: () => ['nl-NL'],
  });
}

describe('an unwritable data folder without a data file', () => {
  it('refuses a change saying the folder cannot be written, not that the data is from a newer version', () => {
    const state = stateOver(temporaryDir(), { isWritable: false });
    expect(() => state.update((data) => actions.updateSettings(data, { country: 'NL' }))).toThrow(
      expect.objectContaining({ code: 'read-only', messageKey: 'error.readOnlyFolder' }),
    );
  });

  it('lets the user through the welcome, for this run', () => {
    const state = stateOver(temporaryDir(), { isWritable: false });
    expect(state.snapshot().welcome).not.toBeNull();
    const snapshot = state.finishWelcome((data) => actions.finishWelcome(data, NOW));
    expect(snapshot.welcome).toBeNull();
    expect(state.snapshot().welcome).toBeNull();
    expect(state.data.ui.welcomeFinishedAt).toBeNull();
  });
});

describe('a data file from a newer version', () => {
  it('still says so when a change is refused', () => {
    const dir = temporaryDir();
    writeFileSync(
      join(dir, 'config.json'),
      JSON.stringify({ ...defaultStoreData(), schemaVersion: 7 }),
    );
    const state = stateOver(dir, { isWritable: true });
    expect(() => state.update((data) => actions.updateSettings(data, { country: 'NL' }))).toThrow(
      expect.objectContaining({ code: 'read-only', messageKey: 'error.readOnly' }),
    );
  });
});

describe('a writable store', () => {
  it('saves the end of the welcome', () => {
    const state = stateOver(temporaryDir(), { isWritable: true });
    state.finishWelcome((data) => actions.finishWelcome(data, NOW));
    expect(state.data.ui.welcomeFinishedAt).toBe(new Date(NOW).toISOString());
  });
});
