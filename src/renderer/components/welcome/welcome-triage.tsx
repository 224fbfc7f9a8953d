import type { ChecklistView, StateSnapshot } from '../../../shared/ipc.ts';
import { useUi } from '../../hooks/ui-context.ts';
import { useChangeOutcome } from '../../hooks/use-change-outcome.ts';
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

/** The welcome's "Get started" button, where focus goes when the last past deadline is answered. */
export const WELCOME_START = 'welcome-start';

const firstButtonId = (view: ChecklistView) => `triage-${view.checklist.id}`;

/**
 * The first launch's list of deadlines already past (or due now), each
 * answered in one click: do it now (opens the checklist), already done, or
 * not for me. Answered ones leave the list; focus moves to the first button
 * of the item that takes its place (the last one when it was last), or to
 * "Get started" once none are left.
 */
export function WelcomeTriage() {
  const { snapshot, t, api, change, navigate } = useUi();
  const changeThen = useChangeOutcome();
  const itemsOf = (shown: StateSnapshot) =>
    triageItems(shown.checklists, shown.welcome?.dueChecklistIds ?? []);
  const items = itemsOf(snapshot);
  const answer = (
    view: ChecklistView,
    call: ReturnType<typeof api.dismiss>,
    said: 'announce.doneElsewhere' | 'announce.dismissed',
  ) => {
    const index = items.indexOf(view);
    const title = view.checklist.title[snapshot.locale];
    void changeThen(call, {
      focus: (next) => {
        const left = itemsOf(next);
        const target = left[Math.min(index, left.length - 1)];
        return document.getElementById(target ? firstButtonId(target) : WELCOME_START);
      },
      say: (next) =>
        itemsOf(next).length === 0
          ? `${t(said, { title })} ${t('welcome.nothingDue')}`
          : t(said, { title }),
    });
  };
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
                      id={firstButtonId(view)}
                      className="button button--primary"
                      onClick={() => void doNow(view.checklist.id)}
                    >
                      {t('welcome.doNow')}
                    </button>
                    <button
                      type="button"
                      className="button"
                      onClick={() =>
                        answer(
                          view,
                          api.markDoneElsewhere(view.checklist.id),
                          'announce.doneElsewhere',
                        )
                      }
                    >
                      {t('welcome.alreadyDone')}
                    </button>
                    <button
                      type="button"
                      className="button"
                      onClick={() =>
                        answer(view, api.dismiss(view.checklist.id), 'announce.dismissed')
                      }
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
