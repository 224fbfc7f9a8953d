import { Temporal } from 'temporal-polyfill';
import type { StoreData } from '../../src/main/store/schema.ts';
import { builtinCatalog } from '../../src/shared/catalog/index.ts';
import type { Checklist } from '../../src/shared/catalog/schema.ts';
import type { StateSnapshot } from '../../src/shared/ipc.ts';
import { DEFAULT_SETTINGS } from '../../src/shared/settings/schema.ts';

/** A minimal valid snapshot for tests that only pass one through. */
export function fakeSnapshot(overrides: Partial<StateSnapshot> = {}): StateSnapshot {
  return {
    sequence: 1,
    locale: 'en',
    zone: 'Europe/Amsterdam',
    now: Date.UTC(2026, 10, 23, 12),
    settings: DEFAULT_SETTINGS,
    platform: { os: 'web', preferred: null },
    checklists: [],
    notices: [],
    welcome: null,
    isReadOnly: false,
    dataFile: '/tmp/config.json',
    feeds: [],
    isCheckingFeeds: false,
    update: null,
    ...overrides,
  };
}

/** A user's own checklist due at `deadline` (epoch ms), in every region, with two web steps. */
export function dueChecklist(id: string, deadline: number): Checklist {
  const instant = Temporal.Instant.fromEpochMilliseconds(deadline)
    .toZonedDateTimeISO('Europe/Amsterdam')
    .toString({ timeZoneName: 'never' });
  return {
    id,
    version: 1,
    organisation: 'Example',
    title: { en: 'Object to data use', nl: 'Bezwaar tegen gegevensgebruik' },
    summary: { en: 'Object before the deadline.', nl: 'Maak bezwaar vóór de deadline.' },
    facts: { used: [], notUsed: [], caveats: [] },
    deadline: { instant, zone: 'Europe/Amsterdam' },
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

/**
 * A profile where exactly one checklist can remind: the user's own
 * `test-deadline`, due at `deadline`, with a 3-day lead time; every
 * built-in checklist is dismissed. Country NL.
 */
export function onlyDueChecklist(data: StoreData, deadline: number): StoreData {
  return {
    ...data,
    settings: { ...data.settings, leadTimesMinutes: [3 * 24 * 60], country: 'NL' },
    customChecklists: [dueChecklist('test-deadline', deadline)],
    progress: Object.fromEntries(
      builtinCatalog.map((checklist) => [
        checklist.id,
        { steps: {}, dismissedAt: '2026-11-01T00:00:00.000Z' },
      ]),
    ),
  };
}
