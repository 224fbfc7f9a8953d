import type { ChecklistView } from '../../../shared/ipc.ts';
import { completedPlatform } from '../../../shared/progress/rules.ts';
import { useUi } from '../../hooks/ui-context.ts';
import { useChangeOutcome } from '../../hooks/use-change-outcome.ts';
import { byId, DETAIL_FOCUS, firstOpenStep } from '../../lib/detail-focus.ts';
import { formatDateTime } from '../../lib/intl.ts';

/**
 * What the user should know about where the checklist stands: a missed
 * deadline (opting out still protects future data), a due re-check, a
 * checklist meant for another region, or how it was finished. Each button
 * here leaves with the prompt it answers, so it names where focus goes next.
 */
export function StatusPrompts({ view }: { view: ChecklistView }) {
  const { snapshot, t, api } = useUi();
  const changeThen = useChangeOutcome();
  const { checklist, progress } = view;
  const id = checklist.id;
  const title = checklist.title[snapshot.locale];
  const { deadline } = view;
  const when = (iso: string | undefined) => {
    const ms = Date.parse(iso ?? '');
    return Number.isNaN(ms) ? '' : formatDateTime(ms, snapshot.zone, snapshot.locale);
  };
  const finishedOn = completedPlatform(view.progress);
  const isPassed = deadline !== null && deadline <= snapshot.now;
  // Back to the action that is undone; a path finished by its steps has its ticks cleared.
  const undone =
    view.status === 'dismissed'
      ? byId(DETAIL_FOCUS.notRelevant)
      : finishedOn
        ? firstOpenStep
        : byId(DETAIL_FOCUS.doneElsewhere);
  const reopen = (focus: () => HTMLElement | null) =>
    void changeThen(api.reopen(id), {
      focus: () => focus() ?? document.getElementById(DETAIL_FOCUS.doneElsewhere),
      say: () => t('announce.reopened', { title }),
    });

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
              onClick={() =>
                void changeThen(api.confirmStillDone(id), {
                  focus: byId(DETAIL_FOCUS.reopen),
                  say: () => t('announce.stillDone', { title }),
                })
              }
            >
              {t('recheck.confirm')}
            </button>
            <button type="button" className="button" onClick={() => reopen(firstOpenStep)}>
              {t('recheck.reopen')}
            </button>
          </div>
        </section>
      )}
      {view.status === 'open' && !view.isRelevant && (
        <div className="callout">
          <p>{t('detail.otherRegion')}</p>
          <button
            type="button"
            className="button"
            onClick={() =>
              void changeThen(api.follow(id), {
                focus: byId(DETAIL_FOCUS.status),
                say: () => t('announce.followed', { title }),
              })
            }
          >
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
          <button
            type="button"
            id={DETAIL_FOCUS.reopen}
            className="button"
            onClick={() => reopen(undone)}
          >
            {t('detail.reopen')}
          </button>
        </div>
      )}
    </>
  );
}
