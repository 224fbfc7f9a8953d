import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addressProblems,
  catalogAddresses,
  factsAddresses,
  isLookAlikeHost,
} from '../../../src/shared/catalog/addresses.ts';
import { builtinCatalog } from '../../../src/shared/catalog/index.ts';

const factsText = readFileSync(
  resolve(import.meta.dirname, '../../../docs/catalog-facts.md'),
  'utf8',
);
const factsUrls = factsAddresses(factsText);

describe('addresses of the built-in catalog (offline part of npm run catalog:links)', () => {
  const addresses = catalogAddresses(builtinCatalog);

  it('finds the settings pages, step links and source addresses', () => {
    expect(addresses.length).toBeGreaterThan(20);
    expect(addresses).toContainEqual({
      checklistId: 'linkedin-ai-training',
      where: 'settingsUrl',
      url: 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement',
    });
    expect(addresses).toContainEqual({
      checklistId: 'meta-ai-training',
      where: 'sources.consumentenbond',
      url: 'https://www.consumentenbond.nl/digitaalgids/digitaalgids-uitgelicht/meta-gaat-ai-trainen-met-onze-data',
    });
  });

  it.each(addresses.map((a) => [`${a.checklistId} ${a.where}`, a.url] as const))(
    '%s is https, not a look-alike, and written in catalog-facts.md',
    (_where, url) => {
      expect(addressProblems(url, factsUrls)).toEqual([]);
    },
  );

  it('gives every source with an address a title people can recognise', () => {
    for (const checklist of builtinCatalog)
      for (const source of checklist.sources)
        if (source.url) expect(source.title.length, source.id).toBeGreaterThan(5);
  });
});

describe('factsAddresses', () => {
  it('reads addresses as written, without the punctuation around them', () => {
    const found = factsAddresses(
      'See https://a.example/x ; (https://b.example/y) and https://c.example/?p=1]. Also <https://d.example/z>.',
    );
    expect([...found]).toEqual([
      'https://a.example/x',
      'https://b.example/y',
      'https://c.example/?p=1',
      'https://d.example/z',
    ]);
  });

  it('finds the addresses of catalog-facts.md', () => {
    expect(factsUrls.has('https://github.com/settings/copilot')).toBe(true);
    expect(factsUrls.has('https://stuff.co.za/?p=225194')).toBe(true);
    // Named in the sheet as an address not to use, but still only as text.
    expect(
      factsUrls.has('https://www.linkedin.com/mypreferences/d/settings/data-for-generative-ai'),
    ).toBe(false);
  });
});

describe('addressProblems', () => {
  const known = new Set(['https://www.linkedin.com/help/x', 'http://www.linkedin.com/help/x']);

  it('accepts an https address written in the facts', () => {
    expect(addressProblems('https://www.linkedin.com/help/x', known)).toEqual([]);
  });

  it('refuses an address the facts do not give, even one level off', () => {
    expect(addressProblems('https://www.linkedin.com/help/x/', known)).toEqual(['not-in-facts']);
    expect(addressProblems('https://www.linkedin.com/help', known)).toEqual(['not-in-facts']);
  });

  it('refuses http, credentials and garbage', () => {
    expect(addressProblems('http://www.linkedin.com/help/x', known)).toEqual(['not-https']);
    expect(addressProblems('https://user:pw@www.linkedin.com/help/x', known)).toEqual([
      'credentials',
      'not-in-facts',
    ]);
    expect(addressProblems('javascript:alert(1)', known)).toEqual(['not-https', 'not-in-facts']);
    expect(addressProblems('not a url', known)).toEqual(['invalid']);
  });

  it('refuses punycode and non-ASCII hosts', () => {
    // linkedіn.com with a Cyrillic і
    expect(addressProblems('https://linked\u0456n.com/', known)).toContain('punycode');
    expect(addressProblems('https://xn--linkedn-2ng.com/', known)).toContain('punycode');
  });

  it('refuses hosts that imitate a known service', () => {
    for (const host of [
      '1inkedin.com',
      'linkedin.com.example.net',
      'www.linked-in.com',
      'faceb00k.com',
      'github.example.org',
      'grarnmarly.com',
    ])
      expect(isLookAlikeHost(host), host).toBe(true);
    for (const host of [
      'www.linkedin.com',
      'linkedin.com',
      'github.blog',
      'about.fb.com',
      'account.grammarly.com',
      'x.com',
      'www.goldfarb.com',
      'stuff.co.za',
    ])
      expect(isLookAlikeHost(host), host).toBe(false);
  });
});
