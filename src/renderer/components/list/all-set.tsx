import type { ChecklistView } from '../../../shared/ipc.ts';
import { completedPlatform } from '../../../shared/progress/rules.ts';
import { useUi } from '../../hooks/ui-context.ts';
import { formatDate } from '../../lib/intl.ts';

const DAY_MS = 86_400_000;

/** When a finished checklist is due to be checked again, or null when re-checks are off. */
function recheckAt(view: ChecklistView, recheckAfterDays: number | null): number | null {
  const since = Date.parse(view.progress.recheckedAt ?? view.progress.completedAt ?? '');
  if (recheckAfterDays === null || Number.isNaN(since)) return null;
  return since + recheckAfterDays * DAY_MS;
}

/**
 * Nothing that concerns the user is open: say so, with what was done and
 * when, and when the next re-check comes — finishing should feel finished.
 */
export function AllSet() {
  const { snapshot, t } = useUi();
  const { zone, locale, settings } = snapshot;
  const done = snapshot.checklists.filter((view) => view.status === 'done');
  const notForMe = snapshot.checklists.filter((view) => view.status === 'dismissed').length;
  const date = (ms: number) => (Number.isNaN(ms) ? '' : formatDate(ms, zone, locale));
  const next = done
    .map((view) => ({ view, at: recheckAt(view, settings.recheckAfterDays) }))
    .filter((entry): entry is { view: ChecklistView; at: number } => entry.at !== null)
    .sort((a, b) => a.at - b.at)[0];
  return (
    <section className="all-set callout callout--calm" aria-labelledby="all-set-heading">
      <h2 id="all-set-heading">{t('allSet.heading')}</h2>
      <p>{t('allSet.body')}</p>
      {done.length > 0 && (
        <ul className="all-set__done">
          {done.map((view) => {
            const platform = completedPlatform(view.progress);
            const when = date(Date.parse(view.progress.completedAt ?? ''));
            return (
              <li key={view.checklist.id}>
                {t(platform ? 'allSet.doneOn' : 'allSet.doneElsewhere', {
                  title: view.checklist.title[locale],
                  date: when,
                  ...(platform ? { platform: t(`platform.${platform}`) } : {}),
                })}
              </li>
            );
          })}
        </ul>
      )}
      {notForMe > 0 && <p>{t('allSet.notForMe', { count: notForMe })}</p>}
      <p>
        {next
          ? t('allSet.nextRecheck', {
              date: date(next.at),
              title: next.view.checklist.title[locale],
            })
          : t('allSet.noRecheck')}
      </p>
    </section>
  );
}
