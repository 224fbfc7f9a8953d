import type { ChecklistView } from '../../../shared/ipc.ts';
import { useUi } from '../../hooks/ui-context.ts';
import { SnoozeMenu } from './snooze-menu.tsx';

/** "Open the settings page", "Done elsewhere", "Not relevant to me", "Snooze ▸". */
export function DetailActions({ view }: { view: ChecklistView }) {
  const { t, api, change, request } = useUi();
  const { checklist } = view;
  const id = checklist.id;
  const isOpen = view.status === 'open';
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
            className="button"
            onClick={() => void change(api.markDoneElsewhere(id))}
          >
            {t('detail.doneElsewhere')}
          </button>
          <button type="button" className="button" onClick={() => void change(api.dismiss(id))}>
            {t('detail.notRelevant')}
          </button>
          <SnoozeMenu view={view} />
        </div>
      )}
    </section>
  );
}
