import { describe, expect, it } from 'vitest';
import {
  buildChecklist,
  customId,
  draftFromChecklist,
  draftIssues,
  emptyDraft,
  newStep,
} from '../../../src/renderer/lib/custom-draft.ts';

describe('customId', () => {
  it('makes a slug from the title, without accents, unique among taken ids', () => {
    expect(customId('Bezwaar tegen Meta-AI: vóór 27 mei!', [])).toBe(
      'custom-bezwaar-tegen-meta-ai-voor-27-mei',
    );
    expect(customId('Mine', ['custom-mine', 'custom-mine-2'])).toBe('custom-mine-3');
    expect(customId('???', [])).toBe('custom-checklist');
    expect(customId('a'.repeat(200), []).length).toBeLessThanOrEqual(64);
  });
});

describe('draftIssues', () => {
  it('says a name of only invisible characters shows nothing', () => {
    const issues = draftIssues({
      ...emptyDraft(),
      title: '\u200b',
      organisation: ' \u2060 ',
      steps: [{ ...newStep(), text: 'Do it' }],
    });
    expect(issues).toEqual({ title: 'custom.invisibleOnly', organisation: 'custom.invisibleOnly' });
  });

  it("refuses links the app would never open (the opener's rule): punycode and mixed-script hosts", () => {
    const step = { ...newStep(), text: 'Do it', link: 'https://linked\u0456n.com/settings' };
    const issues = draftIssues({
      ...emptyDraft(),
      title: 'T',
      organisation: 'O',
      settingsUrl: 'https://xn--linkedn-yxg.com/',
      steps: [step],
    });
    expect(issues).toEqual({
      settingsUrl: 'custom.punycode',
      [`link-${step.key}`]: 'custom.punycode',
    });
  });

  it('asks for title, organisation and at least one step', () => {
    expect(draftIssues(emptyDraft())).toEqual({
      organisation: 'custom.required',
      title: 'custom.required',
      steps: 'custom.needsStep',
    });
  });

  it('flags a step link that is not https and a step with only a link', () => {
    const bad = { ...newStep(), text: 'Do it', link: 'http://x.org' };
    const linkOnly = { ...newStep(), link: 'https://x.org' };
    const issues = draftIssues({
      ...emptyDraft(),
      title: 'T',
      organisation: 'O',
      steps: [bad, linkOnly],
    });
    expect(issues).toEqual({
      [`link-${bad.key}`]: 'custom.notHttps',
      [`step-${linkOnly.key}`]: 'custom.stepText',
    });
  });
});

describe('editing a saved checklist keeps ticks with their steps', () => {
  const context = {
    id: 'custom-mine',
    version: 1,
    zone: 'Europe/Amsterdam',
    now: Date.UTC(2026, 10, 24),
  };
  const draft = (texts: string[]) => ({
    ...emptyDraft(),
    title: 'Mine',
    organisation: 'Me',
    steps: texts.map((text) => ({ ...newStep(), text })),
  });
  const saved = buildChecklist(draft(['One', 'Two', 'Three']), context);
  const ids = (checklist: ReturnType<typeof buildChecklist>) =>
    checklist.paths.web?.steps.map((step) => [step.id, step.text.en]);

  it('keeps the ids of the steps that remain when the first is removed', () => {
    const editing = draftFromChecklist(saved, context.zone, 'en');
    const edited = buildChecklist(
      { ...editing, steps: editing.steps.slice(1) },
      { ...context, version: 2, previous: saved },
    );
    expect(ids(edited)).toEqual([
      ['step-2', 'Two'],
      ['step-3', 'Three'],
    ]);
  });

  it('gives a new step an id no earlier version used, so it starts unticked', () => {
    const editing = draftFromChecklist(saved, context.zone, 'en');
    const withoutLast = buildChecklist(
      { ...editing, steps: editing.steps.slice(0, 2) },
      { ...context, version: 2, previous: saved },
    );
    const again = draftFromChecklist(withoutLast, context.zone, 'en');
    const added = buildChecklist(
      { ...again, steps: [{ ...newStep(), text: 'New' }, ...again.steps] },
      { ...context, version: 3, previous: saved },
    );
    expect(ids(added)).toEqual([
      ['step-4', 'New'],
      ['step-1', 'One'],
      ['step-2', 'Two'],
    ]);
  });

  it('gives a step moved to another platform a new id there', () => {
    const editing = draftFromChecklist(saved, context.zone, 'en');
    const moved = buildChecklist(
      {
        ...editing,
        steps: editing.steps.map((step, index) =>
          index === 0 ? { ...step, platform: 'ios' as const } : step,
        ),
      },
      { ...context, version: 2, previous: saved },
    );
    expect(moved.paths.ios?.steps.map((step) => step.id)).toEqual(['step-1']);
    expect(ids(moved)).toEqual([
      ['step-2', 'Two'],
      ['step-3', 'Three'],
    ]);
  });
});
