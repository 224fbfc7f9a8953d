import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useUi } from '../hooks/ui-context.ts';

/**
 * A destructive action asked twice, inline: no modal to trap focus in. Focus
 * waits on "No" (with the question read out), so pressing Enter twice does
 * not delete; "No", or Escape while the question is shown, puts focus back
 * where it was.
 */
export function ConfirmButton({
  label,
  question,
  onConfirm,
}: {
  label: string;
  question: string;
  onConfirm: () => void;
}) {
  const { t } = useUi();
  const [isAsking, setAsking] = useState(false);
  const first = useRef<HTMLButtonElement>(null);
  const shouldRefocus = useRef(false);
  const questionId = useId();
  const cancel = () => {
    shouldRefocus.current = true;
    setAsking(false);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    cancel();
  };
  useEffect(() => {
    if (isAsking || !shouldRefocus.current) return;
    shouldRefocus.current = false;
    first.current?.focus();
  }, [isAsking]);
  if (!isAsking)
    return (
      <button ref={first} type="button" className="button" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape from either answer button bubbles here
    <span className="confirm" onKeyDown={onKeyDown}>
      <span id={questionId} className="confirm__question">
        {question}
      </span>
      <button
        type="button"
        className="button button--danger"
        aria-describedby={questionId}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {t('common.yes')}
      </button>
      <button
        type="button"
        className="button"
        aria-describedby={questionId}
        // biome-ignore lint/a11y/noAutofocus: the question just appeared in place of the button the user pressed
        autoFocus
        onClick={cancel}
      >
        {t('common.no')}
      </button>
    </span>
  );
}
