import type { ChecklistView } from '../../../shared/ipc.ts';
import { useUi } from '../../hooks/ui-context.ts';
import { deadlineWords } from '../../lib/status-words.ts';

/** What the welcome asks about: open, relevant, and past its deadline (or due at launch). */
export function triageItems(views: readonly ChecklistView[], dueIds: readonly string[]) {
  return views.filter(
    (view) =>
      view.status === 'open' &&
      view.isRelevant &&
      (view.urgency === 'worth-doing' ||
        view.urgency === 'overdue' ||
        dueIds.includes(view.checklist.id)),
  );
}

/**
 * The first launch's list of deadlines already past (or due now), each
 * answered in one click: do it now (opens the checklist), already done, or
 * not for me. Answered ones leave the list.
 */
export function WelcomeTriage() {
  const { snapshot, t, api, change, navigate } = useUi();
  const items = triageItems(snapshot.checklists, snapshot.welcome?.dueChecklistIds ?? []);
  const doNow = async (id: string) => {
    const result = await change(api.finishWelcome());
    if (result.ok) navigate({ name: 'detail', id });
  };
  return (
    <section aria-labelledby="welcome-due" className="settings__group">
      <h2 id="welcome-due">{t('welcome.due')}</h2>
      {items.length === 0 ? (
        <p>{t('welcome.nothingDue')}</p>
      ) : (
        <>
          <p>{t('welcome.dueIntro')}</p>
          <ul className="plain-list triage">
            {items.map((view) => (
              <li key={view.checklist.id}>
                <fieldset className="triage__item">
                  <legend className="triage__title">{view.checklist.title[snapshot.locale]}</legend>
                  <p className="triage__what">{deadlineWords(view, snapshot, t)}</p>
                  <div className="actions">
                    <button
                      type="button"
                      className="button button--primary"
                      onClick={() => void doNow(view.checklist.id)}
                    >
                      {t('welcome.doNow')}
                    </button>
                    <button
                      type="button"
                      className="button"
                      onClick={() => void change(api.markDoneElsewhere(view.checklist.id))}
                    >
                      {t('welcome.alreadyDone')}
                    </button>
                    <button
                      type="button"
                      className="button"
                      onClick={() => void change(api.dismiss(view.checklist.id))}
                    >
                      {t('welcome.notForMe')}
                    </button>
                  </div>
                </fieldset>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
