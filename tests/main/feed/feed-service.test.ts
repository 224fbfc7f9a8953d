import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import {
  CHECK_EVERY_MS,
  FeedService,
  RETRY_AFTER_MS,
} from '../../../src/main/feed/feed-service.ts';
import { restoreBackup, toBackup } from '../../../src/main/files/backup.ts';
import { createReminderDelivery } from '../../../src/main/notify/reminder-service.ts';
import { allChecklists } from '../../../src/main/state/catalog.ts';
import { builtinCatalog } from '../../../src/shared/catalog/index.ts';
import type { Checklist } from '../../../src/shared/catalog/schema.ts';
import { buildFeed, serializeFeed } from '../../../src/shared/feed/format.ts';
import { createTestAppState } from '../../support/app-state.ts';
import { dueChecklist } from '../../support/fixtures.ts';
import { failingWrites } from '../../support/store.ts';

vi.mock('electron', () => import('../../support/electron-stand-in/index.ts'));

const NOW = Date.UTC(2026, 10, 23, 9);
const DAY = 86_400_000;
const URL_ = 'https://feeds.example.org/feed.json';
const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const KEY = publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
const copilot = dueChecklist('copilot-interaction-data', NOW + 20 * DAY);

/** A fake server: what each URL answers; counts requests. */
function server() {
  const files = new Map<string, string>();
  const requests: string[] = [];
  const fetch = vi.fn(async (url: string) => {
    requests.push(url);
    const body = files.get(url);
    return body === undefined ? new Response('no', { status: 404 }) : new Response(body);
  });
  const serve = (checklists: readonly Checklist[], sequence: number, signature?: string) => {
    const text = serializeFeed(buildFeed(checklists, sequence, '2026-11-23T08:00:00.000Z'));
    files.set(URL_, text);
    files.set(
      `${URL_}.sig`,
      signature ?? sign(null, Buffer.from(text), privateKey).toString('base64'),
    );
  };
  return { files, requests, fetch, serve };
}

function setup(consent = true, writes?: ReturnType<typeof failingWrites>) {
  const app = createTestAppState({
    now: NOW,
    ...(writes ? { createBackingStore: writes.createBackingStore } : {}),
  });
  app.state.update((data) => ({
    ...data,
    settings: { ...data.settings, checkNewDeadlines: consent, country: 'NL' },
    ui: { ...data.ui, welcomeFinishedAt: '2026-11-01T00:00:00.000Z' },
  }));
  const host = server();
  const service = new FeedService({
    state: app.state,
    config: { url: URL_, publicKey: KEY },
    fetch: host.fetch,
  });
  app.state.setFeedInfo(() => ({
    projectUrl: service.projectUrl,
    isChecking: service.isChecking,
  }));
  const ids = () => allChecklists(app.state.data).map((entry) => entry.checklist.id);
  const lastCheck = () => app.state.data.catalogFeeds.feeds[0]?.lastCheck;
  return { ...app, host, service, ids, lastCheck };
}

describe('the feed service', () => {
  it('requests nothing without consent: not when due, not on Check now', async () => {
    const { service, host } = setup(false);
    host.serve([copilot], 1);
    expect(service.onWake()).toBe(null);
    await service.checkNow();
    expect(host.requests).toEqual([]);
  });

  it('accepts a signed feed with a higher sequence; the same sequence is "up to date", a lower one "older"', async () => {
    const { service, host, ids, lastCheck, state } = setup();
    host.serve([copilot], 2);
    await service.checkNow();
    expect(host.requests).toEqual([URL_, `${URL_}.sig`]);
    expect(ids()).toContain('copilot-interaction-data');
    expect(lastCheck()).toMatchObject({ outcome: 'updated', added: 1 });
    await service.checkNow();
    expect(lastCheck()?.outcome).toBe('up-to-date');
    host.serve([], 1);
    const before = state.data.catalogFeeds.feeds[0]?.checklists;
    await service.checkNow();
    expect(lastCheck()?.outcome).toBe('older');
    expect(state.data.catalogFeeds.feeds[0]?.checklists).toEqual(before);
    expect(state.data.catalogFeeds.feeds[0]?.sequence).toBe(2);
  });

  it('believes nothing with a missing or wrong signature', async () => {
    const { service, host, ids, lastCheck } = setup();
    host.serve([copilot], 1, sign(null, Buffer.from('other'), privateKey).toString('base64'));
    await service.checkNow();
    expect(lastCheck()?.outcome).toBe('bad-signature');
    host.serve([copilot], 1);
    host.files.delete(`${URL_}.sig`);
    await service.checkNow();
    expect(lastCheck()?.outcome).toBe('bad-signature');
    expect(ids()).not.toContain('copilot-interaction-data');
  });

  it('reports offline, 404 and invalid feeds in their own words', async () => {
    const { service, host, lastCheck } = setup();
    host.fetch.mockRejectedValueOnce(new TypeError('fetch failed'));
    await service.checkNow();
    expect(lastCheck()?.outcome).toBe('offline');
    await service.checkNow();
    expect(lastCheck()).toMatchObject({ outcome: 'not-found', status: 404 });
    const text = JSON.stringify({ format: 'optout-reminder/catalog-feed', formatVersion: 1 });
    host.files.set(URL_, text);
    host.files.set(`${URL_}.sig`, sign(null, Buffer.from(text), privateKey).toString('base64'));
    await service.checkNow();
    expect(lastCheck()?.outcome).toBe('invalid-feed');
  });

  it('checks again a day after success, six hours after a failure — not before', async () => {
    const { service, host, setNow } = setup();
    host.serve([copilot], 1);
    expect(service.nextCheckAt()).toBe(Number.NEGATIVE_INFINITY);
    await service.checkNow();
    expect(service.nextCheckAt()).toBe(NOW + CHECK_EVERY_MS);
    expect(service.onWake()).toBe(NOW + CHECK_EVERY_MS);
    expect(host.requests).toHaveLength(2);
    host.files.clear();
    setNow(NOW + CHECK_EVERY_MS);
    service.onWake();
    await vi.waitFor(() => expect(service.isChecking).toBe(false));
    expect(host.requests).toHaveLength(3);
    expect(service.nextCheckAt()).toBe(NOW + CHECK_EVERY_MS + RETRY_AFTER_MS);
  });

  it('when the result cannot be saved, checks once and is due again a day later, not at once', async () => {
    const writes = failingWrites();
    const { service, host, state, setNow, lastCheck } = setup(true, writes);
    host.serve([copilot], 1);
    writes.setFailing(true);
    // Woken on every change, as the scheduler does (at most 50 times, so a loop ends).
    let wakes = 0;
    state.on('changed', () => {
      if (++wakes <= 50) service.onWake();
    });
    service.onWake();
    await vi.waitFor(() => expect(service.isChecking).toBe(false));
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(host.requests).toEqual([URL_, `${URL_}.sig`]);
    expect(lastCheck() ?? null).toBeNull();
    expect(service.nextCheckAt()).toBe(NOW + CHECK_EVERY_MS);
    setNow(NOW + CHECK_EVERY_MS - 1);
    expect(service.onWake()).toBe(NOW + CHECK_EVERY_MS);
    expect(host.requests).toHaveLength(2);
    setNow(NOW + CHECK_EVERY_MS);
    service.onWake();
    await vi.waitFor(() => expect(host.requests).toHaveLength(4));
  });

  it('never lets a feed take the id of the user’s own checklist, and lets the project feed update a built-in by version', async () => {
    const { service, host, state } = setup();
    const mine = dueChecklist('copilot-interaction-data', NOW + 5 * DAY);
    state.update((data) => ({ ...data, customChecklists: [mine] }));
    const builtin = builtinCatalog[0] as Checklist;
    const newer = { ...builtin, version: builtin.version + 1, organisation: 'Updated' };
    host.serve([copilot, newer], 1);
    await service.checkNow();
    const entries = allChecklists(state.data);
    const copilotEntries = entries.filter((e) => e.checklist.id === 'copilot-interaction-data');
    expect(copilotEntries).toHaveLength(1);
    expect(copilotEntries[0]?.origin.kind).toBe('custom');
    expect(state.data.catalogFeeds.feeds[0]?.lastCheck).toMatchObject({ skipped: 1, added: 0 });
    const updated = entries.find((e) => e.checklist.id === builtin.id);
    expect(updated?.checklist.organisation).toBe('Updated');
    expect(updated?.origin.kind).toBe('builtin');
    expect(new Set(entries.map((e) => e.checklist.id)).size).toBe(entries.length);
  });

  it('keeps a withdrawn checklist with progress visible, without reminders', async () => {
    const { service, host, state } = setup();
    host.serve([copilot], 1);
    await service.checkNow();
    state.update((data) => ({
      ...data,
      progress: {
        [copilot.id]: { steps: { web: { 'open-privacy': '2026-11-23T09:00:00.000Z' } } },
      },
    }));
    host.serve([], 2);
    await service.checkNow();
    const entry = allChecklists(state.data).find((e) => e.checklist.id === copilot.id);
    expect(entry?.origin).toMatchObject({ kind: 'feed', isWithdrawn: true });
    expect(state.snapshot().checklists.some((v) => v.checklist.id === copilot.id)).toBe(true);
  });

  it('announces once: not again after a re-fetch or a restored backup', async () => {
    const { service, host, state, setNow } = setup();
    // Only the new checklist can remind: the (overdue) built-ins are dismissed.
    state.update((data) => ({
      ...data,
      progress: Object.fromEntries(
        builtinCatalog.map((c) => [c.id, { steps: {}, dismissedAt: '2026-11-01T00:00:00.000Z' }]),
      ),
    }));
    const backup = toBackup(state.data, NOW);
    host.serve([copilot], 1);
    await service.checkNow();
    const shown: string[] = [];
    const { deliverDue } = createReminderDelivery(state, {
      show: (content: { reminder: { kind: string } }) => shown.push(content.reminder.kind),
    } as never);
    deliverDue({ atLaunch: false });
    expect(shown).toEqual(['announce']);
    host.serve([copilot], 2);
    await service.checkNow();
    state.update((data) => restoreBackup(data, backup));
    setNow(NOW + 60_000);
    deliverDue({ atLaunch: false });
    expect(shown).toEqual(['announce']);
    expect(state.data.catalogFeeds.pendingAnnouncements).toEqual([]);
    expect(state.data.catalogFeeds.announced).toEqual([copilot.id]);
  });

  it('subscribes to organisation feeds by https URL only, with an optional Ed25519 key', async () => {
    const { service, state } = setup();
    expect(() =>
      service.subscribe({ url: 'http://example.org/feed.json', publicKey: null }),
    ).toThrow();
    expect(() =>
      service.subscribe({ url: 'https://example.org/f.json', publicKey: 'nope' }),
    ).toThrow();
    service.subscribe({ url: 'https://example.org/f.json', publicKey: null });
    expect(() =>
      service.subscribe({ url: 'https://example.org/f.json', publicKey: KEY }),
    ).toThrow();
    service.subscribe({ url: 'https://intranet.example.com/f.json', publicKey: KEY });
    expect(state.snapshot().feeds.map((f) => [f.host, f.isProject, f.isSigned])).toEqual([
      ['feeds.example.org', true, true],
      ['example.org', false, false],
      ['intranet.example.com', false, true],
    ]);
    service.unsubscribe('organisation-1');
    expect(state.snapshot().feeds).toHaveLength(2);
  });
});
