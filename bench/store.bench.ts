/** What saving costs: one durable step toggle, and opening a big store. */
import { join } from 'node:path';
import type { StoreData } from '../src/main/store/schema.ts';
import { openTestStore, temporaryDir } from '../tests/support/store.ts';
import { median, medianMs } from './stats.ts';

function progressFor(count: number): StoreData['progress'] {
  return Object.fromEntries(
    Array.from({ length: count }, (_, i) => [
      `checklist-${i}`,
      {
        steps: {
          web: { 'step-1': '2026-11-01T10:00:00.000Z', 'step-2': '2026-11-01T10:05:00.000Z' },
          ios: { 'step-1': '2026-11-02T08:00:00.000Z' },
        },
        completedAt: '2026-11-01T10:05:00.000Z',
        completedHow: 'path:web',
      },
    ]),
  );
}

/** Toggling one step: validate, serialize, write a temp file, fsync, rename. */
async function durableToggle(): Promise<number> {
  const store = openTestStore(temporaryDir('optout-bench-'));
  store.update((data) => ({ ...data, progress: progressFor(20) }));
  let on = false;
  const ms = await medianMs(50, () => {
    on = !on;
    store.update((data) => {
      const steps = { ...(data.progress['checklist-0']?.steps.web ?? {}) };
      if (on) steps['step-3'] = '2026-11-23T12:00:00.000Z';
      else delete steps['step-3'];
      return { ...data, progress: { ...data.progress, 'checklist-0': { steps: { web: steps } } } };
    });
  });
  return Math.round(ms * 100) / 100;
}

/** Opening (read, migrate if needed, validate) a store with 1,000 checklists' progress. */
async function loadLargeStore(): Promise<number> {
  const dir = temporaryDir('optout-bench-');
  openTestStore(dir).update((data) => ({ ...data, progress: progressFor(1_000) }));
  const samples: number[] = [];
  for (let run = 0; run < 10; run++) {
    const started = performance.now();
    const store = openTestStore(dir);
    if (Object.keys(store.read().progress).length !== 1_000)
      throw new Error(`bad store in ${join(dir)}`);
    samples.push(performance.now() - started);
  }
  return Math.round(median(samples) * 100) / 100;
}

export const cases = [
  { name: 'durable write of one step toggle', unit: 'ms', target: null, measure: durableToggle },
  {
    name: "load a store with 1,000 checklists' progress",
    unit: 'ms',
    target: null,
    measure: loadLargeStore,
  },
];
