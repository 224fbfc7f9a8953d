import { useId } from 'react';
import { EEA_COUNTRIES } from '../../../shared/catalog/regions.ts';
import type { SettingsChange } from '../../../shared/ipc.ts';
import type { Settings } from '../../../shared/settings/schema.ts';
import { useUi } from '../../hooks/ui-context.ts';
import { intlLocale } from '../../lib/intl.ts';
import { SettingCheck } from './setting-check.tsx';

// The countries the built-in checklists name, plus common English-speaking ones.
const COUNTRIES = [...EEA_COUNTRIES, 'CH', 'GB', 'US', 'CA', 'AU', 'NZ', 'IE'].filter(
  (code, index, all) => all.indexOf(code) === index,
);
const UNSET = '';

/** The user's country decides which checklists concern them; unset means all do. */
export function CountrySetting({
  settings,
  update,
}: {
  settings: Settings;
  update: (change: SettingsChange) => void;
}) {
  const { snapshot, t } = useUi();
  const id = useId();
  const names = new Intl.DisplayNames([intlLocale(snapshot.locale)], { type: 'region' });
  const codes =
    settings.country && !COUNTRIES.includes(settings.country)
      ? [...COUNTRIES, settings.country]
      : COUNTRIES;
  const options = codes
    .map((code) => ({ code, name: names.of(code) ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name, snapshot.locale));
  return (
    <>
      <div className="field">
        <label htmlFor={id}>{t('settings.country')}</label>
        <select
          id={id}
          value={settings.country ?? UNSET}
          onChange={(event) =>
            update({ country: event.target.value === UNSET ? null : event.target.value })
          }
        >
          <option value={UNSET}>{t('settings.countryUnset')}</option>
          {options.map(({ code, name }) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <SettingCheck
        name="includeOtherRegions"
        labelKey="settings.includeOtherRegions"
        settings={settings}
        update={update}
      />
    </>
  );
}
