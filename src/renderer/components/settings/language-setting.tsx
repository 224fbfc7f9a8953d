import { useId } from 'react';
import type { Settings } from '../../../shared/settings/schema.ts';
import { useUi } from '../../hooks/ui-context.ts';

const CHOICES = ['auto', 'en', 'nl'] as const satisfies readonly Settings['language'][];

/** Auto / English / Nederlands; the whole window switches as soon as main answers. */
export function LanguageSetting() {
  const { snapshot, t, api, change } = useUi();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('settings.language')}</label>
      <select
        id={id}
        value={snapshot.settings.language}
        onChange={(event) =>
          void change(api.updateSettings({ language: event.target.value as Settings['language'] }))
        }
      >
        {CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {t(`language.${choice}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
