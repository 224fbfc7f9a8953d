import { Fragment, type ReactNode } from 'react';
import { titleNamesOrganisation } from '../../../shared/catalog/names.ts';
import type { ChecklistView } from '../../../shared/ipc.ts';
import { type Translate, useUi } from '../../hooks/ui-context.ts';
import { chosenPlatform, stepCounts } from '../../lib/checklist-view.ts';
import { deadlineWords, snoozeWords, stateKey } from '../../lib/status-words.ts';

/**
 * Marks titles for the Element Timing API, so the time from navigation to
 * the first painted checklist can be read from the page (bench/renderer.bench.ts).
 * Spread because React's types do not list the attribute.
 */
const ELEMENT_TIMING = { elementtiming: 'checklist-title' };

/** One row of the list: a button that opens the checklist. */
export function ChecklistCard({ view }: { view: ChecklistView }) {
  const { snapshot, t, navigate } = useUi();
  const { checklist } = view;
  const platform = chosenPlatform(checklist, snapshot.platform);
  const { done, total } = stepCounts(view, platform);
  const state = stateKey(view);
  const snoozed = snoozeWords(view, snapshot, t);
  const meta: [string, ReactNode][] = [
    [
      'state',
      <span key="state" className={`badge badge--${state.slice('state.'.length)}`}>
        {t(state)}
      </span>,
    ],
    ['deadline', deadlineWords(view, snapshot, t)],
  ];
  if (checklist.hasOptOut === false) meta.push(['no-opt-out', t('card.noOptOut')]);
  if (platform)
    meta.push([
      'steps',
      t('progress.stepsOn', { done, total, platform: t(`platform.${platform}`) }),
    ]);
  if (snoozed) meta.push(['snoozed', snoozed]);
  if (view.origin.kind !== 'builtin') meta.push(['origin', originWords(view.origin, t)]);
  // The button's name is its whole visible text (so speech input can use any
  // of it); the hidden separators keep the spoken words from running together.
  return (
    <button
      type="button"
      id={`card-${checklist.id}`}
      className={`card card--${view.status} card--${view.urgency}`}
      onClick={() => navigate({ name: 'detail', id: checklist.id })}
    >
      {!titleNamesOrganisation(checklist, snapshot.locale) && (
        <>
          <span className="card__organisation">{checklist.organisation}</span>
          <span className="visually-hidden">, </span>
        </>
      )}
      <span className="card__title" {...ELEMENT_TIMING}>
        {checklist.title[snapshot.locale]}
      </span>
      <span className="visually-hidden">, </span>
      <span className="card__meta">
        {meta.map(([key, content], index) => (
          <Fragment key={key}>
            {index > 0 && <span className="visually-hidden">, </span>}
            <span>{content}</span>
          </Fragment>
        ))}
      </span>
    </button>
  );
}

/** Where a checklist comes from, in a few words ("Your own", "unsigned, from example.org"). */
function originWords(origin: ChecklistView['origin'], t: Translate): string {
  if (origin.kind === 'custom') return t('origin.customShort');
  if (origin.kind === 'pack') return t('origin.packShort');
  if (origin.kind === 'builtin') return '';
  if (origin.isWithdrawn) return t('origin.withdrawn');
  if (origin.isProject) return t('origin.feedShort');
  return t(origin.isSigned ? 'feeds.signed' : 'feeds.unsigned', { host: origin.host });
}
