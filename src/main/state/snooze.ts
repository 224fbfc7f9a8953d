import { Temporal } from 'temporal-polyfill';
import { HOUR_MS, type SnoozePreset } from '../../shared/constants.ts';
import { capSnoozeEnd } from '../../shared/reminders/snooze-cap.ts';
import type { StoreData } from '../store/schema.ts';
import { progressActions } from './actions.ts';
import { activeChecklists, type CatalogData, findChecklist } from './catalog.ts';

/** The instant a snooze choice ends, in the user's zone; null for 'off'. */
export function snoozeUntil(preset: SnoozePreset, now: number, zone: string): number | null {
  switch (preset) {
    case '1h':
      return now + HOUR_MS;
    case '1w':
      return Temporal.Instant.fromEpochMilliseconds(now)
        .toZonedDateTimeISO(zone)
        .add({ days: 7 })
        .toInstant().epochMilliseconds;
    case 'tomorrow-9':
      return Temporal.Instant.fromEpochMilliseconds(now)
        .toZonedDateTimeISO(zone)
        .toPlainDate()
        .add({ days: 1 })
        .toZonedDateTime({ timeZone: zone, plainTime: Temporal.PlainTime.from('09:00') })
        .toInstant().epochMilliseconds;
    case 'off':
      return null;
  }
}

/**
 * The end of a snooze chosen now, capped so it hides no deadline (see
 * capSnoozeEnd): of one checklist when `checklistId` is given, else of
 * "Snooze all" — capped by every checklist that would get lead reminders.
 */
export function cappedSnoozeEnd(
  data: CatalogData & Pick<StoreData, 'progress' | 'settings'>,
  preset: SnoozePreset,
  clock: { now: number; zone: string },
  checklistId?: string,
): number | null {
  const { now, zone } = clock;
  const checklists = activeChecklists(data).filter(
    (checklist) => checklistId === undefined || checklist.id === checklistId,
  );
  return capSnoozeEnd(snoozeUntil(preset, now, zone), {
    checklists,
    progress: data.progress,
    settings: data.settings,
    now,
    zone,
  }).until;
}

/**
 * Snoozes each of the given checklists, each until its own capped end (see
 * cappedSnoozeEnd), as one change: "Remind me tomorrow" on a digest covers
 * every checklist the notification counted. A checklist deleted since is skipped.
 */
export function snoozeEach(
  data: StoreData,
  checklistIds: readonly string[],
  preset: SnoozePreset,
  clock: { now: number; zone: string },
): StoreData {
  let snoozed = data;
  for (const id of new Set(checklistIds)) {
    if (!findChecklist(data, id)) continue;
    snoozed = progressActions.snooze(snoozed, id, cappedSnoozeEnd(data, preset, clock, id));
  }
  return snoozed;
}
