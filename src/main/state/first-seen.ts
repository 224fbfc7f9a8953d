import type { StoreData } from '../store/schema.ts';
import type { AppState } from './app-state.ts';
import { allChecklists, type CatalogEntry } from './catalog.ts';

/**
 * When the user first had a checklist we have not recorded yet: a pack's
 * checklists since the import, the built-ins since the welcome of an
 * existing install (its best guess at the install date), everything else now.
 */
function firstSeenOf(entry: CatalogEntry, data: StoreData, nowIso: string): string {
  if (entry.origin.kind === 'pack') return entry.origin.importedAt;
  if (entry.origin.kind === 'builtin') return data.ui.welcomeFinishedAt ?? nowIso;
  return nowIso;
}

/**
 * Records, in each checklist's progress, when the user first had it: a
 * deadline that passed before then reads as "still worth doing", not as
 * overdue. Returns `data` itself when every checklist already has a time, so
 * callers can skip a write.
 */
export function recordFirstSeen(data: StoreData, now: number): StoreData {
  const nowIso = new Date(now).toISOString();
  let progress: StoreData['progress'] | null = null;
  for (const entry of allChecklists(data)) {
    const { id } = entry.checklist;
    const current = data.progress[id];
    if (current?.firstSeenAt) continue;
    progress ??= { ...data.progress };
    progress[id] = { steps: {}, ...current, firstSeenAt: firstSeenOf(entry, data, nowIso) };
  }
  return progress ? { ...data, progress } : data;
}

/**
 * Keeps first-seen times recorded: at start (before anything is planned)
 * and after every change that may bring new checklists (import, restore,
 * the user's own). Read-only mode simply records nothing.
 */
export function setupFirstSeen(state: AppState): void {
  const record = () => {
    const data = state.data;
    if (recordFirstSeen(data, state.now()) !== data)
      state.tryUpdate((current) => recordFirstSeen(current, state.now()));
  };
  record();
  state.on('changed', record);
}
