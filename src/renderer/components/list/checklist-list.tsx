import { useEffect, useState } from 'react';
import { useUi } from '../../hooks/ui-context.ts';
import { ViewHeading } from '../view-heading.tsx';
import { AllSet } from './all-set.tsx';
import { ChecklistCard } from './checklist-card.tsx';

/**
 * Every checklist, open ones first by urgency (main's order); done and
 * dismissed ones on request; open checklists of other regions apart, under
 * "Other regions". When nothing that concerns the user is open, "All set".
 */
export function ChecklistList({ focusId }: { focusId?: string | undefined }) {
  const { snapshot, t } = useUi();
  const [showDone, setShowDone] = useState(false);
  const [showNotRelevant, setShowNotRelevant] = useState(false);

  // Coming back from a detail, focus returns to the checklist the user left.
  useEffect(() => {
    if (focusId) document.getElementById(`card-${focusId}`)?.focus();
  }, [focusId]);

  const all = snapshot.checklists;
  const otherRegions = all.filter((view) => view.status === 'open' && !view.isRelevant);
  const yours = all.filter((view) => !otherRegions.includes(view));
  const doneCount = yours.filter((view) => view.status === 'done').length;
  const dismissedCount = yours.filter((view) => view.status === 'dismissed').length;
  const isAllSet = all.length > 0 && !yours.some((view) => view.status === 'open');
  const visible = yours.filter((view) => {
    if (view.status === 'dismissed') return showNotRelevant;
    if (view.status === 'done') return showDone || view.needsRecheck;
    return true;
  });
  const cards = (views: typeof all, labelledBy: string) => (
    <ul className="checklist-list" aria-labelledby={labelledBy}>
      {views.map((view) => (
        <li key={view.checklist.id}>
          <ChecklistCard view={view} />
        </li>
      ))}
    </ul>
  );

  return (
    <section className="view" aria-labelledby="list-heading">
      <ViewHeading id="list-heading" focus={!focusId}>
        {t('list.heading')}
      </ViewHeading>
      {isAllSet && <AllSet />}
      <fieldset className="filters">
        <legend className="filters__legend">{t('list.filters')}</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={showDone}
            onChange={(event) => setShowDone(event.target.checked)}
          />
          {t('list.showDone', { count: doneCount })}
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={showNotRelevant}
            onChange={(event) => setShowNotRelevant(event.target.checked)}
          />
          {t('list.showNotRelevant', { count: dismissedCount })}
        </label>
      </fieldset>
      {all.length === 0 ? (
        <p>{t('list.empty')}</p>
      ) : visible.length === 0 ? (
        !isAllSet && <p>{t('list.nothingOpen')}</p>
      ) : (
        cards(visible, 'list-heading')
      )}
      {otherRegions.length > 0 && (
        <details className="other-regions">
          <summary>
            <h2 id="other-regions-heading" className="other-regions__heading">
              {t('list.otherRegions', { count: otherRegions.length })}
            </h2>
          </summary>
          <p className="hint">{t('list.otherRegionsHint')}</p>
          {cards(otherRegions, 'other-regions-heading')}
        </details>
      )}
    </section>
  );
}
