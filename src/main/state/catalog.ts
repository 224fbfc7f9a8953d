import { builtinCatalog } from '../../shared/catalog/index.ts';
import type { Checklist } from '../../shared/catalog/schema.ts';
import type { ChecklistOrigin } from '../../shared/ipc.ts';
import type { StoreData } from '../store/schema.ts';

export interface CatalogEntry {
  checklist: Checklist;
  origin: ChecklistOrigin;
}

/** Every checklist the user has: built in, from imported packs, and their own. */
export function allChecklists(data: StoreData): CatalogEntry[] {
  return [
    ...builtinCatalog.map((checklist) => ({ checklist, origin: { kind: 'builtin' } as const })),
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
  ];
}

export function findChecklist(data: StoreData, id: string): CatalogEntry | undefined {
  return allChecklists(data).find((entry) => entry.checklist.id === id);
}
