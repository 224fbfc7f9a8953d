import { z } from 'zod';
import { isoInstantSchema, slugSchema, textSchema } from '../../shared/catalog/primitives.ts';
import { checklistSchema, platformSchema } from '../../shared/catalog/schema.ts';
import { noticeKinds } from '../../shared/constants.ts';
import { EMPTY_FEED_STATE, feedStateSchema } from '../../shared/feed/state.ts';
import { progressMapSchema } from '../../shared/progress/schema.ts';
import { settingsSchema } from '../../shared/settings/schema.ts';
import { CURRENT_SCHEMA_VERSION } from './version.ts';

export { CURRENT_SCHEMA_VERSION };

/** Bounds on what the store holds, so a file can never grow without limit. */
export const STORE_LIMITS = {
  customChecklists: 200,
  packs: 50,
  /**
   * Four entries per checklist at most (the latest two deliveries, and two
   * recorded under a clock that ran ahead), for up to 22,000 checklists:
   * built-ins, 50 packs of 200, 200 of the user's own, feeds.
   */
  firedLog: 88_000,
  notices: 20,
} as const;

export const packRecordSchema = z.strictObject({
  id: slugSchema,
  name: textSchema(120),
  /** The file name it was imported from (no directory): its origin as the user knows it. */
  fileName: textSchema(255),
  importedAt: isoInstantSchema,
  checklists: z.array(checklistSchema).min(1).max(200),
});
export type PackRecord = z.infer<typeof packRecordSchema>;

const boundsSchema = z.strictObject({
  x: z.int(),
  y: z.int(),
  width: z.int().min(100).max(20_000),
  height: z.int().min(100).max(20_000),
});
export type WindowBounds = z.infer<typeof boundsSchema>;

export const storedNoticeSchema = z.strictObject({
  kind: z.enum(noticeKinds),
  detail: z.string().max(4096).optional(),
  at: isoInstantSchema,
});

/** What the last app update check came to (versions and an error code, nothing else). */
export const updateCheckSchema = z.strictObject({
  at: isoInstantSchema,
  outcome: z.enum(['available', 'up-to-date', 'failed', 'unsupported']),
  /** The latest version the update server named; on a failed check, a newer one found before (still on offer). */
  version: z.string().max(64).optional(),
  /** What went wrong, as an error code (e.g. `HTTP_ERROR_404`, `ENOTFOUND`). */
  error: z.string().max(64).optional(),
});
export type UpdateCheck = z.infer<typeof updateCheckSchema>;

export const updateStateSchema = z.strictObject({
  lastCheck: updateCheckSchema.nullable(),
  /** The version already announced with a notification: one per version, ever. */
  announcedVersion: z.string().max(64).nullable(),
});

/** Everything the app persists, version 1. */
export const storeSchema = z.strictObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  progress: progressMapSchema,
  settings: settingsSchema,
  customChecklists: z.array(checklistSchema).max(STORE_LIMITS.customChecklists),
  packs: z.array(packRecordSchema).max(STORE_LIMITS.packs),
  /**
   * Delivered (or seen) reminders, the planner's watermark per checklist:
   * keeps reminders from repeating across restarts and clock jumps.
   */
  firedLog: z
    .array(
      z.strictObject({
        key: z.string().max(300),
        checklistId: slugSchema,
        occurrence: z.number().int(),
        firedAt: z.number().int(),
      }),
    )
    .max(STORE_LIMITS.firedLog),
  ui: z.strictObject({
    preferredPlatform: platformSchema.nullable(),
    welcomeFinishedAt: isoInstantSchema.nullable(),
    windowBounds: boundsSchema.nullable(),
  }),
  notices: z.array(storedNoticeSchema).max(STORE_LIMITS.notices),
  /** Subscribed catalog feeds, what they last brought, and announcements (added in 0.2; optional). */
  catalogFeeds: feedStateSchema.default(() => structuredClone(EMPTY_FEED_STATE)),
  /** The app update check (added in 0.2; optional). Not part of a backup. */
  updates: updateStateSchema.default(() => ({ lastCheck: null, announcedVersion: null })),
});
export type StoreData = z.infer<typeof storeSchema>;

/** A fresh store: nothing ticked, default settings, welcome not yet shown. */
export function defaultStoreData(): StoreData {
  return storeSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    progress: {},
    settings: {},
    customChecklists: [],
    packs: [],
    firedLog: [],
    ui: { preferredPlatform: null, welcomeFinishedAt: null, windowBounds: null },
    notices: [],
  });
}
