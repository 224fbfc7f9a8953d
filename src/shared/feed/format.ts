import { z } from 'zod';
import { checklistsImportIssues } from '../catalog/import-checks.ts';
import { type DocumentParseResult, parseUntrustedJsonText } from '../catalog/parse.ts';
import { catalogIssue, isoInstantSchema } from '../catalog/primitives.ts';
import { type Checklist, checklistSchema } from '../catalog/schema.ts';

/** Identifies the JSON format of a catalog feed (`feed.json`). */
export const FEED_FORMAT = 'optout-reminder/catalog-feed';

/** Bounds on a feed, so a hostile or broken server cannot make the app read without limit. */
export const FEED_LIMITS = {
  /** Largest `feed.json` read, in bytes; a longer download is cut off and refused. */
  maxBytes: 4 * 1024 * 1024,
  /** Largest `feed.json.sig` read, in bytes (a base64 Ed25519 signature is 88). */
  maxSignatureBytes: 1024,
  checklists: 1000,
} as const;

/**
 * A catalog feed: the project's (or an organisation's) list of checklists,
 * in exactly the schema of built-ins and packs. `sequence` only ever grows:
 * a feed with a lower one is refused, so an old copy cannot be replayed.
 */
export const feedSchema = z
  .strictObject({
    format: z.literal(FEED_FORMAT),
    formatVersion: z.literal(1),
    sequence: z.int().min(1).max(Number.MAX_SAFE_INTEGER),
    issuedAt: isoInstantSchema,
    checklists: z.array(checklistSchema).max(FEED_LIMITS.checklists),
  })
  .superRefine((feed, ctx) => {
    const ids = new Set<string>();
    feed.checklists.forEach((checklist, index) => {
      if (ids.has(checklist.id))
        ctx.addIssue({
          code: 'custom',
          path: ['checklists', index, 'id'],
          ...catalogIssue('duplicate_id'),
        });
      ids.add(checklist.id);
    });
  });

export type Feed = z.infer<typeof feedSchema>;

/**
 * Validates the text of a downloaded feed with the same untrusted-JSON rules
 * as packs and backups (size cap, forbidden keys, depth, schema). Never throws.
 */
export function parseFeedText(text: string): DocumentParseResult<Feed> {
  const result = parseUntrustedJsonText(text, feedSchema, FEED_LIMITS.maxBytes);
  if (!result.ok) return result;
  const issues = checklistsImportIssues(result.value.checklists, ['checklists']);
  return issues.length > 0 ? { ok: false, issues } : result;
}

/** The feed document for a list of checklists, as `npm run catalog:build` writes it. */
export function buildFeed(
  checklists: readonly Checklist[],
  sequence: number,
  issuedAt: string,
): Feed {
  return {
    format: FEED_FORMAT,
    formatVersion: 1,
    sequence,
    issuedAt,
    checklists: [...checklists],
  };
}

/** The exact text written to `feed.json` (the signature covers these bytes). */
export function serializeFeed(feed: Feed): string {
  return `${JSON.stringify(feed, null, 2)}\n`;
}
