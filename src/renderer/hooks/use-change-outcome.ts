import { useCallback, useEffect, useState } from 'react';
import type { IpcResult, StateSnapshot } from '../../shared/ipc.ts';
import { useUi } from './ui-context.ts';

/** Where focus goes and what is said once a change has been shown, from the snapshot it returned. */
export interface ChangeOutcome {
  focus(snapshot: StateSnapshot): HTMLElement | null;
  say(snapshot: StateSnapshot): string;
}

/**
 * Makes a change whose button leaves the page with it ("Done elsewhere",
 * "Reopen", a welcome answer): once the new snapshot has rendered, focus
 * moves to the element `focus` picks instead of falling to <body>, the top
 * of the page, and the polite live region says what changed. A failed change
 * leaves focus where it is (the error banner speaks for it).
 */
export function useChangeOutcome(): (
  call: Promise<IpcResult<StateSnapshot>>,
  outcome: ChangeOutcome,
) => Promise<void> {
  const { change, announce } = useUi();
  // A new object per change, so the effect runs once for each.
  const [shown, setShown] = useState<{ find(): HTMLElement | null } | null>(null);
  useEffect(() => {
    shown?.find()?.focus();
  }, [shown]);
  return useCallback(
    async (call, outcome) => {
      const result = await change(call);
      if (!result.ok) return;
      const snapshot = result.value;
      // Rendered together with the snapshot `change` just applied, so the effect finds the new page.
      setShown({ find: () => outcome.focus(snapshot) });
      announce(outcome.say(snapshot));
    },
    [change, announce],
  );
}
