import type { FeedOutcome } from '../../shared/feed/state.ts';

/** The part of `fetch` (Electron's `net.fetch`) this module uses. */
export type FetchFunction = (url: string, init: RequestInit) => Promise<Response>;

export type FetchResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; outcome: FeedOutcome; status?: number };

export interface FetchLimits {
  maxBytes: number;
  timeoutMs: number;
}

/**
 * Downloads a public file over https: no cookies, no credentials, no cache
 * validators — an ordinary download that says nothing about the user. The
 * body is read in chunks and cut off past `maxBytes`; the whole exchange is
 * abandoned after `timeoutMs`. Never throws.
 */
export async function fetchLimited(
  fetchImpl: FetchFunction,
  url: string,
  limits: FetchLimits,
): Promise<FetchResult> {
  if (new URL(url).protocol !== 'https:') return { ok: false, outcome: 'http-error' };
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, limits.timeoutMs);
  try {
    const response = await fetchImpl(url, {
      signal: controller.signal,
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'follow',
    });
    // A redirect must not leave https either.
    if (response.url && new URL(response.url).protocol !== 'https:') {
      controller.abort();
      return { ok: false, outcome: 'http-error' };
    }
    if (response.status === 404 || response.status === 410) {
      controller.abort();
      return { ok: false, outcome: 'not-found', status: response.status };
    }
    if (!response.ok) {
      controller.abort();
      return { ok: false, outcome: 'http-error', status: response.status };
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > limits.maxBytes) {
      controller.abort();
      return { ok: false, outcome: 'too-large' };
    }
    const reader = response.body?.getReader();
    const chunks: Uint8Array[] = [];
    let length = 0;
    while (reader) {
      const { done, value } = await reader.read();
      if (done) break;
      length += value.byteLength;
      if (length > limits.maxBytes) {
        controller.abort();
        await reader.cancel().catch(() => {});
        return { ok: false, outcome: 'too-large' };
      }
      chunks.push(value);
    }
    const bytes = new Uint8Array(length);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return { ok: true, bytes };
  } catch {
    return { ok: false, outcome: timedOut ? 'timeout' : 'offline' };
  } finally {
    clearTimeout(timer);
  }
}
