/**
 * The online half of `npm run catalog:links`: asks each address's server
 * what it answers, following redirects by hand so every hop is reported.
 * `fetch` is injected, so the logic is tested without a network.
 */

/** One answer on the way to the final page. */
export interface LinkHop {
  url: string;
  status: number;
}

/** What checking one address found. */
export type LinkResult =
  | { url: string; kind: 'ok'; hops: LinkHop[] }
  | { url: string; kind: 'redirected'; hops: LinkHop[]; finalUrl: string }
  | { url: string; kind: 'broken'; hops: LinkHop[]; reason: string }
  | { url: string; kind: 'unreachable'; reason: string };

export interface LinkCheckOptions {
  fetch: typeof globalThis.fetch;
  /** Per request, in ms. */
  timeoutMs: number;
  maxRedirects: number;
}

/** Network-level failure: no DNS, no route, refused, timed out. */
function reasonOf(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
    if (error.name === 'TimeoutError' || error.name === 'AbortError') return 'timed out';
    return cause?.code ?? cause?.message ?? error.message;
  }
  return String(error);
}

async function ask(url: string, options: LinkCheckOptions): Promise<Response> {
  const init = { redirect: 'manual', signal: AbortSignal.timeout(options.timeoutMs) } as const;
  const head = await options.fetch(url, { ...init, method: 'HEAD' });
  // Some servers refuse HEAD; ask again the way a browser would.
  if (head.status === 405 || head.status === 403 || head.status === 501)
    return options.fetch(url, { ...init, method: 'GET' });
  return head;
}

/** Checks one address: its status, and each redirect with its status. */
export async function checkLink(url: string, options: LinkCheckOptions): Promise<LinkResult> {
  const hops: LinkHop[] = [];
  let current = url;
  for (let hop = 0; hop <= options.maxRedirects; hop += 1) {
    let response: Response;
    try {
      response = await ask(current, options);
    } catch (error) {
      if (hops.length === 0) return { url, kind: 'unreachable', reason: reasonOf(error) };
      return { url, kind: 'broken', hops, reason: `${current}: ${reasonOf(error)}` };
    }
    hops.push({ url: current, status: response.status });
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      const next = new URL(location, current);
      if (next.protocol !== 'https:')
        return { url, kind: 'broken', hops, reason: `redirects to ${next.protocol} ${next.href}` };
      current = next.href;
      continue;
    }
    if (response.status >= 400)
      return { url, kind: 'broken', hops, reason: `HTTP ${response.status}` };
    return current === url
      ? { url, kind: 'ok', hops }
      : { url, kind: 'redirected', hops, finalUrl: current };
  }
  return { url, kind: 'broken', hops, reason: `more than ${options.maxRedirects} redirects` };
}

/**
 * Checks every address, a few at a time. When the first addresses are all
 * unreachable at the network level, the machine is taken to be offline and
 * the rest are not tried: `offline` is then true.
 */
export async function checkLinks(
  urls: readonly string[],
  options: LinkCheckOptions & { concurrency: number; probeCount: number },
): Promise<{ offline: boolean; results: LinkResult[] }> {
  const probes = urls.slice(0, options.probeCount);
  const probeResults = await Promise.all(probes.map((url) => checkLink(url, options)));
  if (probeResults.length > 0 && probeResults.every((result) => result.kind === 'unreachable'))
    return { offline: true, results: probeResults };
  const results = [...probeResults];
  const queue = urls.slice(options.probeCount);
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift())
      results.push(await checkLink(url, options));
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const order = new Map(urls.map((url, index) => [url, index]));
  results.sort((a, b) => (order.get(a.url) ?? 0) - (order.get(b.url) ?? 0));
  return { offline: false, results };
}
