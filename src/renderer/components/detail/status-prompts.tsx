import type { ChecklistView } from '../../../shared/ipc.ts';
import { completedPlatform } from '../../../shared/progress/rules.ts';
import { useUi } from '../../hooks/ui-context.ts';
import { formatDateTime } from '../../lib/intl.ts';

/**
 * What the user should know about where the checklist stands: a missed
 * deadline (opting out still protects future data), a due re-check, a
 * checklist meant for another region, or how it was finished.
 */
export function StatusPrompts({ view }: { view: ChecklistView }) {
  const { snapshot, t, api, change } = useUi();
  const { checklist, progress } = view;
  const id = checklist.id;
  const { deadline } = view;
  const when = (iso: string | undefined) => {
    const ms = Date.parse(iso ?? '');
    return Number.isNaN(ms) ? '' : formatDateTime(ms, snapshot.zone, snapshot.locale);
  };
  const finishedOn = completedPlatform(view.progress);
  const isPassed = deadline !== null && deadline <= snapshot.now;

  return (
    <>
      {view.status === 'open' && isPassed && (
        <div
          className={`callout ${view.urgency === 'worth-doing' ? 'callout--calm' : 'callout--warning'}`}
        >
          <p>{t('detail.passed')}</p>
        </div>
      )}
      {view.needsRecheck && (
        <section className="callout" aria-labelledby="recheck-heading">
          <h2 id="recheck-heading">{t('recheck.heading')}</h2>
          <p>{t('recheck.body')}</p>
          <div className="actions">
            <button
              type="button"
              className="button button--primary"
              onClick={() => void change(api.confirmStillDone(id))}
            >
              {t('recheck.confirm')}
            </button>
            <button type="button" className="button" onClick={() => void change(api.reopen(id))}>
              {t('recheck.reopen')}
            </button>
          </div>
        </section>
      )}
      {view.status === 'open' && !view.isRelevant && (
        <div className="callout">
          <p>{t('detail.otherRegion')}</p>
          <button type="button" className="button" onClick={() => void change(api.follow(id))}>
            {t('detail.follow')}
          </button>
        </div>
      )}
      {view.status !== 'open' && (
        <div className="callout callout--calm">
          <p>
            {view.status === 'dismissed'
              ? t('detail.dismissedOn', { date: when(progress.dismissedAt) })
              : finishedOn
                ? t('detail.doneOn', {
                    date: when(progress.completedAt),
                    platform: t(`platform.${finishedOn}`),
                  })
                : t('detail.doneElsewhereOn', { date: when(progress.completedAt) })}
          </p>
          <button type="button" className="button" onClick={() => void change(api.reopen(id))}>
            {t('detail.reopen')}
          </button>
        </div>
      )}
    </>
  );
}
