import { dueNow, recordFired } from '../../shared/reminders/index.ts';
import type { FiredEntry, PlannerInput } from '../../shared/reminders/types.ts';
import type { AppState } from '../state/app-state.ts';
import { allChecklists } from '../state/catalog.ts';
import type { Notifier } from './notifier.ts';

/** The planner's inputs from the current state. */
export function plannerInput(
  state: AppState,
  extraFired: readonly FiredEntry[] = [],
): PlannerInput {
  const data = state.data;
  return {
    checklists: allChecklists(data).map((entry) => entry.checklist),
    progress: data.progress,
    settings: data.settings,
    firedLog: [...data.firedLog, ...extraFired],
    now: state.now(),
    zone: state.zone(),
  };
}

/**
 * What happens when the scheduler wakes: deliver what came due — at most
 * one notification, a digest when several checklists are due — after
 * recording it as fired, so a crash in between never repeats it. On the
 * first launch, what is due is shown in the welcome and recorded as seen.
 */
export function createReminderService(state: AppState, notifier: Notifier) {
  // If the store cannot be written (read-only), remember in memory so this
  // run does not repeat itself.
  let unsaved: FiredEntry[] = [];

  return function deliverDue(): number | null {
    const due = dueNow(plannerInput(state, unsaved));
    if (due.fired.length === 0) return due.nextWakeAt;
    const isRecorded = state.tryUpdate((data) => ({
      ...data,
      firedLog: recordFired(data.firedLog, due.fired),
    }));
    unsaved = isRecorded ? [] : recordFired(unsaved, due.fired);
    const isWelcome = state.data.ui.welcomeFinishedAt === null;
    if (isWelcome) {
      state.addWelcomeDue(due.reminders.map((reminder) => reminder.checklistId));
      return due.nextWakeAt;
    }
    const [primary] = due.reminders;
    if (!primary || !state.data.settings.notificationsEnabled) return due.nextWakeAt;
    const entry = allChecklists(state.data).find((e) => e.checklist.id === primary.checklistId);
    if (!entry) return due.nextWakeAt;
    notifier.show({
      reminder: primary,
      checklist: entry.checklist,
      progress: state.data.progress[primary.checklistId] ?? { steps: {} },
      preferredPlatform: state.data.ui.preferredPlatform,
      othersCount: due.digest?.othersCount ?? 0,
    });
    return due.nextWakeAt;
  };
}
