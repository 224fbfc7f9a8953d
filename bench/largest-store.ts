/**
 * The largest store the limits allow, by count: 200 own checklists, 50 packs
 * of 200, the project feed and 10 organisation feeds of 1,000 checklists
 * each plus 1,000 withdrawn ones each, progress on every checklist, a full
 * fired log (88,000), 20,000 announced ids, 2,000 pending announcements, 20
 * notices. Each checklist is small and ordinary (two steps, a link), as a
 * user or a privacy officer writes them: the texts are not at their length
 * limits, which would make the file grow to gigabytes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultStoreData, STORE_LIMITS, type StoreData } from '../src/main/store/schema.ts';
import { builtinCatalog } from '../src/shared/catalog/index.ts';
import { LIMITS } from '../src/shared/catalog/limits.ts';
import type { Checklist } from '../src/shared/catalog/schema.ts';
import { noticeKinds } from '../src/shared/constants.ts';
import { FEED_LIMITS } from '../src/shared/feed/format.ts';
import { type FeedRecord, MAX_ORGANISATION_FEEDS } from '../src/shared/feed/state.ts';

const DAY = 86_400_000;

function checklist(id: string, deadline: number): Checklist {
  return {
    id,
    version: 1,
    organisation: 'Example',
    title: { en: `Object to data use ${id}`, nl: `Bezwaar tegen gegevensgebruik ${id}` },
    summary: { en: 'Object before the deadline.', nl: 'Maak bezwaar vóór de deadline.' },
    facts: { used: [], notUsed: [], caveats: [] },
    deadline: { instant: new Date(deadline).toISOString(), zone: 'Europe/Amsterdam' },
    regions: { include: ['WORLD'] },
    settingsUrl: 'https://example.org/privacy',
    scope: 'account',
    paths: {
      web: {
        steps: [
          {
            id: 'open-privacy',
            text: { en: 'Open the privacy page', nl: 'Open de privacypagina' },
          },
          { id: 'switch-off', text: { en: 'Switch the setting off', nl: 'Zet de instelling uit' } },
        ],
      },
    },
    sources: [],
    reviewedOn: '2026-11-01',
  };
}

export interface LargestStore {
  data: StoreData;
  checklistCount: number;
  /** A checklist the tick toggles a step of. */
  tickChecklistId: string;
}

/** Deadlines spread from 60 days ago to 300 days ahead of `now`, so every kind of reminder occurs. */
export function largestStore(now: number): LargestStore {
  let serial = 0;
  const make = (prefix: string) => {
    serial += 1;
    return checklist(`${prefix}-${serial}`, now + ((serial % 360) - 60) * DAY);
  };
  const customChecklists = Array.from({ length: STORE_LIMITS.customChecklists }, () => make('own'));
  const packs = Array.from({ length: STORE_LIMITS.packs }, (_, index) => ({
    id: `pack-${index + 1}`,
    name: `Pack ${index + 1}`,
    fileName: `pack-${index + 1}.optout-pack`,
    importedAt: new Date(now - 30 * DAY).toISOString(),
    checklists: Array.from({ length: LIMITS.checklistsPerPack }, () => make('pack')),
  }));
  const feeds: FeedRecord[] = Array.from({ length: MAX_ORGANISATION_FEEDS + 1 }, (_, index) => ({
    id: index === 0 ? 'project' : `org-${index}`,
    url: `https://feeds${index}.example.org/feed.json`,
    publicKey: null,
    addedAt: new Date(now - 60 * DAY).toISOString(),
    sequence: 7,
    issuedAt: new Date(now - DAY).toISOString(),
    checklists: Array.from({ length: FEED_LIMITS.checklists }, () => make('feed')),
    withdrawn: Array.from({ length: FEED_LIMITS.checklists }, () => make('gone')),
    lastCheck: { at: new Date(now - DAY).toISOString(), outcome: 'up-to-date' },
    lastSuccessAt: new Date(now - DAY).toISOString(),
  }));
  const all = [
    ...builtinCatalog,
    ...customChecklists,
    ...packs.flatMap((pack) => pack.checklists),
    ...feeds.flatMap((feed) => [...feed.checklists, ...feed.withdrawn]),
  ];
  const progress: StoreData['progress'] = {};
  for (const [index, entry] of all.entries()) {
    const at = new Date(now - (index % 50) * DAY).toISOString();
    progress[entry.id] =
      index % 3 === 0
        ? { steps: { web: { 'open-privacy': at } }, firstSeenAt: at }
        : { steps: {}, firstSeenAt: at };
  }
  const firedLog = Array.from({ length: STORE_LIMITS.firedLog }, (_, index) => {
    const entry = all[index % all.length] as Checklist;
    const occurrence = now - (index % 90) * DAY;
    return {
      key: `${entry.id}:lead:${new Date(occurrence).toISOString()}`,
      checklistId: entry.id,
      occurrence,
      firedAt: occurrence,
    };
  });
  const base = defaultStoreData();
  const data: StoreData = {
    ...base,
    settings: { ...base.settings, country: 'NL' },
    progress,
    customChecklists,
    packs,
    firedLog,
    ui: { ...base.ui, welcomeFinishedAt: new Date(now - 90 * DAY).toISOString() },
    notices: Array.from({ length: STORE_LIMITS.notices }, (_, index) => ({
      kind: noticeKinds[index % noticeKinds.length] ?? 'store-write-failed',
      at: new Date(now - index * DAY).toISOString(),
    })),
    catalogFeeds: {
      feeds,
      pendingAnnouncements: feeds
        .flatMap((feed) => feed.checklists)
        .slice(0, FEED_LIMITS.checklists * 2)
        .map((entry) => ({ checklistId: entry.id, since: new Date(now - DAY).toISOString() })),
      announced: all.slice(0, 20_000).map((entry) => entry.id),
    },
  };
  return { data, checklistCount: all.length, tickChecklistId: customChecklists[0]?.id ?? '' };
}

/** Writes the store as `config.json` in `dir`; returns its size in bytes. */
export function writeLargestStore(dir: string, store: LargestStore): number {
  const text = JSON.stringify(store.data);
  writeFileSync(join(dir, 'config.json'), text);
  return Buffer.byteLength(text);
}
