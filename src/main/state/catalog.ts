import { builtinCatalog } from '../../shared/catalog/builtin/index.ts';
import type { Checklist } from '../../shared/catalog/schema.ts';
import { PROJECT_FEED_ID } from '../../shared/constants.ts';
import type { FeedRecord } from '../../shared/feed/state.ts';
import type { ChecklistOrigin } from '../../shared/ipc.ts';
import type { StoreData } from '../store/schema.ts';

export interface CatalogEntry {
  checklist: Checklist;
  origin: ChecklistOrigin;
}

const builtinIds = new Set(builtinCatalog.map((checklist) => checklist.id));

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function feedEntries(record: FeedRecord, isProject: boolean): CatalogEntry[] {
  const origin = (isWithdrawn: boolean): ChecklistOrigin => ({
    kind: 'feed',
    feedId: record.id,
    host: hostOf(record.url),
    isProject,
    isSigned: isProject || record.publicKey !== null,
    isWithdrawn,
  });
  return [
    ...record.checklists
      .filter((checklist) => !(isProject && builtinIds.has(checklist.id)))
      .map((checklist) => ({ checklist, origin: origin(false) })),
    ...record.withdrawn
      .filter((checklist) => !(isProject && builtinIds.has(checklist.id)))
      .map((checklist) => ({ checklist, origin: origin(true) })),
  ];
}

/**
 * Every checklist the user has: built in (or the project feed's newer
 * version of one), from the project feed, imported packs, their own, and
 * organisation feeds. Ids are unique: should two origins ever hold the same
 * id (a restored backup, say), the first in this order wins.
 */
/** What of the saved data holds checklists (the tray's preview reads the same). */
export type CatalogData = Pick<StoreData, 'catalogFeeds' | 'packs' | 'customChecklists'>;

export function allChecklists(data: CatalogData): CatalogEntry[] {
  const feeds = data.catalogFeeds.feeds;
  const project = feeds.find((record) => record.id === PROJECT_FEED_ID);
  const updates = new Map(
    (project?.checklists ?? [])
      .filter((checklist) => builtinIds.has(checklist.id))
      .map((checklist) => [checklist.id, checklist]),
  );
  const entries: CatalogEntry[] = [
    ...builtinCatalog.map((builtin) => {
      const update = updates.get(builtin.id);
      const checklist = update && update.version >= builtin.version ? update : builtin;
      return { checklist, origin: { kind: 'builtin' } as const };
    }),
    ...(project ? feedEntries(project, true) : []),
    ...data.packs.flatMap((pack) =>
      pack.checklists.map((checklist) => ({
        checklist,
        origin: {
          kind: 'pack' as const,
          packId: pack.id,
          packName: pack.name,
          fileName: pack.fileName,
          importedAt: pack.importedAt,
        },
      })),
    ),
    ...data.customChecklists.map((checklist) => ({
      checklist,
      origin: { kind: 'custom' } as const,
    })),
    ...feeds
      .filter((record) => record.id !== PROJECT_FEED_ID)
      .flatMap((r) => feedEntries(r, false)),
  ];
  if (feeds.length === 0) return entries;
  const seen = new Set<string>();
  return entries.filter(({ checklist }) => {
    if (seen.has(checklist.id)) return false;
    seen.add(checklist.id);
    return true;
  });
}

/** Checklists that remind: all but those a feed withdrew (kept only to show the user's progress). */
export function activeChecklists(data: CatalogData): Checklist[] {
  return allChecklists(data)
    .filter((entry) => !(entry.origin.kind === 'feed' && entry.origin.isWithdrawn))
    .map((entry) => entry.checklist);
}

export function findChecklist(data: CatalogData, id: string): CatalogEntry | undefined {
  return allChecklists(data).find((entry) => entry.checklist.id === id);
}
