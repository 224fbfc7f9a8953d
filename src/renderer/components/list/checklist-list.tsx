import { useEffect, useState } from 'react';
import { useUi } from '../../hooks/ui-context.ts';
import { isNotRelevant } from '../../lib/checklist-view.ts';
import { ViewHeading } from '../view-heading.tsx';
import { ChecklistCard } from './checklist-card.tsx';

/** Every checklist, open ones first by urgency (main's order); done and not relevant on request. */
export function ChecklistList({ focusId }: { focusId?: string | undefined }) {
  const { snapshot, t } = useUi();
  const [showDone, setShowDone] = useState(false);
  const [showNotRelevant, setShowNotRelevant] = useState(false);

  // Coming back from a detail, focus returns to the checklist the user left.
  useEffect(() => {
    if (focusId) document.getElementById(`card-${focusId}`)?.focus();
  }, [focusId]);

  const all = snapshot.checklists;
  const doneCount = all.filter((view) => view.status === 'done').length;
  const notRelevantCount = all.filter(isNotRelevant).length;
  const visible = all.filter((view) => {
    if (isNotRelevant(view)) return showNotRelevant;
    if (view.status === 'done') return showDone || view.needsRecheck;
    return true;
  });

  return (
    <section className="view" aria-labelledby="list-heading">
      <ViewHeading id="list-heading" focus={!focusId}>
        {t('list.heading')}
      </ViewHeading>
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
          {t('list.showNotRelevant', { count: notRelevantCount })}
        </label>
      </fieldset>
      {all.length === 0 ? (
        <p>{t('list.empty')}</p>
      ) : visible.length === 0 ? (
        <p>{t('list.nothingOpen')}</p>
      ) : (
        <ul className="checklist-list" aria-labelledby="list-heading">
          {visible.map((view) => (
            <li key={view.checklist.id}>
              <ChecklistCard view={view} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
