import type { Platform } from '../../../shared/catalog/schema.ts';
import { useUi } from '../../hooks/ui-context.ts';
import { deadlineWords } from '../../lib/status-words.ts';
import { ConsentFields } from '../consent-fields.tsx';
import { LanguageSetting } from '../settings/language-setting.tsx';
import { TestNotification } from '../test-notification.tsx';
import { ViewHeading } from '../view-heading.tsx';

const PLATFORM_CHOICES = ['web', 'ios', 'android'] as const satisfies readonly Platform[];

/**
 * First launch: what the app does, where it lives, language, the platform the
 * user mostly uses, a test notification, and what is already due (shown here
 * instead of fired as a burst of notifications).
 */
export default function Welcome() {
  const { snapshot, t, api, change } = useUi();
  const welcome = snapshot.welcome;
  const due = snapshot.checklists.filter((view) =>
    welcome?.dueChecklistIds.includes(view.checklist.id),
  );
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

      <section aria-labelledby="welcome-due" className="settings__group">
        <h2 id="welcome-due">{t('welcome.due')}</h2>
        {due.length === 0 ? (
          <p>{t('welcome.nothingDue')}</p>
        ) : (
          <ul className="plain-list">
            {due.map((view) => (
              <li key={view.checklist.id}>
                <strong>{view.checklist.title[snapshot.locale]}</strong> —{' '}
                {deadlineWords(view, snapshot, t)}
              </li>
            ))}
          </ul>
        )}
      </section>

      <button
        type="button"
        className="button button--primary"
        onClick={() => void change(api.finishWelcome())}
      >
        {t('welcome.start')}
      </button>
    </section>
  );
}
