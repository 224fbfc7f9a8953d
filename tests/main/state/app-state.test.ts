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

  it('builds a change’s snapshot once: the push and the reply are the same, a new change or minute a new one', () => {
    const { state, setNow } = createTestAppState();
    const pushed: unknown[] = [];
    state.on('changed', () => pushed.push(state.snapshot()));
    const reply = state.update((data) => ({
      ...data,
      settings: { ...data.settings, country: 'NL' },
    }));
    expect(pushed).toEqual([reply]);
    expect(pushed[0]).toBe(reply);
    expect(state.snapshot()).toBe(reply);
    setNow(reply.now + 60_000);
    const later = state.snapshot();
    expect(later).not.toBe(reply);
    expect(later).toMatchObject({ sequence: reply.sequence, now: reply.now + 60_000 });
    state.addWelcomeDue(['a']);
    expect(state.snapshot().sequence).toBe(reply.sequence + 1);
  });

  it('counts run-only state kept elsewhere as a change when told (a feed or update check)', () => {
    const { state, changes } = counting();
    const before = state.snapshot();
    state.markChanged();
    expect(changes()).toBe(1);
    expect(state.snapshot()).not.toBe(before);
    expect(state.snapshot().sequence).toBe(before.sequence + 1);
    expect(state.batch(() => state.markChanged())).toBe(true);
    expect(changes()).toBe(2);
  });
});
