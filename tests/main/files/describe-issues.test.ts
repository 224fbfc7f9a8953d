import { describe, expect, it } from 'vitest';
import { describeIssues, ISSUE_MESSAGES } from '../../../src/main/files/describe-issues.ts';
import { translate } from '../../../src/shared/i18n/index.ts';

describe('describeIssues', () => {
  const codes = Object.keys(ISSUE_MESSAGES) as (keyof typeof ISSUE_MESSAGES)[];

  it.each(codes)('has an English and a Dutch sentence for %s, neither the raw code', (code) => {
    const params = { maximum: 5, minimum: 1, keys: 'colour' };
    const english = describeIssues([{ code, path: ['checklists', 0], params }], 'en')[0] ?? '';
    const dutch = describeIssues([{ code, path: ['checklists', 0], params }], 'nl')[0] ?? '';
    for (const sentence of [english, dutch]) {
      expect(sentence).toMatch(/^checklists\.0: [A-Z]/);
      expect(sentence).not.toContain(code);
      expect(sentence).not.toMatch(/\{\w+\}/);
    }
    expect(dutch).not.toBe(english);
  });

  it('covers every code the parser and the import checks produce (spot check of the new ones)', () => {
    for (const code of ['punycode_host', 'invisible_text', 'too_deep', 'not_https', 'invalid_json'])
      expect(codes).toContain(code);
  });

  it('names the file as a whole when the problem has no path', () => {
    expect(describeIssues([{ code: 'invalid_json', path: [] }], 'en')).toEqual([
      `${translate('en', 'issue.document')}: ${translate('en', 'issue.invalid_json')}`,
    ]);
  });
});
