import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checklistIdsForLog, opaqueChecklistId } from '../../src/main/log-ids.ts';
import { defaultStoreData } from '../../src/main/store/schema.ts';
import { builtinCatalog } from '../../src/shared/catalog/index.ts';
import { dueChecklist } from '../support/fixtures.ts';

const DEADLINE = Date.parse('2026-12-01T12:00:00Z');
const OWN_ID = 'custom-object-to-zorbleck-clinic-using-my-hiv-t';

describe('checklist ids in the log', () => {
  const base = defaultStoreData();
  const data = {
    ...base,
    packs: [
      {
        id: 'union-pack',
        name: 'Union pack',
        fileName: 'union.optout-pack',
        importedAt: '2026-11-01T00:00:00.000Z',
        checklists: [dueChecklist('union-object', DEADLINE)],
      },
    ],
    customChecklists: [dueChecklist(OWN_ID, DEADLINE)],
  };
  const [builtin] = builtinCatalog;
  if (!builtin) throw new Error('no built-in checklist');

  it('names built-in and pack checklists by their public id, the user’s own by a stand-in', () => {
    const logged = checklistIdsForLog(data, [builtin.id, 'union-object', OWN_ID]);
    const hash = createHash('sha256').update(OWN_ID).digest('hex').slice(0, 8);
    expect(logged).toEqual([builtin.id, 'union-object', `custom:${hash}`]);
    expect(logged.join(' ')).not.toMatch(/zorbleck|clinic|hiv/);
  });

  it('gives one checklist the same stand-in on every line, and two checklists different ones', () => {
    expect(opaqueChecklistId(OWN_ID)).toBe(opaqueChecklistId(OWN_ID));
    expect(opaqueChecklistId(OWN_ID)).toMatch(/^custom:[0-9a-f]{8}$/);
    expect(opaqueChecklistId(`${OWN_ID}-2`)).not.toBe(opaqueChecklistId(OWN_ID));
  });

  it('hides an id the catalog does not know rather than guess it is public', () => {
    expect(checklistIdsForLog(data, ['custom-deleted-since'])).toEqual([
      opaqueChecklistId('custom-deleted-since'),
    ]);
  });
});
