import { describe, expect, it, vi } from 'vitest';
import { checklistLinks, openExternalSafely, safeExternalUrl } from '../../src/main/links.ts';
import type { Checklist } from '../../src/shared/catalog/schema.ts';
import { callsTo } from '../support/electron-stand-in/recorder.ts';
import { dueChecklist } from '../support/fixtures.ts';

vi.mock('electron', () => import('../support/electron-stand-in/index.ts'));

describe('opening links', () => {
  it.each([
    'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement',
    'https://example.org/path?q=1#frag',
  ])('opens %s', async (url) => {
    expect(safeExternalUrl(url)).toBe(url);
    expect(await openExternalSafely(url)).toBe(true);
    expect(callsTo('shell', 'openExternal').at(-1)?.args).toEqual([url]);
  });

  it.each([
    ['javascript:', 'javascript:alert(document.cookie)'],
    ['file:', 'file:///etc/passwd'],
    ['http:', 'http://www.linkedin.com/'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['credentials in the URL', 'https://user:secret@www.linkedin.com/'],
    ['a user name only', 'https://www.linkedin.com@evil.example/'],
    ['an IDN look-alike (Cyrillic і)', 'https://www.linkedіn.com/'],
    ['a punycode host', 'https://xn--linkedn-yxg.com/'],
    ['a relative URL', '/settings'],
    ['garbage', 'not a url'],
    ['a custom scheme', 'ms-settings:privacy'],
  ])('refuses %s', async (_name, url) => {
    const before = callsTo('shell', 'openExternal').length;
    expect(safeExternalUrl(url)).toBeNull();
    expect(await openExternalSafely(url)).toBe(false);
    expect(callsTo('shell', 'openExternal')).toHaveLength(before);
  });
});

describe('checklistLinks', () => {
  it('is the settings page and the step links, not the sources (they open by id)', () => {
    const base = dueChecklist('example', Date.UTC(2026, 11, 1));
    const checklist: Checklist = {
      ...base,
      paths: {
        web: { steps: [{ id: 'open', text: base.title, link: 'https://example.org/step' }] },
      },
      sources: [
        { id: 'notice', title: 'Notice', url: 'https://example.org/notice' },
        { id: 'letter', title: 'Letter' },
      ],
    };
    expect([...checklistLinks(checklist)]).toEqual([
      'https://example.org/privacy',
      'https://example.org/step',
    ]);
  });
});
