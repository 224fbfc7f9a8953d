import { useId } from 'react';
import { WALL_TIME_PATTERN } from '../../../shared/constants.ts';
import type { SettingsChange } from '../../../shared/ipc.ts';
import { isPausedAt } from '../../../shared/settings/paused.ts';
import type { Settings } from '../../../shared/settings/schema.ts';
import { useUi } from '../../hooks/ui-context.ts';
import { formatDuration } from '../../lib/intl.ts';
import { DaysSelect } from './days-select.tsx';

// 30 days, 14 days, 7 days, 3 days, 1 day, 2 hours, 1 hour before a deadline.
const LEAD_TIME_CHOICES = [43_200, 20_160, 10_080, 4_320, 1_440, 120, 60];
const QUIET_DEFAULT = { start: '22:00', end: '08:00' };

interface Props {
  settings: Settings;
  update: (change: SettingsChange) => void;
}

/** When reminders come: lead times, quiet hours, overdue cadence, re-check, pause. */
export function ReminderSettings({ settings, update }: Props) {
  const { snapshot, t } = useUi();
  const startId = useId();
  const endId = useId();
  const current = settings.leadTimesMinutes;
  // A lead time set some other way (an imported data file) stays visible and removable.
  const choices = [...new Set([...LEAD_TIME_CHOICES, ...current])].sort((a, b) => b - a);
  // Only what changed is sent; main merges it, so quick changes cannot undo each other.
  const toggleLead = (minutes: number, isOn: boolean) => update({ leadTime: { minutes, isOn } });
  const quiet = settings.quietHours;
  const setQuiet = (part: 'start' | 'end', value: string) => {
    if (quiet && WALL_TIME_PATTERN.test(value)) update({ quietHours: { [part]: value } });
  };
  const isPaused = isPausedAt(settings, snapshot.now);

  return (
    <section aria-labelledby="reminders-heading" className="settings__group">
      <h2 id="reminders-heading">{t('settings.reminders')}</h2>
      <fieldset>
        <legend>{t('settings.leadTimes')}</legend>
        <div className="choices">
          {choices.map((minutes) => (
            <label key={minutes} className="check">
              <input
                type="checkbox"
                checked={current.includes(minutes)}
                onChange={(event) => toggleLead(minutes, event.target.checked)}
              />
              {t('settings.leadTime', { duration: formatDuration(minutes, snapshot.locale) })}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('settings.quietHours')}</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={quiet !== null}
            onChange={(event) =>
              update({ quietHours: event.target.checked ? QUIET_DEFAULT : null })
            }
          />
          {t('settings.quietHoursOn')}
        </label>
        {quiet && (
          <div className="inline-fields">
            <div className="field">
              <label htmlFor={startId}>{t('settings.quietFrom')}</label>
              <input
                id={startId}
                type="time"
                value={quiet.start}
                onChange={(event) => setQuiet('start', event.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={endId}>{t('settings.quietUntil')}</label>
              <input
                id={endId}
                type="time"
                value={quiet.end}
                onChange={(event) => setQuiet('end', event.target.value)}
              />
            </div>
          </div>
        )}
      </fieldset>

      <DaysSelect
        label={t('settings.overdue')}
        value={settings.overdueEveryDays}
        choices={[1, 3, 7, 14]}
        offLabel={t('settings.overdueNever')}
        dayLabel={(days) => t('settings.overdueAfter', { count: days, twice: 2 * days })}
        onChange={(days) => update({ overdueEveryDays: days })}
      />
      <DaysSelect
        label={t('settings.worthDoing')}
        value={settings.stillWorthDoingReminders === 0 ? null : settings.stillWorthDoingReminders}
        choices={[1, 3]}
        offLabel={t('settings.worthDoingNever')}
        dayLabel={(count) => t('settings.worthDoingTimes', { count })}
        onChange={(count) => update({ stillWorthDoingReminders: count ?? 0 })}
      />
      <DaysSelect
        label={t('settings.recheck')}
        value={settings.recheckAfterDays}
        choices={[30, 90, 180, 365]}
        offLabel={t('settings.recheckOff')}
        dayLabel={(days) =>
          t('settings.afterDays', { days: formatDuration(days * 1440, snapshot.locale) })
        }
        onChange={(days) => update({ recheckAfterDays: days })}
      />

      <label className="check">
        <input
          type="checkbox"
          checked={isPaused}
          onChange={(event) => update({ paused: event.target.checked })}
        />
        {t('settings.paused')}
      </label>
    </section>
  );
}
