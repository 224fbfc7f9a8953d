import { createHash } from 'node:crypto';
import { allChecklists, type CatalogData } from './state/catalog.ts';

/**
 * A checklist id the log may not show: the user's own ids are slugs of
 * their titles ("custom-object-to-…"), so the log names them by a stand-in,
 * `custom:` and 8 hex digits of the id's SHA-256 — the same on every line,
 * so lines about one checklist still match up, but not readable.
 */
export function opaqueChecklistId(id: string): string {
  return `custom:${createHash('sha256').update(id).digest('hex').slice(0, 8)}`;
}

/**
 * Checklist ids as every log line that names checklists writes them:
 * built-in, feed and pack ids are public and stay as they are; the user's
 * own, and any id the catalog does not know, become `opaqueChecklistId`.
 */
export function checklistIdsForLog(data: CatalogData, ids: readonly string[]): string[] {
  const published = new Set(
    allChecklists(data)
      .filter((entry) => entry.origin.kind !== 'custom')
      .map((entry) => entry.checklist.id),
  );
  return ids.map((id) => (published.has(id) ? id : opaqueChecklistId(id)));
}
