import type { Checklist } from '../catalog/schema.ts';
import type { Progress } from '../progress/schema.ts';
import type { Feed } from './format.ts';
import type { Announcement, FeedRecord, FeedState } from './state.ts';

/** What accepting a feed did, for the status line. */
export interface MergeSummary {
  added: number;
  changed: number;
  withdrawn: number;
  /** Refused: their ids belong to a checklist of another origin. */
  skipped: string[];
}

export interface MergeInput {
  record: FeedRecord;
  feed: Feed;
  now: number;
  /**
   * Ids the feed may use although they exist already: for the project feed,
   * the built-in checklists it brings newer versions of. Empty for
   * organisation feeds.
   */
  ownIds: ReadonlySet<string>;
  /** Ids of every other checklist the user has (packs, own, other feeds, built-ins). */
  takenIds: ReadonlySet<string>;
  progress: Readonly<Record<string, Progress | undefined>>;
}

/** True when the user did anything with a checklist: ticked, finished, dismissed, snoozed, followed. */
export function hasProgress(progress: Progress | undefined): boolean {
  if (!progress) return false;
  const ticked = Object.values(progress.steps).some((steps) => Object.keys(steps ?? {}).length > 0);
  return (
    ticked ||
    progress.completedAt !== undefined ||
    progress.dismissedAt !== undefined ||
    progress.snoozedUntil !== undefined ||
    progress.followedAt !== undefined
  );
}

/**
 * Accepts a verified feed into its record. Pure. Checklists whose id belongs
 * to another origin are skipped (never replaced); checklists that left the
 * feed are dropped unless the user has progress on them, then kept as
 * withdrawn. Progress itself is never touched: ticks stay with their step ids.
 */
export function mergeFeed(input: MergeInput): {
  record: FeedRecord;
  summary: MergeSummary;
  /** Ids this feed brings for the first time (candidates for an announcement). */
  newIds: string[];
} {
  const { record, feed, takenIds, ownIds } = input;
  const before = new Map<string, Checklist>(
    [...record.withdrawn, ...record.checklists].map((checklist) => [checklist.id, checklist]),
  );
  const accepted: Checklist[] = [];
  const skipped: string[] = [];
  let added = 0;
  let changed = 0;
  const newIds: string[] = [];
  for (const checklist of feed.checklists) {
    if (takenIds.has(checklist.id) && !ownIds.has(checklist.id)) {
      skipped.push(checklist.id);
      continue;
    }
    accepted.push(checklist);
    const previous = before.get(checklist.id);
    if (!previous) {
      // A newer version of a built-in is an update, not news.
      if (ownIds.has(checklist.id)) continue;
      added++;
      newIds.push(checklist.id);
    } else if (JSON.stringify(previous) !== JSON.stringify(checklist)) changed++;
  }
  const acceptedIds = new Set(accepted.map((checklist) => checklist.id));
  const left = [...before.values()].filter((checklist) => !acceptedIds.has(checklist.id));
  const withdrawn = left.filter((checklist) => hasProgress(input.progress[checklist.id]));
  const wasListed = new Set(record.checklists.map((checklist) => checklist.id));
  return {
    record: {
      ...record,
      sequence: feed.sequence,
      issuedAt: feed.issuedAt,
      checklists: accepted,
      withdrawn,
    },
    summary: {
      added,
      changed,
      withdrawn: left.filter((checklist) => wasListed.has(checklist.id)).length,
      skipped,
    },
    newIds,
  };
}

/**
 * Queues announcements for checklists a feed brought for the first time.
 * An id announced once is never queued again (also after it was withdrawn
 * and came back).
 */
export function queueAnnouncements(
  state: FeedState,
  ids: readonly string[],
  now: number,
): FeedState {
  const known = new Set([
    ...state.announced,
    ...state.pendingAnnouncements.map((a) => a.checklistId),
  ]);
  const since = new Date(now).toISOString();
  const fresh: Announcement[] = ids
    .filter((id) => !known.has(id))
    .map((checklistId) => ({ checklistId, since }));
  if (fresh.length === 0) return state;
  return { ...state, pendingAnnouncements: [...state.pendingAnnouncements, ...fresh] };
}

/** Moves delivered (or no longer possible) announcements to the announced list. */
export function markAnnounced(state: FeedState, ids: readonly string[]): FeedState {
  if (ids.length === 0) return state;
  const done = new Set(ids);
  return {
    ...state,
    pendingAnnouncements: state.pendingAnnouncements.filter((a) => !done.has(a.checklistId)),
    announced: [...new Set([...state.announced, ...ids])],
  };
}
