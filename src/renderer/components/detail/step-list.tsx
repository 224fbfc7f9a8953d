import type { Platform } from '../../../shared/catalog/schema.ts';
import type { ChecklistView } from '../../../shared/ipc.ts';
import { useUi } from '../../hooks/ui-context.ts';
import { stepCounts } from '../../lib/checklist-view.ts';
import { UncertainTag } from './uncertain-tag.tsx';

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** The numbered steps of one path as real checkboxes; progress is announced politely. */
export function StepList({ view, platform }: { view: ChecklistView; platform: Platform }) {
  const { snapshot, t, api, change, request } = useUi();
  const { checklist, progress } = view;
  const path = checklist.paths[platform];
  if (!path) return null;
  const ticked = progress.steps[platform] ?? {};
  const { done, total } = stepCounts(view, platform);
  return (
    <>
      {path.note && <p className="steps__note">{path.note[snapshot.locale]}</p>}
      <ol className="steps">
        {path.steps.map((step) => {
          const inputId = `step-${platform}-${step.id}`;
          const isDone = Object.hasOwn(ticked, step.id);
          return (
            <li key={step.id} className="steps__step">
              <input
                type="checkbox"
                id={inputId}
                className="steps__box"
                checked={isDone}
                onChange={() =>
                  void change(
                    api.toggleStep({
                      checklistId: checklist.id,
                      platform,
                      stepId: step.id,
                      done: !isDone,
                    }),
                  )
                }
              />
              <div className="steps__body">
                <label htmlFor={inputId} className="steps__text">
                  {step.text[snapshot.locale]}
                </label>
                {step.uncertain && <UncertainTag />}
                {step.link && (
                  <button
                    type="button"
                    className="button button--link"
                    onClick={() =>
                      void request(
                        api.openLink({ checklistId: checklist.id, url: step.link ?? '' }),
                      )
                    }
                  >
                    {t('detail.openLink', { host: hostOf(step.link) })}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      <p role="status" className="steps__progress">
        {done === total ? t('progress.allDone', { total }) : t('progress.steps', { done, total })}
      </p>
    </>
  );
}
