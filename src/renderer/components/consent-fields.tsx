import type { SettingsChange } from '../../shared/ipc.ts';
import { useUi } from '../hooks/ui-context.ts';
import { SettingCheck } from './settings/setting-check.tsx';

/**
 * The network consents, one per purpose, used by the welcome and by
 * Settings. Both are off until the user turns them on; nothing is
 * downloaded before that.
 */
export function ConsentFields() {
  const { snapshot, t, api, change } = useUi();
  const { settings } = snapshot;
  const update = (next: SettingsChange) => void change(api.updateSettings(next));
  return (
    <fieldset className="consent">
      <legend>{t('consent.legend')}</legend>
      <SettingCheck
        name="checkNewDeadlines"
        labelKey="consent.checkNewDeadlines"
        hintId="consent-new-deadlines-sent"
        settings={settings}
        update={update}
      />
      <p id="consent-new-deadlines-sent" className="hint">
        {t('consent.checkNewDeadlinesSent')}
      </p>
      <SettingCheck
        name="checkAppUpdates"
        labelKey="consent.checkAppUpdates"
        hintId="consent-app-updates-sent"
        settings={settings}
        update={update}
      />
      <p id="consent-app-updates-sent" className="hint">
        {t('consent.checkAppUpdatesSent')}
      </p>
    </fieldset>
  );
}
