import type { SettingsChange } from '../../../shared/ipc.ts';
import { useUi } from '../../hooks/ui-context.ts';
import { ConsentFields } from '../consent-fields.tsx';
import { TestNotification } from '../test-notification.tsx';
import { ViewHeading } from '../view-heading.tsx';
import { AboutSection } from './about-section.tsx';
import { CountrySetting } from './country-setting.tsx';
import { FeedSettings } from './feed-settings.tsx';
import { LanguageSetting } from './language-setting.tsx';
import { ReminderSettings } from './reminder-settings.tsx';
import { SettingCheck } from './setting-check.tsx';

/** Settings apply the moment they change: there is no Save button to forget. */
export default function SettingsView({ section }: { section?: 'about' | undefined }) {
  const { snapshot, t, api, change } = useUi();
  const { settings } = snapshot;
  const update = (next: SettingsChange) => void change(api.updateSettings(next));
  return (
    <section className="view settings" aria-labelledby="settings-heading">
      <ViewHeading id="settings-heading">{t('settings.heading')}</ViewHeading>
      <p className="hint">{t('settings.appliesAtOnce')}</p>

      <ReminderSettings settings={settings} update={update} />

      <section aria-labelledby="notifications-heading" className="settings__group">
        <h2 id="notifications-heading">{t('settings.notifications')}</h2>
        <SettingCheck
          name="notificationsEnabled"
          labelKey="settings.notificationsEnabled"
          settings={settings}
          update={update}
        />
        <TestNotification />
      </section>

      <section className="settings__group">
        <ConsentFields />
      </section>

      <FeedSettings />

      <section aria-labelledby="general-heading" className="settings__group">
        <h2 id="general-heading">{t('settings.general')}</h2>
        <LanguageSetting />
        <CountrySetting settings={settings} update={update} />
        <SettingCheck
          name="startAtLogin"
          labelKey="settings.startAtLogin"
          settings={settings}
          update={update}
        />
        <p className="hint">
          {t('settings.dataFile')} <code className="path">{snapshot.dataFile}</code>
        </p>
      </section>

      <AboutSection isTarget={section === 'about'} />
    </section>
  );
}
