import { describe, expect, it } from 'vitest';
import { saveCustomChecklist, setStepDone } from '../../../src/main/state/actions.ts';
import { defaultStoreData } from '../../../src/main/store/schema.ts';
import type { Checklist } from '../../../src/shared/catalog/schema.ts';
import { isComplete } from '../../../src/shared/progress/rules.ts';

const T = Date.parse('2026-11-24T10:00:00Z');

function custom(stepIds: string[]): Checklist {
  return {
    id: 'custom-mine',
    version: 1,
    organisation: 'Me',
    title: { en: 'Mine', nl: 'Mine' },
    summary: { en: 'Mine', nl: 'Mine' },
    facts: { used: [], notUsed: [], caveats: [] },
    regions: { include: ['WORLD'] },
    scope: 'account',
    paths: {
      web: { steps: stepIds.map((id) => ({ id, text: { en: id, nl: id } })) },
    },
    sources: [],
    reviewedOn: '2026-11-24',
  };
}

function ticked(stepIds: string[], ticks: string[]) {
  let data = saveCustomChecklist(defaultStoreData(), custom(stepIds), T);
  for (const stepId of ticks)
    data = setStepDone(
      data,
      { checklistId: 'custom-mine', platform: 'web', stepId, done: true },
      T,
    );
  return data;
}

describe("saving an edited checklist of the user's own", () => {
  it('keeps each tick with its step and drops those of removed steps', () => {
    const data = ticked(['step-1', 'step-2', 'step-3'], ['step-1', 'step-2']);
    const edited = saveCustomChecklist(data, custom(['step-2', 'step-3']), T + 1000);
    expect(Object.keys(edited.progress['custom-mine']?.steps.web ?? {})).toEqual(['step-2']);
  });

  it('opens a finished checklist again when a step is added', () => {
    const data = ticked(['step-1', 'step-2'], ['step-1', 'step-2']);
    expect(data.progress['custom-mine']?.completedAt).toBeDefined();
    const edited = saveCustomChecklist(data, custom(['step-1', 'step-2', 'step-3']), T + 1000);
    const progress = edited.progress['custom-mine'];
    expect(progress?.completedAt).toBeUndefined();
    expect(isComplete(custom(['step-1', 'step-2', 'step-3']), progress ?? { steps: {} })).toBe(
      false,
    );
  });

  it('completes it when the only open step is removed, at that moment', () => {
    const data = ticked(['step-1', 'step-2', 'step-3'], ['step-2', 'step-3']);
    const edited = saveCustomChecklist(data, custom(['step-2', 'step-3']), T + 1000);
    expect(edited.progress['custom-mine']).toMatchObject({
      completedAt: '2026-11-24T10:00:01.000Z',
      completedHow: 'path:web',
    });
  });
});

describe('saving an own checklist main would show without a name or never open', () => {
  it('refuses a title of only invisible characters', () => {
    for (const title of ['\u200b', ' \u2060\u200d ', '\uFEFF'])
      expect(() =>
        saveCustomChecklist(
          defaultStoreData(),
          { ...custom(['step-1']), title: { en: title, nl: title } },
          T,
        ),
      ).toThrow(expect.objectContaining({ messageKey: 'error.invisibleName' }));
  });

  it('refuses a settings page on a punycode or mixed-script host (the opener would refuse it)', () => {
    for (const settingsUrl of ['https://xn--linkedn-yxg.com/', 'https://linked\u0456n.com/'])
      expect(() =>
        saveCustomChecklist(defaultStoreData(), { ...custom(['step-1']), settingsUrl }, T),
      ).toThrow(expect.objectContaining({ messageKey: 'error.linkNotOpenable' }));
  });
});
