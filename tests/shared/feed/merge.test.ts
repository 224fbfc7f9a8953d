import { describe, expect, it } from 'vitest';
import type { Checklist } from '../../../src/shared/catalog/schema.ts';
import { buildFeed } from '../../../src/shared/feed/format.ts';
import {
  hasProgress,
  markAnnounced,
  mergeFeed,
  queueAnnouncements,
} from '../../../src/shared/feed/merge.ts';
import { EMPTY_FEED_STATE, type FeedRecord } from '../../../src/shared/feed/state.ts';
import { dueChecklist } from '../../support/fixtures.ts';

const NOW = Date.UTC(2026, 10, 23, 12);
const ISSUED = '2026-11-23T08:00:00.000Z';
const a = dueChecklist('feed-a', NOW + 10 * 86_400_000);
const b = dueChecklist('feed-b', NOW + 20 * 86_400_000);

function record(checklists: Checklist[] = [], sequence: number | null = null): FeedRecord {
  return {
    id: 'project',
    url: 'https://example.org/feed.json',
    publicKey: null,
    addedAt: ISSUED,
    sequence,
    issuedAt: null,
    checklists,
    withdrawn: [],
    lastCheck: null,
    lastSuccessAt: null,
  };
}

const merge = (
  current: FeedRecord,
  checklists: Checklist[],
  options: { taken?: string[]; own?: string[]; progress?: Record<string, unknown> } = {},
) =>
  mergeFeed({
    record: current,
    feed: buildFeed(checklists, (current.sequence ?? 0) + 1, ISSUED),
    now: NOW,
    ownIds: new Set(options.own ?? []),
    takenIds: new Set(options.taken ?? []),
    progress: (options.progress ?? {}) as never,
  });

describe('merging an accepted feed', () => {
  it('adds new checklists and reports them as new, once', () => {
    const first = merge(record(), [a, b]);
    expect(first.record.checklists.map((c) => c.id)).toEqual(['feed-a', 'feed-b']);
    expect(first.newIds).toEqual(['feed-a', 'feed-b']);
    expect(first.summary).toEqual({ added: 2, changed: 0, withdrawn: 0, skipped: [] });
    const again = merge(first.record, [a, b]);
    expect(again.newIds).toEqual([]);
    expect(again.summary.added).toBe(0);
  });

  it('never takes an id that another origin (pack, own, other feed) holds', () => {
    const result = merge(record(), [a, b], { taken: ['feed-a'] });
    expect(result.record.checklists.map((c) => c.id)).toEqual(['feed-b']);
    expect(result.summary.skipped).toEqual(['feed-a']);
  });

  it('lets the project feed bring newer versions of built-ins without calling them new', () => {
    const result = merge(record(), [a], { taken: ['feed-a'], own: ['feed-a'] });
    expect(result.record.checklists.map((c) => c.id)).toEqual(['feed-a']);
    expect(result.newIds).toEqual([]);
  });

  it('counts an edit as a change and never touches progress', () => {
    const start = merge(record(), [a]).record;
    const edited = { ...a, version: 2, title: { en: 'Edited', nl: 'Bewerkt' } };
    const result = merge(start, [edited]);
    expect(result.summary).toMatchObject({ added: 0, changed: 1 });
    expect(result.record.checklists[0]?.title.en).toBe('Edited');
  });

  it('drops a withdrawn checklist nobody touched, keeps one with progress, and lets it come back', () => {
    const start = merge(record(), [a, b]).record;
    const progress = { 'feed-a': { steps: { web: { 'open-privacy': ISSUED } } } };
    const withdrawn = merge(start, [], { progress });
    expect(withdrawn.record.checklists).toEqual([]);
    expect(withdrawn.record.withdrawn.map((c) => c.id)).toEqual(['feed-a']);
    expect(withdrawn.summary.withdrawn).toBe(2);
    const back = merge(withdrawn.record, [a], { progress });
    expect(back.record.withdrawn).toEqual([]);
    expect(back.record.checklists.map((c) => c.id)).toEqual(['feed-a']);
    expect(back.newIds).toEqual([]);
  });

  it('treats ticks, completion, dismissal, snooze and following as progress', () => {
    expect(hasProgress(undefined)).toBe(false);
    expect(hasProgress({ steps: {} })).toBe(false);
    expect(hasProgress({ steps: { web: {} } })).toBe(false);
    expect(hasProgress({ steps: {}, dismissedAt: ISSUED })).toBe(true);
    expect(hasProgress({ steps: {}, snoozedUntil: ISSUED })).toBe(true);
    expect(hasProgress({ steps: { ios: { x: ISSUED } } })).toBe(true);
  });
});

describe('announcements', () => {
  it('queues a new id once and never again after it was announced', () => {
    const queued = queueAnnouncements(EMPTY_FEED_STATE, ['feed-a'], NOW);
    expect(queued.pendingAnnouncements).toEqual([
      { checklistId: 'feed-a', since: new Date(NOW).toISOString() },
    ]);
    expect(queueAnnouncements(queued, ['feed-a'], NOW + 1)).toBe(queued);
    const announced = markAnnounced(queued, ['feed-a']);
    expect(announced.pendingAnnouncements).toEqual([]);
    expect(announced.announced).toEqual(['feed-a']);
    expect(queueAnnouncements(announced, ['feed-a'], NOW + 2)).toBe(announced);
  });
});
