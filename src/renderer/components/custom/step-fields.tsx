import { useId } from 'react';
import type { Platform } from '../../../shared/catalog/schema.ts';
import { PLATFORMS } from '../../../shared/constants.ts';
import { useUi } from '../../hooks/ui-context.ts';
import { type DraftIssues, type DraftStep, issueText, newStep } from '../../lib/custom-draft.ts';
import { TextField } from './text-field.tsx';

// Matches the schema's per-path limit closely enough for one form.
const MAX_STEPS = 30;

/** The steps of a custom checklist, each with its own platform and optional link. */
export function StepFields({
  steps,
  issues,
  onChange,
}: {
  steps: DraftStep[];
  issues: DraftIssues;
  onChange: (steps: DraftStep[]) => void;
}) {
  const { t } = useUi();
  const update = (key: string, change: Partial<DraftStep>) =>
    onChange(steps.map((step) => (step.key === key ? { ...step, ...change } : step)));
  return (
    <fieldset className="step-fields">
      <legend>{t('editor.steps')}</legend>
      {issues.steps && (
        <p className="field__issue" role="alert">
          {issueText(t, issues.steps)}
        </p>
      )}
      <ol className="step-fields__list">
        {steps.map((step, index) => (
          <li key={step.key} className="step-fields__step">
            <TextField
              label={t('editor.stepText', { number: index + 1 })}
              value={step.text}
              issue={issues[`step-${step.key}`]}
              onChange={(text) => update(step.key, { text })}
            />
            <TextField
              label={t('editor.stepLink', { number: index + 1 })}
              type="url"
              value={step.link}
              issue={issues[`link-${step.key}`]}
              onChange={(link) => update(step.key, { link })}
            />
            <PlatformSelect
              number={index + 1}
              value={step.platform}
              onChange={(platform) => update(step.key, { platform })}
            />
            {steps.length > 1 && (
              <button
                type="button"
                className="button button--quiet"
                onClick={() => onChange(steps.filter((other) => other.key !== step.key))}
              >
                {t('editor.removeStep', { number: index + 1 })}
              </button>
            )}
          </li>
        ))}
      </ol>
      {steps.length < MAX_STEPS && (
        <button
          type="button"
          className="button"
          onClick={() => onChange([...steps, newStep(steps.at(-1)?.platform)])}
        >
          {t('editor.addStep')}
        </button>
      )}
    </fieldset>
  );
}

function PlatformSelect({
  number,
  value,
  onChange,
}: {
  number: number;
  value: Platform;
  onChange: (platform: Platform) => void;
}) {
  const { t } = useUi();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('editor.stepPlatform', { number })}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as Platform)}>
        {PLATFORMS.map((platform) => (
          <option key={platform} value={platform}>
            {t(`platform.${platform}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
