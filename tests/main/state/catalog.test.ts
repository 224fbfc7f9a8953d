import { describe, expect, it } from 'vitest';
import { allChecklists, findChecklist } from '../../../src/main/state/catalog.ts';
import { defaultStoreData } from '../../../src/main/store/schema.ts';
import { builtinCatalog } from '../../../src/shared/catalog/index.ts';
import { dueChecklist } from '../../support/fixtures.ts';

const DEADLINE = Date.UTC(2026, 11, 1, 12);

describe('the catalog the user has', () => {
  const data = {
    ...defaultStoreData(),
    packs: [
      {
        id: 'pack-1',
        name: 'Office pack',
        fileName: 'office.json',
        importedAt: '2026-11-20T10:00:00.000Z',
        checklists: [dueChecklist('office-thing', DEADLINE)],
      },
    ],
    customChecklists: [dueChecklist('my-own', DEADLINE)],
  };

  it('is the built-in checklists, then those of imported packs, then the user’s own', () => {
    const entries = allChecklists(data);
    expect(entries.map((entry) => entry.checklist.id)).toEqual([
      ...builtinCatalog.map((checklist) => checklist.id),
      'office-thing',
      'my-own',
    ]);
    expect(entries.at(-2)?.origin).toEqual({
      kind: 'pack',
      packId: 'pack-1',
      packName: 'Office pack',
      fileName: 'office.json',
      importedAt: '2026-11-20T10:00:00.000Z',
    });
    expect(entries.at(-1)?.origin).toEqual({ kind: 'custom' });
  });

  it('finds one checklist by id, whatever its origin', () => {
    expect(findChecklist(data, 'my-own')?.origin.kind).toBe('custom');
    expect(findChecklist(data, builtinCatalog[0]?.id ?? '')?.origin.kind).toBe('builtin');
    expect(findChecklist(data, 'nothing-like-it')).toBeUndefined();
  });
});
