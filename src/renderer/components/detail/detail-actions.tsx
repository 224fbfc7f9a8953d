import type { ChecklistView } from '../../../shared/ipc.ts';
import { useUi } from '../../hooks/ui-context.ts';
import { useChangeOutcome } from '../../hooks/use-change-outcome.ts';
import { byId, DETAIL_FOCUS } from '../../lib/detail-focus.ts';
import { SnoozeMenu } from './snooze-menu.tsx';

/** "Open the settings page", "Done elsewhere", "Not relevant to me", "Snooze ▸". */
export function DetailActions({ view }: { view: ChecklistView }) {
  const { snapshot, t, api, request } = useUi();
  const changeThen = useChangeOutcome();
  const { checklist } = view;
  const id = checklist.id;
  const title = checklist.title[snapshot.locale];
  const isOpen = view.status === 'open';
  // Both buttons leave with the open state: focus goes to the Reopen that replaces them.
  const finish = (
    call: ReturnType<typeof api.dismiss>,
    said: 'announce.doneElsewhere' | 'announce.dismissed',
  ) =>
    void changeThen(call, {
      focus: byId(DETAIL_FOCUS.reopen),
      say: () => t(said, { title }),
    });
  return (
    <section className="detail-actions" aria-label={t('detail.actions')}>
      {checklist.settingsUrl && (
        <div>
          <button
            type="button"
            className="button button--primary"
            onClick={() => void request(api.openSettingsPage(id))}
          >
            {t('detail.openSettingsPage')}
          </button>
          {checklist.settingsUrlUncertain && (
            <p className="hint">{t('detail.settingsUrlUncertain')}</p>
          )}
        </div>
      )}
      {isOpen && (
        <div className="actions">
          <button
            type="button"
            id={DETAIL_FOCUS.doneElsewhere}
            className="button"
            onClick={() => finish(api.markDoneElsewhere(id), 'announce.doneElsewhere')}
          >
            {t('detail.doneElsewhere')}
          </button>
          <button
            type="button"
            id={DETAIL_FOCUS.notRelevant}
            className="button"
            onClick={() => finish(api.dismiss(id), 'announce.dismissed')}
          >
            {t('detail.notRelevant')}
          </button>
          <SnoozeMenu view={view} />
        </div>
      )}
    </section>
  );
}
