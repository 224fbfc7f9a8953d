import type { MessageKey } from '../../shared/i18n/index.ts';
import type { ChecklistView, StateSnapshot } from '../../shared/ipc.ts';
import type { Translate } from '../hooks/ui-context.ts';
import { formatDate, formatDateTime, relativeTime } from './intl.ts';

/** The one word for where a checklist stands, most telling first. */
export function stateKey(view: ChecklistView): MessageKey {
  if (view.status === 'dismissed') return 'state.dismissed';
  if (view.needsRecheck) return 'state.recheck';
  if (view.status === 'done') return 'state.done';
  if (!view.isRelevant) return 'state.otherRegion';
  if (view.urgency === 'overdue') return 'state.overdue';
  if (view.urgency === 'worth-doing') return 'state.worthDoing';
  if (view.urgency === 'soon') return 'state.soon';
  return 'state.open';
}

/**
 * "Deadline in 3 days" / "Deadline passed 5 days ago" / "Deadline was 3
 * November 2025 — switching it off now still stops future use" (long past:
 * no day count) / "No deadline".
 */
export function deadlineWords(view: ChecklistView, snapshot: StateSnapshot, t: Translate): string {
  const { deadline } = view;
  if (deadline === null) return t('deadline.none');
  if (view.urgency === 'worth-doing')
    return t('deadline.worthDoing', {
      date: formatDate(deadline, snapshot.zone, snapshot.locale),
    });
  const when = relativeTime(deadline, snapshot.now, snapshot.zone, snapshot.locale);
  return t(deadline <= snapshot.now ? 'deadline.passed' : 'deadline.upcoming', { when });
}

/**
 * "Snoozed until 4 March 2026 at 09:00" (with "— not past the deadline" when
 * the snooze was shortened to the last reminder before it), or null when not snoozed.
 */
export function snoozeWords(
  view: ChecklistView,
  snapshot: StateSnapshot,
  t: Translate,
): string | null {
  if (view.snoozedUntil === null || view.snoozedUntil <= snapshot.now) return null;
  return t(view.isSnoozeCapped ? 'state.snoozedUntilDeadline' : 'state.snoozedUntil', {
    when: formatDateTime(view.snoozedUntil, snapshot.zone, snapshot.locale),
  });
}
