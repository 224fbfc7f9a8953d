import type { Locale } from '../../shared/i18n/index.ts';
import { translate } from '../../shared/i18n/index.ts';
import type { ChecklistSummary } from '../../shared/ipc.ts';

export function ChecklistList({
  checklists,
  locale,
}: {
  checklists: ChecklistSummary[];
  locale: Locale;
}) {
  if (checklists.length === 0) return <p>{translate(locale, 'list.empty')}</p>;
  return (
    <ul className="checklist-list">
      {checklists.map((checklist) => (
        <li key={checklist.id} className="checklist-list__item">
          <span className="checklist-list__organisation">{checklist.organisation}</span>
          <span className="checklist-list__title">{checklist.title[locale]}</span>
        </li>
      ))}
    </ul>
  );
}
