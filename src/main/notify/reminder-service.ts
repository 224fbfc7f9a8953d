import { markAnnounced } from '../../shared/feed/merge.ts';
import { EMPTY_PROGRESS } from '../../shared/progress/schema.ts';
import { dueNow, nextWakeUp, recordFired } from '../../shared/reminders/index.ts';
import type { FiredEntry, PlannerInput } from '../../shared/reminders/types.ts';
import { log } from '../log.ts';
import { checklistIdsForLog } from '../log-ids.ts';
import type { AppState } from '../state/app-state.ts';
import { activeChecklists, allChecklists, findChecklist } from '../state/catalog.ts';
import type { Notifier } from './notifier.ts';

/** The planner's inputs from the current state. */
export function plannerInput(
  state: AppState,
  extraFired: readonly FiredEntry[] = [],
): PlannerInput {
  const data = state.data;
  return {
    checklists: activeChecklists(data),
    progress: data.progress,
    settings: data.settings,
    firedLog: [...data.firedLog, ...extraFired],
    now: state.now(),
    zone: state.zone(),
    announcements: new Map(
      data.catalogFeeds.pendingAnnouncements.map((a) => [a.checklistId, Date.parse(a.since)]),
    ),
  };
}

/**
 * What happens when the scheduler wakes: deliver what came due — at most
 * one notification, a digest when several checklists are due — after
 * recording it as fired, so a crash in between never repeats it. On the
 * first launch, what is already due at start (`atLaunch`) is shown in the
 * welcome and recorded as seen; what comes due later is notified as usual.
 *
 * `deliverDue` returns the next instant to wake at; `nextWakeAt` answers
 * the same from state alone and delivers nothing.
 */
export function createReminderDelivery(state: AppState, notifier: Notifier) {
  // If the store cannot be written, remember in memory so this run does not
  // repeat itself; the next successful write saves these too.
  let unsaved: FiredEntry[] = [];

  function nextWakeAt(): number | null {
    return nextWakeUp(plannerInput(state, unsaved));
  }

  function deliverDue({ atLaunch }: { atLaunch: boolean }): number | null {
    const isWelcome = atLaunch && state.data.ui.welcomeFinishedAt === null;
    const due = dueNow(plannerInput(state, unsaved));
    if (due.fired.length === 0) return due.nextWakeAt;
    const now = state.now();
    const fired = recordFired(unsaved, due.fired, now);
    // Announced once: also when it only counted in a digest or notifications are off.
    const announced = due.reminders
      .filter((reminder) => reminder.kind === 'announce')
      .map((reminder) => reminder.checklistId);
    const isRecorded = state.tryUpdate((data) => {
      const known = new Set(allChecklists(data).map((entry) => entry.checklist.id));
      const log = recordFired(data.firedLog, fired, now);
      return {
        ...data,
        firedLog: log.filter((entry) => known.has(entry.checklistId)),
        catalogFeeds: markAnnounced(data.catalogFeeds, announced),
      };
    });
    unsaved = isRecorded ? [] : fired;
    log.info('reminders due', {
      checklistIds: checklistIdsForLog(
        state.data,
        due.reminders.map((reminder) => reminder.checklistId),
      ),
      kinds: due.reminders.map((reminder) => reminder.kind),
      shownIn: isWelcome
        ? 'welcome'
        : state.data.settings.notificationsEnabled
          ? 'notification'
          : 'nothing (notifications off)',
      isRecorded,
    });
    if (isWelcome) {
      state.addWelcomeDue(due.reminders.map((reminder) => reminder.checklistId));
      return due.nextWakeAt;
    }
    const [primary] = due.reminders;
    if (!primary || !state.data.settings.notificationsEnabled) return due.nextWakeAt;
    const entry = findChecklist(state.data, primary.checklistId);
    if (!entry) return due.nextWakeAt;
    notifier.show({
      reminder: primary,
      checklist: entry.checklist,
      progress: state.data.progress[primary.checklistId] ?? EMPTY_PROGRESS,
      preferredPlatform: state.data.ui.preferredPlatform,
      otherChecklistIds: (due.digest?.others ?? []).map((reminder) => reminder.checklistId),
    });
    return due.nextWakeAt;
  }

  return { deliverDue, nextWakeAt };
}
