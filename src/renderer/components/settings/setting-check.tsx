import type { MessageKey } from '../../../shared/i18n/index.ts';
import type { SettingsChange } from '../../../shared/ipc.ts';
import type { Settings } from '../../../shared/settings/schema.ts';
import { useUi } from '../../hooks/ui-context.ts';

/** The settings that are a plain on/off. */
type OnOffSetting =
  | 'notificationsEnabled'
  | 'startAtLogin'
  | 'includeOtherRegions'
  | 'checkNewDeadlines'
  | 'checkAppUpdates';

/** One on/off setting as a checkbox that applies its change at once. */
export function SettingCheck({
  name,
  labelKey,
  hintId,
  settings,
  update,
}: {
  name: OnOffSetting;
  labelKey: MessageKey;
  /** The id of a hint that says more about it. */
  hintId?: string;
  settings: Settings;
  update: (change: SettingsChange) => void;
}) {
  const { t } = useUi();
  return (
    <label className="check">
      <input
        type="checkbox"
        checked={settings[name]}
        aria-describedby={hintId}
        onChange={(event) => update({ [name]: event.target.checked })}
      />
      {t(labelKey)}
    </label>
  );
}
