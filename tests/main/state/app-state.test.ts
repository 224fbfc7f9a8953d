import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../../../src/main/state/errors.ts';
import { StoreWriteError } from '../../../src/main/store/repository.ts';
import { createTestAppState } from '../../support/app-state.ts';

function counting() {
  const app = createTestAppState();
  let changes = 0;
  app.state.on('changed', () => changes++);
  return { ...app, changes: () => changes };
}

describe('AppState', () => {
  it('saves a change, then announces it once', () => {
    const { state, repository, changes } = counting();
    state.update((data) => ({ ...data, settings: { ...data.settings, country: 'NL' } }));
    expect(repository.read().settings.country).toBe('NL');
    expect(changes()).toBe(1);
  });

  it('announces run-only state too: a notice, and what was due at the welcome', () => {
    const { state, changes } = counting();
    state.addTransientNotice('store-read-only', '/tmp/config.json');
    state.addWelcomeDue(['a']);
    state.addWelcomeDue(['a']); // nothing new: no announcement
    state.dismissTransientNotice('store-read-only');
    state.dismissTransientNotice('store-read-only');
    expect(changes()).toBe(3);
    expect(state.snapshot().welcome).toEqual({ dueChecklistIds: ['a'] });
  });

  it('turns a failed write into a user-facing error and a notice, changing nothing', () => {
    const { state, repository, changes } = counting();
    repository.update = () => {
      throw new StoreWriteError('io', 'ENOSPC');
    };
    expect(() => state.update((data) => ({ ...data, notices: [] }))).toThrow(UserFacingError);
    expect(state.hasNotice('store-write-failed')).toBe(true);
    expect(changes()).toBe(1); // the notice
    expect(state.tryUpdate((data) => data)).toBe(false);
  });

  it('announces a batch of changes once, at its end, and says whether anything changed', () => {
    const { state, changes } = counting();
    expect(state.batch(() => {})).toBe(false);
    const isChanged = state.batch(() => {
      state.update((data) => ({ ...data, settings: { ...data.settings, country: 'NL' } }));
      state.addWelcomeDue(['a']);
      expect(changes()).toBe(0);
    });
    expect(isChanged).toBe(true);
    expect(changes()).toBe(1);
  });

  it('still announces what a failing batch changed before it failed', () => {
    const { state, changes } = counting();
    expect(() =>
      state.batch(() => {
        state.addWelcomeDue(['a']);
        throw new Error('bad zone');
      }),
    ).toThrow('bad zone');
    expect(changes()).toBe(1);
  });
});
