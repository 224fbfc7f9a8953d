import { pausedUntil } from '../../shared/settings/paused.ts';
import { useUi } from '../hooks/ui-context.ts';
import { formatDateTime } from '../lib/intl.ts';

/**
 * Says, on every view, that reminders are held back — paused, or all
 * snoozed — and until when, with the one click that resumes them. Without
 * it a pause or a Snooze all chosen in the tray (or left in the data file)
 * showed nowhere in the window.
 */
export function QuietBanner() {
  const { snapshot, t, change, api } = useUi();
  const { settings, now, zone, locale } = snapshot;
  const paused = pausedUntil(settings);
  const snoozed = settings.snoozeAllUntil === null ? null : Date.parse(settings.snoozeAllUntil);
  const isPaused = paused !== null && paused > now;
  const isSnoozed = snoozed !== null && !Number.isNaN(snoozed) && snoozed > now;
  if (!isPaused && !isSnoozed) return null;
  const text = isPaused
    ? paused === Number.POSITIVE_INFINITY
      ? t('quiet.paused')
      : t('quiet.pausedUntil', { when: formatDateTime(paused, zone, locale) })
    : t('quiet.snoozedUntil', { when: formatDateTime(snoozed ?? now, zone, locale) });
  const resume = () =>
    void change(isPaused ? api.updateSettings({ paused: false }) : api.snoozeAll('off'));
  return (
    <section aria-label={t('quiet.label')} className="notices">
      <div className="banner banner--notice">
        <p className="banner__text">{text}</p>
        <button type="button" className="button" onClick={resume}>
          {t('quiet.resume')}
        </button>
      </div>
    </section>
  );
}
