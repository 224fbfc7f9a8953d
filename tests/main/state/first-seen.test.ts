import { describe, expect, it, vi } from 'vitest';
import { recordFirstSeen, setupFirstSeen } from '../../../src/main/state/first-seen.ts';
import { defaultStoreData, type StoreData } from '../../../src/main/store/schema.ts';
import { builtinCatalog } from '../../../src/shared/catalog/index.ts';
import { createTestAppState } from '../../support/app-state.ts';
import { dueChecklist } from '../../support/fixtures.ts';
import { failingWrites } from '../../support/store.ts';

vi.mock('electron', () => import('../../support/electron-stand-in/index.ts'));

const NOW = Date.parse('2026-11-24T09:00:00Z');
const firstSeen = (data: StoreData, id: string) => data.progress[id]?.firstSeenAt;

describe('recordFirstSeen', () => {
  it('records a new install as the moment every built-in checklist was first had', () => {
    const data = recordFirstSeen(defaultStoreData(), NOW);
    for (const checklist of builtinCatalog)
      expect(firstSeen(data, checklist.id)).toBe('2026-11-24T09:00:00.000Z');
  });

  it('dates the built-ins of an existing install from its welcome, packs from their import, own ones now', () => {
    const base = defaultStoreData();
    const pack = { ...dueChecklist('from-pack', NOW), id: 'from-pack' };
    const data = recordFirstSeen(
      {
        ...base,
        ui: { ...base.ui, welcomeFinishedAt: '2025-09-01T08:00:00.000Z' },
        packs: [
          {
            id: 'office',
            name: 'Office',
            fileName: 'office.json',
            importedAt: '2026-02-01T10:00:00.000Z',
            checklists: [pack],
          },
        ],
        customChecklists: [dueChecklist('mine', NOW)],
        progress: { 'linkedin-ai-training': { steps: { web: { a: '2025-10-01T00:00:00.000Z' } } } },
      },
      NOW,
    );
    expect(firstSeen(data, 'meta-ai-training')).toBe('2025-09-01T08:00:00.000Z');
    expect(data.progress['linkedin-ai-training']).toEqual({
      steps: { web: { a: '2025-10-01T00:00:00.000Z' } },
      firstSeenAt: '2025-09-01T08:00:00.000Z',
    });
    expect(firstSeen(data, 'from-pack')).toBe('2026-02-01T10:00:00.000Z');
    expect(firstSeen(data, 'mine')).toBe('2026-11-24T09:00:00.000Z');
  });

  it('never moves a recorded time and returns the same data when nothing is missing', () => {
    const once = recordFirstSeen(defaultStoreData(), NOW);
    expect(recordFirstSeen(once, NOW + 86_400_000)).toBe(once);
  });
});

describe('setupFirstSeen', () => {
  it('saves the first-seen times once at start', () => {
    const writes = failingWrites();
    const { state } = createTestAppState({
      now: NOW,
      createBackingStore: writes.createBackingStore,
    });
    setupFirstSeen(state);
    expect(writes.attempts()).toBe(1);
    const id = builtinCatalog[0]?.id ?? '';
    expect(firstSeen(state.savedData, id)).toBe('2026-11-24T09:00:00.000Z');
    state.markChanged();
    expect(writes.attempts()).toBe(1);
  });

  it('keeps them for the run when the file cannot be written: one attempt, one notice, no loop', () => {
    const writes = failingWrites();
    const { state, setNow } = createTestAppState({
      now: NOW,
      createBackingStore: writes.createBackingStore,
    });
    writes.setFailing(true);
    const changed = vi.fn();
    state.on('changed', changed);
    setupFirstSeen(state);
    expect(writes.attempts()).toBe(1);
    expect(state.notices.filter((n) => n.kind === 'store-write-failed')).toHaveLength(1);
    const id = builtinCatalog[0]?.id ?? '';
    expect(firstSeen(state.savedData, id)).toBeUndefined();
    expect(firstSeen(state.data, id)).toBe('2026-11-24T09:00:00.000Z');
    // Later changes (a notice, a wake-up) neither try again nor move the time kept.
    setNow(NOW + 3_600_000);
    state.addTransientNotice('store-write-failed');
    state.markChanged();
    expect(writes.attempts()).toBe(1);
    expect(firstSeen(state.data, id)).toBe('2026-11-24T09:00:00.000Z');
    expect(changed.mock.calls.length).toBeLessThan(5);
  });

  it('saves the kept times with the next change that could be saved', () => {
    const writes = failingWrites();
    const { state } = createTestAppState({
      now: NOW,
      createBackingStore: writes.createBackingStore,
    });
    writes.setFailing(true);
    setupFirstSeen(state);
    writes.setFailing(false);
    state.tryUpdate((data) => ({ ...data, settings: { ...data.settings, country: 'NL' } }));
    const id = builtinCatalog[0]?.id ?? '';
    expect(firstSeen(state.savedData, id)).toBe('2026-11-24T09:00:00.000Z');
    expect(state.data).toBe(state.savedData);
    expect(writes.attempts()).toBe(3);
  });
});
