import { type KeyboardEvent, useRef, useState } from 'react';
import type { Platform } from '../../../shared/catalog/schema.ts';
import type { ChecklistView } from '../../../shared/ipc.ts';
import { platformsOf } from '../../../shared/progress/rules.ts';
import { useUi } from '../../hooks/ui-context.ts';
import { StepList } from './step-list.tsx';

/**
 * The WAI-ARIA tabs pattern: one tab stop, arrows/Home/End move between
 * platforms. Choosing a tab is remembered by main as the preferred platform,
 * so the next checklist opens on the same one.
 *
 * The tab shown selected follows the keyboard at once, not main's reply:
 * with two choices in flight, the first reply would otherwise select (and
 * swap in the steps of) a tab focus has already left. Main's choice shows
 * again when the reply to the last choice is in (or it failed).
 */
export function PlatformTabs({ view, current }: { view: ChecklistView; current: Platform }) {
  const { t, api, change } = useUi();
  const platforms = platformsOf(view.checklist);
  const [picked, setPicked] = useState<Platform | null>(null);
  const lastChoice = useRef(0);
  const shown = picked && platforms.includes(picked) ? picked : current;
  const choose = async (platform: Platform) => {
    if (platform === shown) return;
    setPicked(platform);
    const choice = ++lastChoice.current;
    await change(api.setPreferredPlatform(platform));
    if (choice === lastChoice.current) setPicked(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = platforms.indexOf(shown);
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
    void choose(next);
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
            aria-selected={platform === shown}
            aria-controls="steps-panel"
            tabIndex={platform === shown ? 0 : -1}
            onClick={() => void choose(platform)}
            onKeyDown={onKeyDown}
          >
            {t(`platform.${platform}`)}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id="steps-panel"
        aria-labelledby={`tab-${shown}`}
        className="tabs__panel"
      >
        <StepList view={view} platform={shown} />
      </div>
    </section>
  );
}
