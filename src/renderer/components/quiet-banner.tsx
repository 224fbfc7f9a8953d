import { useEffect, useState } from 'react';
import type { StateSnapshot } from '../../shared/ipc.ts';
import { pausedUntil } from '../../shared/settings/paused.ts';
import { useUi } from '../hooks/ui-context.ts';
import { formatDateTime } from '../lib/intl.ts';

/** Whether reminders are paused, all snoozed, or both, and until when. */
function heldBack(snapshot: StateSnapshot) {
  const { settings, now } = snapshot;
  const paused = pausedUntil(settings);
  const snoozed = settings.snoozeAllUntil === null ? null : Date.parse(settings.snoozeAllUntil);
  return {
    paused,
    snoozed,
    isPaused: paused !== null && paused > now,
    isSnoozed: snoozed !== null && !Number.isNaN(snoozed) && snoozed > now,
  };
}

/**
 * Says, on every view, that reminders are held back — paused, or all
 * snoozed — and until when, with the one click that resumes them (both, when
 * both hold them back). Without it a pause or a Snooze all chosen in the tray
 * (or left in the data file) showed nowhere in the window.
 */
export function QuietBanner() {
  const { snapshot, t, change, api, announce } = useUi();
  const { now, zone, locale } = snapshot;
  // The banner goes with its button: once it has, focus moves to the view's
  // heading instead of falling to <body>. A new object per resume.
  const [resumed, setResumed] = useState<object | null>(null);
  useEffect(() => {
    if (resumed) document.querySelector<HTMLElement>('.app__main h1')?.focus();
  }, [resumed]);
  const { paused, snoozed, isPaused, isSnoozed } = heldBack(snapshot);
  if (!isPaused && !isSnoozed) return null;
  const text = isPaused
    ? paused === Number.POSITIVE_INFINITY
      ? t('quiet.paused')
      : t('quiet.pausedUntil', { when: formatDateTime(paused ?? now, zone, locale) })
    : t('quiet.snoozedUntil', { when: formatDateTime(snoozed ?? now, zone, locale) });
  const resume = async () => {
    let current = snapshot;
    if (heldBack(current).isPaused) {
      const result = await change(api.updateSettings({ paused: false }));
      if (!result.ok) return;
      current = result.value;
    }
    if (heldBack(current).isSnoozed) {
      const result = await change(api.snoozeAll('off'));
      if (!result.ok) return;
    }
    setResumed({});
    announce(t('quiet.resumed'));
  };
  return (
    <section aria-label={t('quiet.label')} className="notices">
      <div className="banner banner--notice">
        <p className="banner__text">{text}</p>
        <button type="button" className="button" onClick={() => void resume()}>
          {t('quiet.resume')}
        </button>
      </div>
    </section>
  );
}
