import { z } from 'zod';
import { httpsUrlSchema, isoInstantSchema, slugSchema, textSchema } from '../catalog/primitives.ts';
import { checklistSchema } from '../catalog/schema.ts';
import { PROJECT_FEED_ID } from '../constants.ts';
import { FEED_LIMITS } from './format.ts';

/** The id of the project's own feed (package.json "catalogFeed"). */
export { PROJECT_FEED_ID };
/** Organisation feeds a user can subscribe to, besides the project's. */
export const MAX_ORGANISATION_FEEDS = 10;

/** What the last check of a feed came to; the window words it. */
export const FEED_OUTCOMES = [
  'updated',
  'up-to-date',
  'offline',
  'timeout',
  'not-found',
  'http-error',
  'too-large',
  'invalid-json',
  'invalid-feed',
  'bad-signature',
  'older',
] as const;
export type FeedOutcome = (typeof FEED_OUTCOMES)[number];

/** Outcomes that mean the feed was read and believed. */
export const GOOD_OUTCOMES: ReadonlySet<FeedOutcome> = new Set(['updated', 'up-to-date']);

export const feedCheckSchema = z.strictObject({
  at: isoInstantSchema,
  outcome: z.enum(FEED_OUTCOMES),
  /** HTTP status of an `http-error` / `not-found`. */
  status: z.int().min(100).max(599).optional(),
  /** Checklists that arrived, changed, left, or were refused because their id was taken. */
  added: z.int().min(0).optional(),
  changed: z.int().min(0).optional(),
  withdrawn: z.int().min(0).optional(),
  skipped: z.int().min(0).optional(),
});
export type FeedCheck = z.infer<typeof feedCheckSchema>;

/** One subscribed feed and the last catalog accepted from it. */
export const feedRecordSchema = z.strictObject({
  id: slugSchema,
  url: httpsUrlSchema,
  /**
   * Organisation feeds: base64 DER SPKI Ed25519 key the user pasted, or null
   * for an unsigned feed. The project feed's key is read from package.json.
   */
  publicKey: z.string().max(200).nullable(),
  name: textSchema(120).optional(),
  addedAt: isoInstantSchema,
  /** The last accepted `sequence`; a feed must beat it to be accepted. */
  sequence: z.int().min(1).nullable(),
  issuedAt: isoInstantSchema.nullable(),
  checklists: z.array(checklistSchema).max(FEED_LIMITS.checklists),
  /** Left the feed while the user had progress on them: kept, shown "no longer in the catalog". */
  withdrawn: z.array(checklistSchema).max(FEED_LIMITS.checklists),
  lastCheck: feedCheckSchema.nullable(),
  lastSuccessAt: isoInstantSchema.nullable(),
});
export type FeedRecord = z.infer<typeof feedRecordSchema>;

/** A new checklist waiting to be announced once, since it arrived. */
export const announcementSchema = z.strictObject({
  checklistId: slugSchema,
  since: isoInstantSchema,
});
export type Announcement = z.infer<typeof announcementSchema>;

/**
 * Everything the feeds keep in the store. Not part of a backup, so
 * restoring one never brings an announcement back.
 */
export const feedStateSchema = z.strictObject({
  feeds: z.array(feedRecordSchema).max(MAX_ORGANISATION_FEEDS + 1),
  pendingAnnouncements: z.array(announcementSchema).max(FEED_LIMITS.checklists * 2),
  /** Ids already announced (or seen in the catalog): never announced again. */
  announced: z.array(slugSchema).max(20_000),
});
export type FeedState = z.infer<typeof feedStateSchema>;

export { EMPTY_FEED_STATE } from './empty.ts';
