/**
 * Checks the catalog feeds: the project's (package.json "catalogFeed") and
 * the organisation feeds the user subscribed to. Loaded lazily, after the
 * tray exists. Nothing is requested unless the user agreed
 * (settings.checkNewDeadlines); then at most once a day per feed (after a
 * failure, again after some hours), and when the user presses Check now.
 * A feed that fails any check changes nothing but its status line.
 */
import { builtinCatalog } from '../../shared/catalog/index.ts';
import { httpsUrlSchema } from '../../shared/catalog/primitives.ts';
import { FEED_LIMITS, type Feed, parseFeedText } from '../../shared/feed/format.ts';
import { mergeFeed, queueAnnouncements } from '../../shared/feed/merge.ts';
import {
  type FeedCheck,
  type FeedOutcome,
  type FeedRecord,
  type FeedState,
  GOOD_OUTCOMES,
  MAX_ORGANISATION_FEEDS,
  PROJECT_FEED_ID,
} from '../../shared/feed/state.ts';
import { parseInstant } from '../../shared/reminders/index.ts';
import { log } from '../log.ts';
import type { AppState } from '../state/app-state.ts';
import { allChecklists } from '../state/catalog.ts';
import { UserFacingError } from '../state/errors.ts';
import type { StoreData } from '../store/schema.ts';
import type { CatalogFeedConfig } from './feed-config.ts';
import { type FetchFunction, fetchLimited } from './fetch-limited.ts';
import { parsePublicKey, verifyFeedSignature } from './signature.ts';

const HOUR_MS = 3_600_000;
/** A successful check is repeated a day later. */
export const CHECK_EVERY_MS = 24 * HOUR_MS;
/** A failed one after six hours: no retry storm against a server that is down. */
export const RETRY_AFTER_MS = 6 * HOUR_MS;
/** The longest one download may take, headers and body together. */
export const FETCH_TIMEOUT_MS = 30_000;

const builtinIds = new Set(builtinCatalog.map((checklist) => checklist.id));

export interface FeedServiceOptions {
  state: AppState;
  config: CatalogFeedConfig | null;
  fetch: FetchFunction;
}

function freshRecord(id: string, url: string, publicKey: string | null, now: number): FeedRecord {
  return {
    id,
    url,
    publicKey,
    addedAt: new Date(now).toISOString(),
    sequence: null,
    issuedAt: null,
    checklists: [],
    withdrawn: [],
    lastCheck: null,
    lastSuccessAt: null,
  };
}

/** When a feed is next due: now if never checked, else a day (or, after a failure, hours) later. */
export function dueAt(record: FeedRecord): number {
  const last = record.lastCheck;
  if (!last) return Number.NEGATIVE_INFINITY;
  return (
    parseInstant(last.at) + (GOOD_OUTCOMES.has(last.outcome) ? CHECK_EVERY_MS : RETRY_AFTER_MS)
  );
}

type Verdict = { ok: false; outcome: FeedOutcome; status?: number } | { ok: true; feed: Feed };

export class FeedService {
  readonly #options: FeedServiceOptions;
  #inFlight: Promise<void> | null = null;
  /**
   * When each feed checked in this run is due again, saved or not: a check
   * whose result cannot be saved (read-only store, a file that cannot be
   * replaced) is not due again for a day, instead of at once.
   */
  readonly #dueThisRun = new Map<string, { url: string; at: number }>();

  constructor(options: FeedServiceOptions) {
    this.#options = options;
  }

  get isChecking(): boolean {
    return this.#inFlight !== null;
  }

  get projectUrl(): string | null {
    return this.#options.config?.url ?? null;
  }

  /** The feeds to check: the project's first (fresh if never checked or its URL changed). */
  records(data: StoreData = this.#options.state.data): FeedRecord[] {
    const { config } = this.#options;
    const stored = data.catalogFeeds.feeds;
    const others = stored.filter((record) => record.id !== PROJECT_FEED_ID);
    if (!config) return others;
    const project = stored.find((record) => record.id === PROJECT_FEED_ID);
    const current =
      project && project.url === config.url
        ? project
        : freshRecord(PROJECT_FEED_ID, config.url, null, this.#options.state.now());
    return [current, ...others];
  }

  #hasConsent(): boolean {
    return this.#options.state.data.settings.checkNewDeadlines;
  }

  /** The next instant a check is due, or null without consent (nothing is ever due then). */
  nextCheckAt(): number | null {
    if (!this.#hasConsent()) return null;
    const times = this.records().map((record) => this.#dueAt(record));
    return times.length === 0 ? null : Math.min(...times);
  }

  /**
   * Called on every scheduler wake-up: starts the checks that are due and
   * returns when to wake for the next one. No timer of its own.
   */
  onWake(): number | null {
    const next = this.nextCheckAt();
    if (next === null) return null;
    const now = this.#options.state.now();
    if (next <= now) {
      if (!this.#inFlight) void this.#run(false);
      return null;
    }
    return next;
  }

  /** Checks every feed now (the Check now button); resolves when done. Needs consent too. */
  checkNow(): Promise<void> {
    if (!this.#hasConsent()) return Promise.resolve();
    return this.#inFlight ?? this.#run(true);
  }

  #run(force: boolean): Promise<void> {
    const run = (async () => {
      // Asynchronous from the start, so `#inFlight` is set before anything can re-enter.
      await Promise.resolve();
      try {
        for (const record of this.records()) {
          if (!this.#hasConsent()) return;
          if (force || this.#dueAt(record) <= this.#options.state.now()) await this.#check(record);
        }
      } finally {
        this.#inFlight = null;
        this.#options.state.markChanged();
      }
    })();
    this.#inFlight = run;
    return run;
  }

  #dueAt(record: FeedRecord): number {
    const thisRun = this.#dueThisRun.get(record.id);
    const saved = dueAt(record);
    return thisRun?.url === record.url ? Math.max(saved, thisRun.at) : saved;
  }

  async #check(record: FeedRecord): Promise<void> {
    const verdict = await this.#download(record);
    const now = this.#options.state.now();
    const isSaved = this.#options.state.tryUpdate((data) =>
      this.#apply(data, record, verdict, now),
    );
    // Saved, the record says when it is due; not saved, a day from now whatever it came to.
    if (isSaved) this.#dueThisRun.delete(record.id);
    else this.#dueThisRun.set(record.id, { url: record.url, at: now + CHECK_EVERY_MS });
    // The feed's id, sequence, outcome and counts only: no address, no checklist content.
    const checked = this.records().find((entry) => entry.id === record.id);
    log.info('feed check', {
      feed: record.id,
      sequence: checked?.sequence ?? null,
      ...(checked?.lastCheck ?? { outcome: verdict.ok ? 'updated' : verdict.outcome }),
    });
  }

  async #download(record: FeedRecord): Promise<Verdict> {
    const { config, fetch } = this.#options;
    const key = record.id === PROJECT_FEED_ID ? (config?.publicKey ?? null) : record.publicKey;
    const body = await fetchLimited(fetch, record.url, {
      maxBytes: FEED_LIMITS.maxBytes,
      timeoutMs: FETCH_TIMEOUT_MS,
    });
    if (!body.ok) return body;
    if (key !== null) {
      const publicKey = parsePublicKey(key);
      const signature = await fetchLimited(fetch, `${record.url}.sig`, {
        maxBytes: FEED_LIMITS.maxSignatureBytes,
        timeoutMs: FETCH_TIMEOUT_MS,
      });
      if (!signature.ok && (signature.outcome === 'offline' || signature.outcome === 'timeout'))
        return signature;
      // A missing or wrong signature is a bad signature: the feed is not believed.
      if (
        !signature.ok ||
        !publicKey ||
        !verifyFeedSignature(body.bytes, new TextDecoder().decode(signature.bytes), publicKey)
      )
        return { ok: false, outcome: 'bad-signature' };
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body.bytes);
    } catch {
      return { ok: false, outcome: 'invalid-json' };
    }
    const feed = parseFeedText(text);
    if (feed.ok) return { ok: true, feed: feed.value };
    const code = feed.issues[0]?.code;
    return {
      ok: false,
      outcome:
        code === 'too_large'
          ? 'too-large'
          : code === 'invalid_json'
            ? 'invalid-json'
            : 'invalid-feed',
    };
  }

  #apply(data: StoreData, checked: FeedRecord, verdict: Verdict, now: number): StoreData {
    const at = new Date(now).toISOString();
    const current = this.records(data).find((record) => record.id === checked.id);
    // Unsubscribed (or the project URL changed) while the download ran: nothing to record.
    if (!current || current.url !== checked.url) return data;
    let record = current;
    let feeds: FeedState = data.catalogFeeds;
    let check: FeedCheck;
    if (!verdict.ok) {
      check = {
        at,
        outcome: verdict.outcome,
        ...(verdict.status ? { status: verdict.status } : {}),
      };
    } else {
      const feed = verdict.feed;
      if (record.sequence !== null && feed.sequence < record.sequence)
        check = { at, outcome: 'older' };
      else if (record.sequence !== null && feed.sequence === record.sequence)
        check = { at, outcome: 'up-to-date' };
      else {
        const isProject = record.id === PROJECT_FEED_ID;
        const takenIds = new Set(
          allChecklists(data)
            .filter((entry) => !(entry.origin.kind === 'feed' && entry.origin.feedId === record.id))
            .map((entry) => entry.checklist.id),
        );
        const merged = mergeFeed({
          record,
          feed,
          now,
          ownIds: isProject ? builtinIds : new Set(),
          takenIds,
          progress: data.progress,
        });
        record = merged.record;
        const upcoming = feed.checklists.filter(
          (checklist) =>
            merged.newIds.includes(checklist.id) &&
            checklist.deadline !== undefined &&
            parseInstant(checklist.deadline.instant) > now,
        );
        feeds = queueAnnouncements(
          feeds,
          upcoming.map((checklist) => checklist.id),
          now,
        );
        const { summary } = merged;
        check = {
          at,
          outcome: 'updated',
          added: summary.added,
          changed: summary.changed,
          withdrawn: summary.withdrawn,
          skipped: summary.skipped.length,
        };
      }
    }
    record = {
      ...record,
      lastCheck: check,
      lastSuccessAt: GOOD_OUTCOMES.has(check.outcome) ? at : record.lastSuccessAt,
    };
    const others = feeds.feeds.filter((entry) => entry.id !== record.id);
    const ordered = record.id === PROJECT_FEED_ID ? [record, ...others] : [...others, record];
    return { ...data, catalogFeeds: { ...feeds, feeds: ordered } };
  }

  /** Subscribes to an organisation's feed; checked at once when the user agreed to checks. */
  subscribe(input: { url: string; publicKey: string | null }): void {
    const url = httpsUrlSchema.safeParse(input.url.trim());
    if (!url.success) throw new UserFacingError('invalid-payload', 'error.feedUrl');
    const key = input.publicKey?.trim() || null;
    if (key !== null && parsePublicKey(key) === null)
      throw new UserFacingError('invalid-payload', 'error.feedKey');
    const { state } = this.#options;
    const records = this.records();
    if (records.some((record) => record.url === url.data))
      throw new UserFacingError('invalid-payload', 'error.feedTwice');
    const organisations = records.filter((record) => record.id !== PROJECT_FEED_ID);
    if (organisations.length >= MAX_ORGANISATION_FEEDS)
      throw new UserFacingError('invalid-payload', 'error.tooManyFeeds', {
        params: { maximum: MAX_ORGANISATION_FEEDS },
      });
    const ids = new Set(records.map((record) => record.id));
    let n = 1;
    while (ids.has(`organisation-${n}`)) n++;
    const record = freshRecord(`organisation-${n}`, url.data, key, state.now());
    state.update((data) => ({
      ...data,
      catalogFeeds: { ...data.catalogFeeds, feeds: [...data.catalogFeeds.feeds, record] },
    }));
  }

  /** Stops following a feed; the user's progress on its checklists is kept. */
  unsubscribe(id: string): void {
    if (
      id === PROJECT_FEED_ID ||
      !this.#options.state.data.catalogFeeds.feeds.some((r) => r.id === id)
    )
      throw new UserFacingError('not-found', 'error.feedNotFound');
    this.#options.state.update((data) => ({
      ...data,
      catalogFeeds: {
        ...data.catalogFeeds,
        feeds: data.catalogFeeds.feeds.filter((record) => record.id !== id),
      },
    }));
  }
}
