import { describe, expect, it, vi } from 'vitest';
import { createOptoutApi } from '../../src/preload/api.ts';
import { invokeChannels } from '../../src/shared/ipc.ts';

function fakeIpc() {
  const listeners = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>();
  return {
    invoke: vi.fn(async (_channel: string, ..._args: unknown[]) => ({ ok: true, value: null })),
    on(channel: string, listener: (event: unknown, ...args: unknown[]) => void) {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)?.add(listener);
    },
    removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void) {
      listeners.get(channel)?.delete(listener);
    },
    emit(channel: string, ...args: unknown[]) {
      for (const listener of listeners.get(channel) ?? []) listener({}, ...args);
    },
  };
}

describe('createOptoutApi', () => {
  it('exposes exactly one method per contract channel plus the push subscriptions', () => {
    const api = createOptoutApi(fakeIpc());
    expect(Object.keys(api).sort()).toEqual(
      [...Object.keys(invokeChannels), 'onShowAbout', 'onShowChecklist', 'onStateChanged'].sort(),
    );
  });

  it('invokes the contract channel with the arguments', async () => {
    const ipc = fakeIpc();
    const step = {
      checklistId: 'linkedin-ai',
      platform: 'ios',
      stepId: 'open-settings',
      done: true,
    };
    await createOptoutApi(ipc).toggleStep({ ...step, platform: 'ios' });
    await createOptoutApi(ipc).snooze('linkedin-ai', 'tomorrow-9');
    expect(ipc.invoke.mock.calls).toEqual([
      ['progress:toggle-step', step],
      ['progress:snooze', 'linkedin-ai', 'tomorrow-9'],
    ]);
  });

  it('delivers state snapshots until unsubscribed, without exposing the event', () => {
    const ipc = fakeIpc();
    const listener = vi.fn();
    const unsubscribe = createOptoutApi(ipc).onStateChanged(listener);
    ipc.emit('state:changed', { locale: 'en', checklists: [] });
    unsubscribe();
    ipc.emit('state:changed', { locale: 'nl', checklists: [] });
    expect(listener.mock.calls).toEqual([[{ locale: 'en', checklists: [] }]]);
  });
});
