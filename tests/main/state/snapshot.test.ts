import { describe, expect, it } from 'vitest';
import { buildSnapshot, type SnapshotContext } from '../../../src/main/state/snapshot.ts';
import { defaultStoreData, type StoreData } from '../../../src/main/store/schema.ts';
import { builtinCatalog } from '../../../src/shared/catalog/index.ts';
import { dueChecklist } from '../../support/fixtures.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 1, 12);
const iso = (ms: number) => new Date(ms).toISOString();

const context: SnapshotContext = {
  sequence: 1,
  now: NOW,
  zone: 'Europe/Amsterdam',
  locale: 'en',
  transientNotices: [],
  welcomeDue: [],
  isReadOnly: false,
  dataFile: '/tmp/config.json',
  feedInfo: { projectUrl: null, isChecking: false },
  update: null,
};

/** Only the user's own checklists: the built-in ones are dismissed. */
function data(change: Partial<StoreData> = {}): StoreData {
  const base = defaultStoreData();
  return {
    ...base,
    ...change,
    progress: {
      ...Object.fromEntries(builtinCatalog.map((c) => [c.id, { steps: {}, dismissedAt: iso(0) }])),
      ...change.progress,
    },
  };
}

function ours(snapshot: ReturnType<typeof buildSnapshot>) {
  const builtin = new Set(builtinCatalog.map((c) => c.id));
  return snapshot.checklists.filter((view) => !builtin.has(view.checklist.id));
}

describe('the snapshot', () => {
  it('orders open checklists by urgency: latest passed first, then nearest deadline, then done, then dismissed', () => {
    const snapshot = buildSnapshot(
      data({
        customChecklists: [
          dueChecklist('far', NOW + 30 * DAY),
          dueChecklist('long-passed', NOW - 20 * DAY),
          dueChecklist('done', NOW + DAY),
          dueChecklist('soon', NOW + DAY),
          dueChecklist('just-passed', NOW - DAY),
          dueChecklist('dismissed', NOW + DAY),
        ],
        progress: {
          done: { steps: {}, completedAt: iso(NOW - DAY), completedHow: 'elsewhere' },
          dismissed: { steps: {}, dismissedAt: iso(NOW - DAY) },
        },
      }),
      context,
    );
    expect(ours(snapshot).map((view) => [view.checklist.id, view.status, view.urgency])).toEqual([
      ['just-passed', 'open', 'overdue'],
      ['long-passed', 'open', 'overdue'],
      ['soon', 'open', 'soon'],
      ['far', 'open', 'upcoming'],
      ['done', 'done', 'finished'],
      ['dismissed', 'dismissed', 'finished'],
    ]);
    // The deadline is read once, in main: the window does not parse it again.
    expect(ours(snapshot).find((view) => view.checklist.id === 'soon')?.deadline).toBe(NOW + DAY);
  });

  it('puts checklists for elsewhere after the ones for the user’s country', () => {
    const elsewhere = { ...dueChecklist('in-the-us', NOW + DAY), regions: { include: ['US'] } };
    const snapshot = buildSnapshot(
      data({
        settings: { ...defaultStoreData().settings, country: 'NL' },
        customChecklists: [elsewhere, dueChecklist('here', NOW + 30 * DAY)],
      }),
      context,
    );
    expect(ours(snapshot).map((view) => [view.checklist.id, view.isRelevant])).toEqual([
      ['here', true],
      ['in-the-us', false],
    ]);
  });

  it('shows only a snooze that has not ended, and a re-check once it is due', () => {
    const snapshot = buildSnapshot(
      data({
        customChecklists: [
          dueChecklist('snoozed', NOW + DAY),
          dueChecklist('was-snoozed', NOW + DAY),
        ],
        progress: {
          snoozed: { steps: {}, snoozedUntil: iso(NOW + 1) },
          'was-snoozed': { steps: {}, snoozedUntil: iso(NOW) },
        },
      }),
      context,
    );
    expect(ours(snapshot).map((view) => view.snoozedUntil)).toEqual([NOW + 1, null]);

    // A snooze that ends at the last reminder before the deadline (deadline − 2 hours) says so.
    const capped = buildSnapshot(
      data({
        customChecklists: [dueChecklist('capped', NOW + DAY), dueChecklist('plain', NOW + DAY)],
        progress: {
          capped: { steps: {}, snoozedUntil: iso(NOW + DAY - 2 * 3_600_000) },
          plain: { steps: {}, snoozedUntil: iso(NOW + 3_600_000) },
        },
      }),
      context,
    );
    expect(ours(capped).map((view) => [view.checklist.id, view.isSnoozeCapped])).toEqual([
      ['capped', true],
      ['plain', false],
    ]);

    const recheck = (completedAt: number) =>
      ours(
        buildSnapshot(
          data({
            customChecklists: [dueChecklist('done', NOW - DAY)],
            progress: {
              done: { steps: {}, completedAt: iso(completedAt), completedHow: 'elsewhere' },
            },
          }),
          context,
        ),
      )[0]?.needsRecheck;
    expect(recheck(NOW - 180 * DAY)).toBe(true);
    expect(recheck(NOW - 180 * DAY + 1)).toBe(false);
  });

  it('carries the run’s notices, the welcome and where the data lives', () => {
    const snapshot = buildSnapshot(data(), {
      ...context,
      transientNotices: [{ kind: 'store-read-only', at: iso(NOW) }],
      welcomeDue: ['a-checklist'],
      isReadOnly: true,
    });
    expect(snapshot.notices).toEqual([{ kind: 'store-read-only', at: iso(NOW) }]);
    expect(snapshot.welcome).toEqual({ dueChecklistIds: ['a-checklist'] });
    expect(snapshot.platform).toEqual({ os: 'web', preferred: null });
    expect(snapshot.isReadOnly).toBe(true);
    expect(snapshot.dataFile).toBe('/tmp/config.json');
  });
});
