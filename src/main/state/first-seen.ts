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

/** `data` with the first-seen times in `times` filled in where it has none. */
function withTimes(data: StoreData, times: ReadonlyMap<string, string>): StoreData {
  let progress: StoreData['progress'] | null = null;
  for (const entry of allChecklists(data)) {
    const { id } = entry.checklist;
    const at = times.get(id);
    const current = data.progress[id];
    if (at === undefined || current?.firstSeenAt) continue;
    progress ??= { ...data.progress };
    progress[id] = { steps: {}, ...current, firstSeenAt: at };
  }
  return progress ? { ...data, progress } : data;
}

/**
 * Keeps first-seen times recorded: at start (before anything is planned)
 * and after every change that may bring new checklists (import, restore,
 * the user's own). When they cannot be saved (read-only mode, a file that
 * cannot be replaced) they are kept for this run, and saving is tried
 * again only after the saved data changed: a failed write adds a notice,
 * and that notice's `changed` must not start another write.
 */
export function setupFirstSeen(state: AppState): void {
  /** Times that could not be saved, kept for this run. */
  const unsaved = new Map<string, string>();
  /** The saved data last looked at: one attempt per saved version, whatever it came to. */
  let triedOn: StoreData | null = null;
  const fill = (data: StoreData) => recordFirstSeen(withTimes(data, unsaved), state.now());
  const record = () => {
    const saved = state.savedData;
    // Set first: the notice a failed write adds emits `changed` while it is still being tried.
    if (saved === triedOn) return;
    triedOn = saved;
    const wanted = fill(saved);
    if (wanted === saved) return;
    if (state.tryUpdate(fill)) {
      if (unsaved.size > 0) {
        unsaved.clear();
        state.keepForRun(null);
      }
      return;
    }
    for (const [id, progress] of Object.entries(wanted.progress))
      if (progress?.firstSeenAt && !saved.progress[id]?.firstSeenAt)
        unsaved.set(id, progress.firstSeenAt);
    state.keepForRun((data) => withTimes(data, unsaved));
  };
  record();
  state.on('changed', record);
}
