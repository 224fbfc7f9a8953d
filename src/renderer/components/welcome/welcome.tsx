import type { Platform } from '../../../shared/catalog/schema.ts';
import type { SettingsChange } from '../../../shared/ipc.ts';
import { useUi } from '../../hooks/ui-context.ts';
import { ConsentFields } from '../consent-fields.tsx';
import { CountrySetting } from '../settings/country-setting.tsx';
import { LanguageSetting } from '../settings/language-setting.tsx';
import { TestNotification } from '../test-notification.tsx';
import { ViewHeading } from '../view-heading.tsx';
import { WELCOME_START, WelcomeTriage } from './welcome-triage.tsx';

const PLATFORM_CHOICES = ['web', 'ios', 'android'] as const satisfies readonly Platform[];

/**
 * First launch: what the app does, where it lives, language, the country
 * (from the OS, to confirm), start at login, the platform the user mostly
 * uses, a test notification, and the deadlines already past with one-click
 * answers (shown here instead of fired as a burst of notifications).
 */
export default function Welcome() {
  const { snapshot, t, api, change } = useUi();
  const update = (next: SettingsChange) => void change(api.updateSettings(next));
  const chosen = snapshot.platform.preferred ?? snapshot.platform.os;
  return (
    <section className="view welcome" aria-labelledby="welcome-heading">
      <ViewHeading id="welcome-heading">{t('welcome.heading')}</ViewHeading>
      <p>{t('welcome.what')}</p>
      <p>{t('welcome.tray')}</p>
      <p>{t('welcome.privacy')}</p>

      <section aria-labelledby="welcome-setup" className="settings__group">
        <h2 id="welcome-setup">{t('welcome.setup')}</h2>
        <LanguageSetting />
        <CountrySetting settings={snapshot.settings} update={update} />
        <label className="check">
          <input
            type="checkbox"
            checked={snapshot.settings.startAtLogin}
            onChange={(event) => update({ startAtLogin: event.target.checked })}
          />
          {t('welcome.startAtLogin')}
        </label>
        <fieldset>
          <legend>{t('welcome.platform')}</legend>
          <div className="choices">
            {PLATFORM_CHOICES.map((platform) => (
              <label key={platform} className="check">
                <input
                  type="radio"
                  name="welcome-platform"
                  checked={chosen === platform}
                  onChange={() => void change(api.setPreferredPlatform(platform))}
                />
                {t(`platform.${platform}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <TestNotification />
        <ConsentFields />
      </section>

      <WelcomeTriage />

      <button
        type="button"
        id={WELCOME_START}
        className="button button--primary"
        onClick={() => void change(api.finishWelcome())}
      >
        {t('welcome.start')}
      </button>
    </section>
  );
}
