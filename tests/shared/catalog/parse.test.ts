import { describe, expect, it } from 'vitest';
import {
  builtinCatalog,
  LIMITS,
  PACK_FORMAT,
  parseChecklistPack,
  parseChecklistPackText,
} from '../../../src/shared/catalog/index.ts';

const first = builtinCatalog[0];
if (!first) throw new Error('empty catalog');

/** A deep copy of a valid checklist that a test may mutate. */
function sample(): Record<string, unknown> & {
  paths: { web: { steps: Array<Record<string, unknown>> } };
} {
  return JSON.parse(JSON.stringify(first));
}

const pack = (...checklists: unknown[]) => ({ format: PACK_FORMAT, formatVersion: 1, checklists });

function codesOf(json: unknown): string[] {
  const result = parseChecklistPack(json);
  return result.ok ? [] : result.issues.map((i) => i.code);
}

describe('parseChecklistPack', () => {
  it('accepts the built-in catalog as a pack', () => {
    const result = parseChecklistPack(JSON.parse(JSON.stringify(pack(...builtinCatalog))));
    expect(result.ok).toBe(true);
  });

  it.each([
    ['javascript:alert(1)', 'invalid_url'],
    ['http://example.org/', 'not_https'],
    ['file:///etc/passwd', 'not_https'],
    ['data:text/html,hi', 'not_https'],
    ['https://user:pw@example.org/', 'url_credentials'],
    ['not a url', 'invalid_url'],
  ])('rejects the step link %s', (link, code) => {
    const checklist = sample();
    const step = checklist.paths.web.steps[0];
    if (step) step.link = link;
    const codes = codesOf(pack(checklist));
    // javascript: parses as a URL, so it is reported as not https.
    expect(codes).toContain(link.startsWith('javascript:') ? 'not_https' : code);
  });

  it('rejects unknown keys with their path', () => {
    const checklist = sample();
    checklist.colour = 'red';
    const result = parseChecklistPack(pack(checklist));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues[0]).toMatchObject({
        code: 'unrecognized_keys',
        path: ['checklists', 0],
      });
    }
  });

  it.each(['__proto__', 'constructor', 'prototype'])('rejects the key %s', (key) => {
    const json = JSON.parse(
      `{"format":"${PACK_FORMAT}","formatVersion":1,"checklists":[{"${key}":{"x":1}}]}`,
    );
    expect(parseChecklistPack(json)).toEqual({
      ok: false,
      issues: [{ code: 'forbidden_key', path: ['checklists', 0, key] }],
    });
  });

  it('rejects too many steps and too long texts', () => {
    const checklist = sample();
    const step = checklist.paths.web.steps[0];
    checklist.paths.web.steps = Array.from({ length: LIMITS.stepsPerPath + 1 }, (_, i) => ({
      ...step,
      id: `s${i}`,
    }));
    checklist.title = { en: 'x'.repeat(LIMITS.titleLength + 1), nl: 'y' };
    expect(codesOf(pack(checklist))).toEqual(['too_big', 'too_big']);
  });

  it('rejects duplicate checklist ids, dangling source ids and missing paths', () => {
    const a = sample();
    const b = sample();
    (b as Record<string, unknown>).paths = {};
    const step = a.paths.web.steps[0];
    if (step) step.sourceIds = ['nowhere'];
    expect(codesOf(pack(a, b)).sort()).toEqual(['duplicate_id', 'no_paths', 'unknown_source']);
  });

  it('rejects a deadline whose offset does not match its zone', () => {
    const checklist = sample();
    checklist.deadline = { instant: '2025-11-03T00:00:00+02:00', zone: 'Europe/Amsterdam' };
    expect(codesOf(pack(checklist))).toEqual(['offset_mismatch']);
    checklist.deadline = { instant: '2025-11-03T00:00:00+01:00', zone: 'Mars/Olympus' };
    expect(codesOf(pack(checklist))).toEqual(['invalid_zone']);
    checklist.deadline = { instant: '3 November', zone: 'Europe/Amsterdam' };
    expect(codesOf(pack(checklist))).toEqual(['invalid_instant']);
  });

  it('rejects blank Dutch text and unknown regions', () => {
    const checklist = sample();
    checklist.summary = { en: 'Fine', nl: '   ' };
    checklist.regions = { include: ['UK'] };
    expect(codesOf(pack(checklist)).sort()).toEqual(['blank_text', 'invalid_region']);
  });

  it('rejects too-deep nesting without recursing forever', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 1000; i++) deep = [deep];
    expect(codesOf(pack(deep))).toEqual(['too_deep']);
  });

  it('reports invalid JSON and oversized text without throwing', () => {
    expect(parseChecklistPackText('{')).toEqual({
      ok: false,
      issues: [{ code: 'invalid_json', path: [] }],
    });
    const result = parseChecklistPackText(' '.repeat(LIMITS.packTextLength + 1));
    expect(result.ok ? '' : result.issues[0]?.code).toBe('too_large');
  });

  it('rejects a pack with more checklists than allowed', () => {
    const many = Array.from({ length: LIMITS.checklistsPerPack + 1 }, (_, i) => ({
      ...sample(),
      id: `c${i}`,
    }));
    expect(codesOf(pack(...many))).toEqual(['too_big']);
  });
});
