import type { KeyboardEvent } from 'react';
import type { Platform } from '../../../shared/catalog/schema.ts';
import type { ChecklistView } from '../../../shared/ipc.ts';
import { platformsOf } from '../../../shared/progress/rules.ts';
import { useUi } from '../../hooks/ui-context.ts';
import { StepList } from './step-list.tsx';

/**
 * The WAI-ARIA tabs pattern: one tab stop, arrows/Home/End move between
 * platforms. Choosing a tab is remembered by main as the preferred platform,
 * so the next checklist opens on the same one.
 */
export function PlatformTabs({ view, current }: { view: ChecklistView; current: Platform }) {
  const { t, api, change } = useUi();
  const platforms = platformsOf(view.checklist);
  const choose = (platform: Platform) => {
    if (platform !== current) void change(api.setPreferredPlatform(platform));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = platforms.indexOf(current);
    const last = platforms.length - 1;
    const target = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    }[event.key];
    const next = target === undefined ? undefined : platforms[target];
    if (!next) return;
    event.preventDefault();
    document.getElementById(`tab-${next}`)?.focus();
    choose(next);
  };
  return (
    <section className="platforms" aria-labelledby="steps-heading">
      <h2 id="steps-heading">
        {t(view.checklist.hasOptOut === false ? 'detail.whatYouCanDo' : 'detail.steps')}
      </h2>
      {view.checklist.hasOptOut === false && <p className="no-opt-out">{t('detail.noOptOut')}</p>}
      <div role="tablist" aria-label={t('detail.platforms')} className="tabs">
        {platforms.map((platform) => (
          <button
            key={platform}
            type="button"
            role="tab"
            id={`tab-${platform}`}
            className="tabs__tab"
            aria-selected={platform === current}
            aria-controls="steps-panel"
            tabIndex={platform === current ? 0 : -1}
            onClick={() => choose(platform)}
            onKeyDown={onKeyDown}
          >
            {t(`platform.${platform}`)}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id="steps-panel"
        aria-labelledby={`tab-${current}`}
        className="tabs__panel"
      >
        <StepList view={view} platform={current} />
      </div>
    </section>
  );
}
