import { describe, expect, it } from 'vitest';
import {
  customId,
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
