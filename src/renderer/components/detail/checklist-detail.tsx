import { titleNamesOrganisation } from '../../../shared/catalog/names.ts';
import { useUi } from '../../hooks/ui-context.ts';
import { chosenPlatform } from '../../lib/checklist-view.ts';
import { DETAIL_FOCUS } from '../../lib/detail-focus.ts';
import { formatDateTime, relativeTime } from '../../lib/intl.ts';
import { deadlineWords, snoozeWords, stateKey } from '../../lib/status-words.ts';
import { ViewHeading } from '../view-heading.tsx';
import { DetailActions } from './detail-actions.tsx';
import { OriginNote } from './origin-note.tsx';
import { PlatformTabs } from './platform-tabs.tsx';
import { StatusPrompts } from './status-prompts.tsx';
import { WhyItMatters } from './why-it-matters.tsx';

/** One checklist: what it is about, the steps per platform, and what to do with it. */
export default function ChecklistDetail({ id }: { id: string }) {
  const { snapshot, t, navigate } = useUi();
  const view = snapshot.checklists.find((candidate) => candidate.checklist.id === id);
  const back = (
    <button
      type="button"
      className="button button--quiet back"
      onClick={() => navigate({ name: 'list', focusId: id })}
    >
      {t('detail.back')}
    </button>
  );
  if (!view)
    return (
      <section className="view">
        {back}
        <ViewHeading>{t('detail.missing')}</ViewHeading>
      </section>
    );

  const { checklist } = view;
  const { locale, zone } = snapshot;
  const { deadline } = view;
  const platform = chosenPlatform(checklist, snapshot.platform);
  const snoozed = snoozeWords(view, snapshot, t);
  return (
    <article className="view detail" aria-labelledby="detail-heading">
      {back}
      {!titleNamesOrganisation(checklist, locale) && (
        <p className="detail__organisation">{checklist.organisation}</p>
      )}
      <ViewHeading id="detail-heading">{checklist.title[locale]}</ViewHeading>
      <OriginNote view={view} />
      {/* Not in the tab order; takes focus when "Remind me anyway" leaves with its prompt. */}
      <p className="detail__status" id={DETAIL_FOCUS.status} tabIndex={-1}>
        <span className={`badge badge--${stateKey(view).slice('state.'.length)}`}>
          {t(stateKey(view))}
        </span>{' '}
        {deadline !== null && view.urgency === 'worth-doing' && (
          <span>{deadlineWords(view, snapshot, t)}</span>
        )}
        {deadline !== null && view.urgency !== 'worth-doing' && (
          <span>
            {t('detail.deadlineAt', {
              date: formatDateTime(deadline, zone, locale),
              when: relativeTime(deadline, snapshot.now, zone, locale),
            })}
          </span>
        )}
        {snoozed && <span className="detail__snoozed">{snoozed}</span>}
      </p>
      {deadline !== null && checklist.deadline && checklist.deadline.zone !== zone && (
        <p className="hint">
          {t('detail.deadlineZone', {
            date: formatDateTime(deadline, checklist.deadline.zone, locale),
            zone: checklist.deadline.zone,
          })}
        </p>
      )}
      {checklist.deadline?.note && <p>{checklist.deadline.note[locale]}</p>}
      <p className="detail__summary">{checklist.summary[locale]}</p>
      <StatusPrompts view={view} />
      {platform && <PlatformTabs view={view} current={platform} />}
      <DetailActions view={view} />
      <WhyItMatters checklist={checklist} />
    </article>
  );
}
