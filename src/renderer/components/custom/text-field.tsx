import { useId } from 'react';
import { useUi } from '../../hooks/ui-context.ts';
import { type DraftIssue, issueText } from '../../lib/custom-draft.ts';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'url' | 'date' | 'time';
  multiline?: boolean;
  required?: boolean;
  hint?: string;
  issue?: DraftIssue | undefined;
}

/** A labelled input whose hint and problem are read out with it. */
export function TextField({
  label,
  value,
  onChange,
  type = 'text',
  multiline,
  required,
  hint,
  issue,
}: Props) {
  const { t } = useUi();
  const id = useId();
  const described = [hint && `${id}-hint`, issue && `${id}-issue`].filter(Boolean).join(' ');
  const common = {
    id,
    value,
    required,
    'aria-invalid': issue ? true : undefined,
    'aria-describedby': described || undefined,
  };
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} type={type} onChange={(event) => onChange(event.target.value)} />
      )}
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {issue && (
        <p id={`${id}-issue`} className="field__issue">
          {issueText(t, issue)}
        </p>
      )}
    </div>
  );
}
