import { parseInstant } from '../../shared/reminders/instant.ts';
import { capSnoozeEnd } from '../../shared/reminders/snooze-cap.ts';
import type { StoreData } from '../store/schema.ts';
import type { AppState } from './app-state.ts';
import { activeChecklists } from './catalog.ts';

/**
 * `data` with every running snooze capped again by today's checklists
 * (capSnoozeEnd): a snooze is capped when it is chosen, but a deadline can
 * move earlier afterwards (a feed or pack update, an edit of the user's own
 * checklist, shorter lead times) and a checklist with a near deadline can
 * arrive during "Snooze all". Only ever shortens; returns `data` itself when
 * nothing changes, so callers can skip a write. Idempotent: once capped, a
 * later clock only moves the cap later (to the deadline, then none).
 */
export function recapSnoozes(data: StoreData, now: number, zone: string): StoreData {
  const checklists = activeChecklists(data);
  const capInput = { progress: data.progress, settings: data.settings, now, zone };
  let progress: StoreData['progress'] | null = null;
  for (const checklist of checklists) {
    const current = data.progress[checklist.id];
    const until = current?.snoozedUntil ? parseInstant(current.snoozedUntil) : Number.NaN;
    if (!current || !(until > now)) continue;
    const capped = capSnoozeEnd(until, { ...capInput, checklists: [checklist] });
    if (!capped.isShortened || capped.until === null) continue;
    progress ??= { ...data.progress };
    progress[checklist.id] = { ...current, snoozedUntil: new Date(capped.until).toISOString() };
  }
  let settings = data.settings;
  const allUntil = settings.snoozeAllUntil ? parseInstant(settings.snoozeAllUntil) : Number.NaN;
  if (allUntil > now) {
    const capped = capSnoozeEnd(allUntil, { ...capInput, checklists });
    if (capped.isShortened && capped.until !== null)
      settings = { ...settings, snoozeAllUntil: new Date(capped.until).toISOString() };
  }
  if (progress === null && settings === data.settings) return data;
  return { ...data, progress: progress ?? data.progress, settings };
}

/**
 * Keeps running snoozes capped (see recapSnoozes): at start and after every
 * saved change, one attempt per saved version, so a write that fails (and
 * the notice it raises) does not start another.
 */
export function setupSnoozeRecap(state: AppState): void {
  let triedOn: StoreData | null = null;
  const recap = () => {
    const saved = state.savedData;
    if (saved === triedOn) return;
    triedOn = saved;
    if (recapSnoozes(saved, state.now(), state.zone()) === saved) return;
    state.tryUpdate((data) => recapSnoozes(data, state.now(), state.zone()));
  };
  recap();
  state.on('changed', recap);
}
