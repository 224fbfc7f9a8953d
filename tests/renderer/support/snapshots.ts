/** State snapshots for component tests, built from the real built-in catalog. */
import { builtinCatalog } from '../../../src/shared/catalog/index.ts';
import type { Checklist } from '../../../src/shared/catalog/schema.ts';
import type { ChecklistView, StateSnapshot } from '../../../src/shared/ipc.ts';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings/schema.ts';

/** 2025-10-31 12:00 in Amsterdam: three days before LinkedIn's deadline. */
export const NOW = Date.parse('2025-10-31T12:00:00+01:00');

export function builtin(id: string): Checklist {
  const found = builtinCatalog.find((checklist) => checklist.id === id);
  if (!found) throw new Error(`no built-in checklist ${id}`);
  return found;
}

export function view(checklist: Checklist, change: Partial<ChecklistView> = {}): ChecklistView {
  return {
    checklist,
    origin: { kind: 'builtin' },
    progress: { steps: {} },
    status: 'open',
    urgency: 'upcoming',
    deadline: checklist.deadline ? Date.parse(checklist.deadline.instant) : null,
    snoozedUntil: null,
    isSnoozeCapped: false,
    isRelevant: true,
    needsRecheck: false,
    ...change,
  };
}

export function snapshot(change: Partial<StateSnapshot> = {}): StateSnapshot {
  return {
    sequence: 1,
    locale: 'en',
    zone: 'Europe/Amsterdam',
    now: NOW,
    settings: { ...DEFAULT_SETTINGS },
    platform: { os: 'web', preferred: null },
    checklists: [
      view(builtin('linkedin-ai-training'), { urgency: 'soon' }),
      view(builtin('meta-ai-training'), { urgency: 'overdue' }),
    ],
    notices: [],
    welcome: null,
    isReadOnly: false,
    dataFile: '/home/me/.config/Opt-out Reminder/data.json',
    feeds: [],
    isCheckingFeeds: false,
    update: null,
    ...change,
  };
}
