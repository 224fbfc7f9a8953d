import type { FeedState } from './state.ts';

/**
 * No feeds, nothing to announce: a fresh store's `catalogFeeds`. Apart from
 * state.ts (its schema) so that the tray's first drawing can use it
 * without loading zod.
 */
export const EMPTY_FEED_STATE: FeedState = Object.freeze({
  feeds: [],
  pendingAnnouncements: [],
  announced: [],
}) as FeedState;
