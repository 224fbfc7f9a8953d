import { describe, expect, it } from 'vitest';
import * as actions from '../../../src/main/state/actions.ts';
import { UserFacingError } from '../../../src/main/state/errors.ts';
import { defaultStoreData, STORE_LIMITS, type StoreData } from '../../../src/main/store/schema.ts';
import { builtinCatalog } from '../../../src/shared/catalog/index.ts';
import { dueChecklist } from '../../support/fixtures.ts';

const NOW = Date.UTC(2026, 11, 1, 12);
const mine = dueChecklist('my-own', NOW + 7 * 86_400_000);

function withMine(): StoreData {
  return { ...defaultStoreData(), customChecklists: [mine] };
}

function rejects(change: () => unknown, messageKey: string): void {
  expect(change).toThrow(UserFacingError);
  expect(change).toThrow(messageKey);
}

describe('progress actions', () => {
  it('ticks a step once; ticking it again as done changes nothing', () => {
    const args = {
      checklistId: 'my-own',
      platform: 'web',
      stepId: 'open-privacy',
      done: true,
    } as const;
    const once = actions.setStepDone(withMine(), args, NOW);
    expect(Object.keys(once.progress['my-own']?.steps.web ?? {})).toEqual(['open-privacy']);
    expect(actions.setStepDone(once, args, NOW + 1)).toEqual(once);
    const undone = actions.setStepDone(once, { ...args, done: false }, NOW + 2);
    expect(undone.progress['my-own']?.steps.web).toEqual({});
  });

  it('refuses steps and checklists it does not know', () => {
    rejects(
      () =>
        actions.setStepDone(
          withMine(),
          { checklistId: 'my-own', platform: 'web', stepId: 'no-such-step', done: true },
          NOW,
        ),
      'error.stepNotFound',
    );
    rejects(
      () => actions.progressActions.dismiss(withMine(), 'nothing', NOW),
      'error.checklistNotFound',
    );
  });

  it('dismisses, reopens and snoozes one checklist', () => {
    const dismissed = actions.progressActions.dismiss(withMine(), 'my-own', NOW);
    expect(dismissed.progress['my-own']?.dismissedAt).toBe(new Date(NOW).toISOString());
    const reopened = actions.progressActions.reopen(dismissed, 'my-own');
    expect(reopened.progress['my-own']?.dismissedAt).toBeUndefined();
    const snoozed = actions.progressActions.snooze(reopened, 'my-own', NOW + 3_600_000);
    expect(snoozed.progress['my-own']?.snoozedUntil).toBe(new Date(NOW + 3_600_000).toISOString());
  });

  it('snoozes all reminders until an instant, or ends the snooze', () => {
    const snoozed = actions.snoozeAll(defaultStoreData(), NOW);
    expect(snoozed.settings.snoozeAllUntil).toBe(new Date(NOW).toISOString());
    expect(actions.snoozeAll(snoozed, null).settings.snoozeAllUntil).toBeNull();
  });
});

describe('notices', () => {
  it('keeps one notice per kind, the latest, and removes it on dismiss', () => {
    let data = actions.addNotice(defaultStoreData(), 'store-quarantined', NOW, '/a');
    data = actions.addNotice(data, 'store-quarantined', NOW + 1, '/b');
    expect(data.notices).toEqual([
      { kind: 'store-quarantined', at: new Date(NOW + 1).toISOString(), detail: '/b' },
    ]);
    expect(actions.dismissNotice(data, 'store-quarantined').notices).toEqual([]);
  });
});

describe('the user’s own checklists', () => {
  it('adds and replaces one, but never takes the id of a built-in checklist', () => {
    const changed = { ...mine, summary: { en: 'Changed', nl: 'Gewijzigd' } };
    expect(actions.saveCustomChecklist(withMine(), changed, NOW).customChecklists).toEqual([
      changed,
    ]);
    const builtin = builtinCatalog[0];
    if (!builtin) throw new Error('no built-in checklist');
    rejects(
      () => actions.saveCustomChecklist(withMine(), { ...mine, id: builtin.id }, NOW),
      'error.idTaken',
    );
  });

  it('refuses one more than the limit', () => {
    const full = {
      ...defaultStoreData(),
      customChecklists: Array.from({ length: STORE_LIMITS.customChecklists }, (_, n) =>
        dueChecklist(`mine-${n}`, NOW),
      ),
    };
    rejects(() => actions.saveCustomChecklist(full, mine, NOW), 'error.tooManyChecklists');
  });

  it('deletes one with its progress and its fired reminders', () => {
    const data: StoreData = {
      ...withMine(),
      progress: { 'my-own': { steps: {} } },
      firedLog: [{ key: 'my-own|lead|0', checklistId: 'my-own', occurrence: NOW, firedAt: NOW }],
    };
    const deleted = actions.deleteCustomChecklist(data, 'my-own');
    expect(deleted.customChecklists).toEqual([]);
    expect(deleted.progress).toEqual({});
    expect(deleted.firedLog).toEqual([]);
    rejects(() => actions.deleteCustomChecklist(deleted, 'my-own'), 'error.checklistNotFound');
  });
});

describe('packs', () => {
  it('removes a pack but keeps the progress on its checklists', () => {
    const data: StoreData = {
      ...defaultStoreData(),
      packs: [
        {
          id: 'pack-1',
          name: 'Office',
          fileName: 'office.json',
          importedAt: new Date(NOW).toISOString(),
          checklists: [dueChecklist('office-thing', NOW)],
        },
      ],
      progress: { 'office-thing': { steps: {} } },
    };
    const removed = actions.removePack(data, 'pack-1');
    expect(removed.packs).toEqual([]);
    expect(removed.progress).toEqual(data.progress);
    rejects(() => actions.removePack(removed, 'pack-1'), 'error.packNotFound');
  });

  it('adds a pack under an id from the import time that no other pack has', () => {
    const pack = (id: string) => ({
      name: 'Office',
      fileName: 'office.optout-pack',
      checklists: [dueChecklist(id, NOW)],
    });
    const once = actions.addPack(defaultStoreData(), pack('office-a'), NOW);
    const twice = actions.addPack(once, pack('office-b'), NOW);
    expect(twice.packs.map(({ id, importedAt }) => [id, importedAt])).toEqual([
      ['pack-2026-12-01t12-00-00z', '2026-12-01T12:00:00.000Z'],
      ['pack-2026-12-01t12-00-00z-2', '2026-12-01T12:00:00.000Z'],
    ]);
    expect(twice.packs[1]).toMatchObject(pack('office-b'));
  });

  it('refuses a pack whose checklist ids are taken, naming them, and one pack over the limit', () => {
    const builtin = builtinCatalog[0];
    if (!builtin) throw new Error('no built-in checklist');
    const clashing = [dueChecklist('my-own', NOW), dueChecklist(builtin.id, NOW)];
    expect(() => actions.checkPackFits(withMine(), clashing)).toThrow(
      expect.objectContaining({ messageKey: 'error.packClash', details: ['my-own', builtin.id] }),
    );
    const full = actions.addPack(withMine(), { name: 'A', fileName: 'a', checklists: [] }, NOW);
    const atLimit = { ...full, packs: Array(STORE_LIMITS.packs).fill(full.packs[0]) };
    rejects(
      () => actions.addPack(atLimit, { name: 'B', fileName: 'b', checklists: [] }, NOW),
      'error.tooManyPacks',
    );
  });
});
