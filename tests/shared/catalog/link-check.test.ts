import { describe, expect, it } from 'vitest';
import { checkLink, checkLinks } from '../../../src/shared/catalog/link-check.ts';

type Answer = number | [number, string] | Error;

/** A fetch that answers from a table: status, status + Location, or a network error. */
function fakeFetch(table: Record<string, Answer>) {
  const calls: string[] = [];
  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    calls.push(`${init?.method ?? 'GET'} ${url}`);
    const answer = table[url];
    if (answer === undefined) throw new TypeError('fetch failed', { cause: { code: 'ENOTFOUND' } });
    if (answer instanceof Error) throw answer;
    const [status, location] = typeof answer === 'number' ? [answer, undefined] : answer;
    return new Response(null, {
      status,
      headers: location ? { location: String(location) } : {},
    });
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

const options = { timeoutMs: 1_000, maxRedirects: 3 };

describe('checkLink', () => {
  it('reports an address that answers 200', async () => {
    const { fetch, calls } = fakeFetch({ 'https://a.example/': 200 });
    expect(await checkLink('https://a.example/', { ...options, fetch })).toEqual({
      url: 'https://a.example/',
      kind: 'ok',
      hops: [{ url: 'https://a.example/', status: 200 }],
    });
    expect(calls).toEqual(['HEAD https://a.example/']);
  });

  it('follows redirects by hand and reports every hop', async () => {
    const { fetch } = fakeFetch({
      'https://a.example/old': [301, '/new'],
      'https://a.example/new': [302, 'https://b.example/final'],
      'https://b.example/final': 200,
    });
    expect(await checkLink('https://a.example/old', { ...options, fetch })).toEqual({
      url: 'https://a.example/old',
      kind: 'redirected',
      finalUrl: 'https://b.example/final',
      hops: [
        { url: 'https://a.example/old', status: 301 },
        { url: 'https://a.example/new', status: 302 },
        { url: 'https://b.example/final', status: 200 },
      ],
    });
  });

  it('fails a redirect to http, a loop, and a 404', async () => {
    const { fetch } = fakeFetch({
      'https://a.example/': [301, 'http://a.example/'],
      'https://loop.example/': [302, 'https://loop.example/'],
      'https://gone.example/': 404,
    });
    expect(await checkLink('https://a.example/', { ...options, fetch })).toMatchObject({
      kind: 'broken',
      reason: 'redirects to http: http://a.example/',
    });
    expect(await checkLink('https://loop.example/', { ...options, fetch })).toMatchObject({
      kind: 'broken',
      reason: 'more than 3 redirects',
    });
    expect(await checkLink('https://gone.example/', { ...options, fetch })).toMatchObject({
      kind: 'broken',
      reason: 'HTTP 404',
    });
  });

  it('asks with GET when a server refuses HEAD', async () => {
    const calls: string[] = [];
    const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
      calls.push(`${init?.method} ${String(input)}`);
      return new Response(null, { status: init?.method === 'HEAD' ? 405 : 200 });
    }) as typeof globalThis.fetch;
    const result = await checkLink('https://a.example/', { ...options, fetch });
    expect(calls).toEqual(['HEAD https://a.example/', 'GET https://a.example/']);
    expect(result.kind).toBe('ok');
  });

  it('reports a timeout as unreachable', async () => {
    const timeout = new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    const { fetch } = fakeFetch({ 'https://slow.example/': timeout as unknown as Error });
    expect(await checkLink('https://slow.example/', { ...options, fetch })).toEqual({
      url: 'https://slow.example/',
      kind: 'unreachable',
      reason: 'timed out',
    });
  });
});

describe('checkLinks', () => {
  const many = Array.from({ length: 10 }, (_, i) => `https://site${i}.example/`);

  it('stops after the probes when the machine is offline', async () => {
    const { fetch, calls } = fakeFetch({});
    const { offline, results } = await checkLinks(many, {
      ...options,
      fetch,
      concurrency: 4,
      probeCount: 2,
    });
    expect(offline).toBe(true);
    expect(results.map((result) => result.kind)).toEqual(['unreachable', 'unreachable']);
    expect(calls).toHaveLength(2);
  });

  it('checks every address, in order, when online', async () => {
    const table = Object.fromEntries(many.map((url) => [url, 200]));
    const { fetch } = fakeFetch({ ...table, 'https://site5.example/': 500 });
    const { offline, results } = await checkLinks(many, {
      ...options,
      fetch,
      concurrency: 3,
      probeCount: 2,
    });
    expect(offline).toBe(false);
    expect(results.map((result) => result.url)).toEqual(many);
    expect(results.map((result) => result.kind)).toEqual([
      'ok',
      'ok',
      'ok',
      'ok',
      'ok',
      'broken',
      'ok',
      'ok',
      'ok',
      'ok',
    ]);
  });
});
