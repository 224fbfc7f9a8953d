import { describe, expect, it } from 'vitest';
import {
  builtinCatalog,
  type Checklist,
  checklistSchema,
  PLATFORMS,
} from '../../../src/shared/catalog/index.ts';

/** Every localized text in a checklist, with where it sits. */
function localizedTexts(checklist: Checklist): Array<[string, { en: string; nl: string }]> {
  const texts: Array<[string, { en: string; nl: string }]> = [
    ['title', checklist.title],
    ['summary', checklist.summary],
  ];
  if (checklist.deadline?.note) texts.push(['deadline.note', checklist.deadline.note]);
  for (const list of ['used', 'notUsed', 'caveats'] as const) {
    checklist.facts[list].forEach((fact, i) => {
      texts.push([`facts.${list}.${i}`, fact.text]);
    });
  }
  for (const platform of PLATFORMS) {
    const path = checklist.paths[platform];
    if (path?.note) texts.push([`paths.${platform}.note`, path.note]);
    path?.steps.forEach((step) => {
      texts.push([`paths.${platform}.${step.id}`, step.text]);
    });
  }
  return texts;
}

const cases = builtinCatalog.map((c) => [c.id, c] as const);

describe('builtinCatalog', () => {
  it('has the six entries of catalog-facts.md with unique ids', () => {
    expect(builtinCatalog.map((c) => c.id)).toEqual([
      'linkedin-ai-training',
      'meta-ai-training',
      'linkedin-microsoft-ads',
      'anthropic-claude-training',
      'x-grok-training',
      'google-gemini-activity',
    ]);
  });

  it.each(cases)('%s passes the checklist schema', (_id, checklist) => {
    const result = checklistSchema.safeParse(checklist);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it.each(cases)('%s is complete in English and Dutch', (_id, checklist) => {
    for (const [where, text] of localizedTexts(checklist)) {
      expect(text.en.trim(), where).not.toBe('');
      expect(text.nl.trim(), where).not.toBe('');
    }
    // Titles and summaries must really be translated, not copied.
    expect(checklist.title.nl).not.toBe(checklist.title.en);
    expect(checklist.summary.nl).not.toBe(checklist.summary.en);
    const sentences = localizedTexts(checklist).filter(([, t]) => t.en.split(' ').length > 6);
    for (const [where, text] of sentences) expect(text.nl, where).not.toBe(text.en);
  });

  it.each(cases)('%s: every fact and step cites a source of the entry', (_id, checklist) => {
    const sourceIds = new Set(checklist.sources.map((s) => s.id));
    const cited = new Set<string>();
    const check = (where: string, refs: readonly string[] | undefined): void => {
      expect(refs?.length ?? 0, `${where} has no source`).toBeGreaterThan(0);
      for (const ref of refs ?? []) {
        expect(sourceIds.has(ref), `${where} cites unknown ${ref}`).toBe(true);
        cited.add(ref);
      }
    };
    // "Everywhere" makes no claim; any narrower region rule must be sourced.
    const isWorldwide =
      checklist.regions.include.join() === 'WORLD' && !checklist.regions.exclude?.length;
    if (!isWorldwide) check('regions', checklist.regions.sourceIds);
    if (checklist.deadline) check('deadline', checklist.deadline.sourceIds);
    for (const list of ['used', 'notUsed', 'caveats'] as const) {
      checklist.facts[list].forEach((fact, i) => {
        check(`facts.${list}.${i}`, fact.sourceIds);
      });
    }
    for (const platform of PLATFORMS) {
      checklist.paths[platform]?.steps.forEach((step) => {
        check(`${platform}.${step.id}`, step.sourceIds);
      });
    }
    // No dead weight: every listed source is used somewhere.
    expect([...sourceIds].filter((id) => !cited.has(id))).toEqual([]);
  });

  it.each(cases)('%s words uncertain facts carefully', (_id, checklist) => {
    const careful = /reported|likely|reportedly|may|secondary|single|one secondary/i;
    for (const list of ['used', 'notUsed', 'caveats'] as const) {
      for (const fact of checklist.facts[list]) {
        if (fact.uncertain) expect(fact.text.en).toMatch(careful);
      }
    }
  });

  it('uses only URLs that appear in catalog-facts.md', () => {
    const allowed = new Set([
      'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement',
      'https://www.facebook.com/help/contact/6359191084165019',
      'https://x.com/settings/grok_settings',
      'https://gemini.google.com/',
    ]);
    for (const checklist of builtinCatalog) {
      const urls = [checklist.settingsUrl, ...checklist.sources.map((s) => s.url)];
      for (const platform of PLATFORMS) {
        for (const step of checklist.paths[platform]?.steps ?? []) urls.push(step.link);
      }
      for (const url of urls) if (url !== undefined) expect(allowed.has(url), url).toBe(true);
    }
  });

  it('stores the Dutch DPA deadlines as local midnight in Europe/Amsterdam', () => {
    const byId = new Map(builtinCatalog.map((c) => [c.id, c]));
    expect(byId.get('linkedin-ai-training')?.deadline).toMatchObject({
      instant: '2025-11-03T00:00:00+01:00',
      zone: 'Europe/Amsterdam',
    });
    expect(byId.get('meta-ai-training')?.deadline).toMatchObject({
      instant: '2025-05-27T00:00:00+02:00',
      zone: 'Europe/Amsterdam',
    });
    expect(byId.get('x-grok-training')?.deadline).toBeUndefined();
    expect(byId.get('anthropic-claude-training')?.deadline?.note?.en).toMatch(/extended/);
  });
});
