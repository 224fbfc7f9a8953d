import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  builtinCatalog,
  type Checklist,
  checklistSchema,
  PLATFORMS,
} from '../../../src/shared/catalog/index.ts';
import { confidentSentences } from './careful-wording.ts';

/** The facts sheet every built-in entry traces to, with line breaks folded into spaces. */
const facts = readFileSync(
  resolve(import.meta.dirname, '../../../docs/catalog-facts.md'),
  'utf8',
).replace(/\s+/g, ' ');

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

/** Facts and steps marked `uncertain`, with where they sit. */
function uncertainTexts(checklist: Checklist): Array<[string, { en: string; nl: string }]> {
  const texts: Array<[string, { en: string; nl: string }]> = [];
  for (const list of ['used', 'notUsed', 'caveats'] as const) {
    checklist.facts[list].forEach((fact, i) => {
      if (fact.uncertain) texts.push([`facts.${list}.${i}`, fact.text]);
    });
  }
  for (const platform of PLATFORMS) {
    for (const step of checklist.paths[platform]?.steps ?? [])
      if (step.uncertain) texts.push([`paths.${platform}.${step.id}`, step.text]);
  }
  return texts;
}

/**
 * Deadline and regions of every entry as catalog-facts.md gives them, with
 * the words of the facts sheet each value rests on (checked to be there).
 */
const PINNED: Record<
  string,
  {
    deadline: { instant: string; zone: string } | null;
    regions: { include: string[]; exclude?: string[] };
    quotes: string[];
  }
> = {
  'linkedin-ai-training': {
    deadline: { instant: '2025-11-03T00:00:00+01:00', zone: 'Europe/Amsterdam' },
    regions: { include: ['EU', 'EEA', 'CH', 'GB'] },
    quotes: [
      'Deadline instant: 2025-11-03T00:00:00+01:00',
      'Regions: EU, EEA, Switzerland, UK [confirmed',
    ],
  },
  'meta-ai-training': {
    deadline: { instant: '2025-05-27T00:00:00+02:00', zone: 'Europe/Amsterdam' },
    regions: { include: ['EU', 'EEA', 'GB'] },
    quotes: ['Deadline instant: 2025-05-27T00:00:00+02:00', 'Regions: EU, EEA, UK [confirmed'],
  },
  'linkedin-microsoft-ads': {
    deadline: { instant: '2025-11-03T00:00:00Z', zone: 'UTC' },
    regions: { include: ['WORLD'], exclude: ['EU', 'EEA', 'CH'] },
    quotes: ['From 2025-11-03 LinkedIn shares', 'Regions: outside EU/EEA/Switzerland'],
  },
  'anthropic-claude-training': {
    deadline: { instant: '2025-10-08T00:00:00Z', zone: 'UTC' },
    regions: { include: ['WORLD'] },
    quotes: ['If shipped, use 2025-10-08 and say "extended"'],
  },
  'x-grok-training': {
    deadline: null,
    regions: { include: ['WORLD'] },
    quotes: ['So: regions WORLD, no exclusion', 'No deadline.'],
  },
  'google-gemini-activity': {
    deadline: { instant: '2025-09-02T00:00:00Z', zone: 'UTC' },
    regions: { include: ['WORLD'] },
    quotes: ['From 2025-09-02 a sample of uploads'],
  },
  'github-copilot-training': {
    deadline: { instant: '2026-04-24T00:00:00Z', zone: 'UTC' },
    regions: { include: ['WORLD'] },
    quotes: [
      'From 2026-04-24 interaction data',
      'Time zone not given [uncertain]: store 00:00 UTC and say so.',
      'Regions: worldwide',
    ],
  },
  'google-search-services-history': {
    deadline: null,
    regions: { include: ['WORLD'] },
    quotes: ['global rollout over several months', 'No deadline: the change is live'],
  },
  'grammarly-training': {
    deadline: null,
    regions: { include: ['WORLD'] },
    quotes: ['Grammarly — "Product Improvement and Training" (no deadline)'],
  },
  'whatsapp-advanced-chat-privacy': {
    deadline: null,
    regions: { include: ['WORLD'] },
    quotes: ['Worldwide [uncertain]. No deadline.'],
  },
  'meta-ai-chats-ads': {
    deadline: null,
    regions: { include: ['WORLD'], exclude: ['EU', 'EEA', 'GB', 'KR'] },
    quotes: ['regions excluding EU, EEA, GB, KR; no deadline to beat'],
  },
  'openai-chatgpt-ads': {
    deadline: null,
    regions: { include: ['US'] },
    quotes: ['must carry regions US'],
  },
};

const cases = builtinCatalog.map((c) => [c.id, c] as const);

describe('builtinCatalog', () => {
  it('has one entry per checklist of catalog-facts.md, with unique ids', () => {
    expect(builtinCatalog.map((c) => c.id)).toEqual(Object.keys(PINNED));
  });

  it.each(cases)('%s passes the checklist schema', (_id, checklist) => {
    const result = checklistSchema.safeParse(checklist);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it.each(cases)('%s keeps the deadline and regions of catalog-facts.md', (id, checklist) => {
    const pinned = PINNED[id];
    if (!pinned) throw new Error(`${id} is not pinned`);
    for (const quote of pinned.quotes) expect(facts, id).toContain(quote);
    expect(
      checklist.deadline
        ? { instant: checklist.deadline.instant, zone: checklist.deadline.zone }
        : null,
    ).toEqual(pinned.deadline);
    expect({
      include: checklist.regions.include,
      ...(checklist.regions.exclude ? { exclude: checklist.regions.exclude } : {}),
    }).toEqual(pinned.regions);
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

  it.each(cases)('%s words every uncertain fact and step carefully', (_id, checklist) => {
    for (const [where, text] of uncertainTexts(checklist))
      expect(confidentSentences(text), where).toEqual([]);
  });

  it.each(cases)('%s quotes in Dutch only labels a source gives', (_id, checklist) => {
    // A quoted label in the Dutch text is either the English label also
    // quoted in the English text, or written in catalog-facts.md (where the
    // Dutch labels that sources give are recorded).
    for (const [where, text] of localizedTexts(checklist)) {
      for (const [, quoted] of text.nl.matchAll(/"([^"]+)"/g)) {
        const inEnglish = text.en.includes(`"${quoted}"`);
        expect(inEnglish || facts.includes(quoted ?? ''), `${where}: "${quoted}"`).toBe(true);
      }
    }
  });

  it.each(cases)('%s was reviewed after its newest source appeared', (_id, checklist) => {
    const newest = checklist.sources
      .flatMap((source) => (source.date ? [source.date] : []))
      .sort()
      .at(-1);
    if (newest) expect(checklist.reviewedOn >= newest).toBe(true);
    expect(checklist.reviewedOn <= '2026-11-24').toBe(true);
  });

  it('writes Dutch that reads as Dutch (review of November 2026)', () => {
    const dutch = builtinCatalog
      .flatMap((checklist) => localizedTexts(checklist).map(([, text]) => text.nl))
      .join('\n');
    expect(dutch).not.toMatch(/stopt nog steeds/);
    expect(dutch).not.toMatch(/zusterbedrijf/);
    expect(dutch).not.toMatch(/bijzondere gegevens/);
    expect(dutch).not.toMatch(/vóór 28 september/);
    expect(dutch).not.toMatch(/"Ik"/);
    expect(dutch).toMatch(/bijzondere persoonsgegevens/);
    expect(dutch).toMatch(/moederbedrijf Microsoft/);
    expect(dutch).toMatch(/uiterlijk 28 september 2025/);
  });
});
