import { useUi } from '../hooks/ui-context.ts';

/**
 * The network consents, one per purpose, used by the welcome and by
 * Settings. Both are off until the user turns them on; nothing is
 * downloaded before that.
 */
export function ConsentFields() {
  const { snapshot, t, api, change } = useUi();
  const { settings } = snapshot;
  return (
    <fieldset className="consent">
      <legend>{t('consent.legend')}</legend>
      <label className="check">
        <input
          type="checkbox"
          checked={settings.checkNewDeadlines}
          aria-describedby="consent-new-deadlines-sent"
          onChange={(event) =>
            void change(api.updateSettings({ checkNewDeadlines: event.target.checked }))
          }
        />
        {t('consent.checkNewDeadlines')}
      </label>
      <p id="consent-new-deadlines-sent" className="hint">
        {t('consent.checkNewDeadlinesSent')}
      </p>
      <label className="check">
        <input
          type="checkbox"
          checked={settings.checkAppUpdates}
          aria-describedby="consent-app-updates-sent"
          onChange={(event) =>
            void change(api.updateSettings({ checkAppUpdates: event.target.checked }))
          }
        />
        {t('consent.checkAppUpdates')}
      </label>
      <p id="consent-app-updates-sent" className="hint">
        {t('consent.checkAppUpdatesSent')}
      </p>
    </fieldset>
  );
}
