/** What a catalog feed of 1,000 checklists costs: checking it, and taking it in. */
import { generateKeyPairSync, sign } from 'node:crypto';
import { FeedService } from '../src/main/feed/feed-service.ts';
import { parsePublicKey, verifyFeedSignature } from '../src/main/feed/signature.ts';
import type { Checklist } from '../src/shared/catalog/schema.ts';
import { buildFeed, FEED_LIMITS, parseFeedText, serializeFeed } from '../src/shared/feed/format.ts';
import { mergeFeed } from '../src/shared/feed/merge.ts';
import type { FeedRecord } from '../src/shared/feed/state.ts';
import { createTestAppState } from '../tests/support/app-state.ts';
import { dueChecklist } from '../tests/support/fixtures.ts';
import { medianMs } from './stats.ts';

const COUNT = 1_000;
const NOW = Date.UTC(2026, 10, 23, 9);
const URL_ = 'https://feeds.example.org/feed.json';

function checklists(sequence: number): Checklist[] {
  return Array.from({ length: COUNT }, (_, i) => ({
    ...dueChecklist(`feed-checklist-${i}`, NOW + (i + 1) * 3_600_000),
    version: sequence,
    summary: {
      en: `Checklist ${i} of the benchmark feed, edition ${sequence}. `.repeat(4),
      nl: `Checklist ${i} van de benchmarkfeed, editie ${sequence}. `.repeat(4),
    },
  }));
}

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const keyBase64 = publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
const key = parsePublicKey(keyBase64);
if (!key) throw new Error('no key');

function signedFeed(sequence: number) {
  const text = serializeFeed(
    buildFeed(checklists(sequence), sequence, new Date(NOW).toISOString()),
  );
  const bytes = new TextEncoder().encode(text);
  if (bytes.length > FEED_LIMITS.maxBytes) throw new Error(`bench feed too large: ${bytes.length}`);
  return { text, bytes, signature: sign(null, bytes, privateKey).toString('base64') };
}

const emptyRecord: FeedRecord = {
  id: 'project',
  url: URL_,
  publicKey: null,
  addedAt: new Date(NOW).toISOString(),
  sequence: null,
  issuedAt: null,
  checklists: [],
  withdrawn: [],
  lastCheck: null,
  lastSuccessAt: null,
};

/** Signature check, UTF-8 decode, untrusted-JSON parse with the schema, and the merge. */
async function verifyAndMerge(): Promise<number> {
  const feed = signedFeed(1);
  const ms = await medianMs(7, () => {
    if (!key || !verifyFeedSignature(feed.bytes, feed.signature, key)) throw new Error('bad');
    const parsed = parseFeedText(new TextDecoder('utf-8', { fatal: true }).decode(feed.bytes));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
    mergeFeed({
      record: emptyRecord,
      feed: parsed.value,
      now: NOW,
      ownIds: new Set(),
      takenIds: new Set(),
      progress: {},
    });
  });
  return Math.round(ms);
}

/** The whole check as the app does it, an update of all 1,000 included, saved to disk. */
async function acceptIntoStore(): Promise<number> {
  const samples: number[] = [];
  for (let run = 1; run <= 5; run++) {
    const { state } = createTestAppState({ now: NOW });
    state.update((data) => ({ ...data, settings: { ...data.settings, checkNewDeadlines: true } }));
    let feed = signedFeed(run);
    const service = new FeedService({
      state,
      config: { url: URL_, publicKey: keyBase64 },
      fetch: async (url) => new Response(url.endsWith('.sig') ? feed.signature : feed.text),
    });
    await service.checkNow();
    feed = signedFeed(run + 1);
    const started = performance.now();
    await service.checkNow();
    samples.push(performance.now() - started);
    if (state.data.catalogFeeds.feeds[0]?.lastCheck?.changed !== COUNT) throw new Error('no merge');
  }
  samples.sort((a, b) => a - b);
  return Math.round(samples[2] ?? 0);
}

export const cases = [
  {
    name: 'feed of 1,000 checklists: verify signature, parse, merge',
    unit: 'ms',
    target: null,
    measure: verifyAndMerge,
  },
  {
    name: 'feed of 1,000 checklists: whole check with update, saved',
    unit: 'ms',
    target: null,
    measure: acceptIntoStore,
  },
];
