import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EMPTY_FEED_STATE } from '../../shared/feed/empty.ts';
import type { StoreData } from './schema.ts';
import { parseStoreText } from './store-text.ts';
import { CURRENT_SCHEMA_VERSION } from './version.ts';

/** A bigger file is left to the store: the first drawing should not wait for it. */
const PREVIEW_MAX_BYTES = 8 * 1024 * 1024;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The saved file as the tray's first drawing reads it: parsed, shaped like
 * a store of this version, but not validated. Validating needs zod and the
 * schemas, which cost about as much start-up time as the rest of the tray;
 * they load right after, when the store opens, validates the file (moving a
 * damaged one aside) and the tray is drawn again from what passed. So what
 * this returns is on screen for milliseconds at most, and only as menu text
 * (Electron menus show labels as plain text). Nothing here writes.
 *
 * `null` for a file that is missing, unreadable, too big, not JSON, of
 * another schema version or not shaped like a store: the tray is then drawn
 * from the defaults. Whoever draws from a preview must expect any field to
 * be wrong and fall back to the defaults when drawing throws.
 */
export function readTrayPreview(userDataDir: string, name = 'config'): StoreData | null {
  const path = join(userDataDir, `${name}.json`);
  let document: unknown;
  try {
    // Only a regular file: a FIFO would block the read, a device (a link to
    // /dev/zero) never end it. The store's own reader moves such a thing aside.
    const stats = statSync(path);
    if (!stats.isFile() || stats.size > PREVIEW_MAX_BYTES) return null;
    document = parseStoreText(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
  if (
    !isRecord(document) ||
    document.schemaVersion !== CURRENT_SCHEMA_VERSION ||
    !isRecord(document.settings) ||
    !isRecord(document.progress) ||
    !Array.isArray(document.customChecklists) ||
    !Array.isArray(document.packs)
  )
    return null;
  const feeds = document.catalogFeeds;
  // catalogFeeds came in 0.2 and is optional in the file.
  if (feeds !== undefined && !(isRecord(feeds) && Array.isArray(feeds.feeds))) return null;
  return {
    ...document,
    catalogFeeds: feeds ?? EMPTY_FEED_STATE,
  } as unknown as StoreData;
}
