import { useCallback, useEffect, useState } from 'react';
import type { IpcError, IpcResult, OptoutApi, StateSnapshot } from '../../shared/ipc.ts';

export type AppState =
  | { status: 'loading' }
  | { status: 'ready'; snapshot: StateSnapshot }
  | { status: 'error'; error: IpcError | null };

/**
 * Asks main for the current snapshot (or takes the request `early.ts` already
 * sent while the scripts were still starting up), then follows `state:changed` pushes and
 * the snapshots mutations return (`apply`). The window keeps no copy of truth
 * of its own. A snapshot older than the one shown (by main's change
 * sequence, not its clock, which can go back) is ignored, so a late push
 * cannot undo a newer reply.
 */
export function useAppState(
  api: OptoutApi | undefined,
  firstState?: Promise<IpcResult<StateSnapshot>>,
): {
  state: AppState;
  apply: (snapshot: StateSnapshot) => void;
} {
  const [state, setState] = useState<AppState>(
    api ? { status: 'loading' } : { status: 'error', error: null },
  );
  const apply = useCallback((snapshot: StateSnapshot) => {
    setState((current) =>
      current.status === 'ready' && current.snapshot.sequence > snapshot.sequence
        ? current
        : { status: 'ready', snapshot },
    );
  }, []);
  useEffect(() => {
    if (!api) return;
    let isCurrent = true;
    const unsubscribe = api.onStateChanged((snapshot) => {
      if (isCurrent) apply(snapshot);
    });
    void (firstState ?? api.getState()).then((result) => {
      if (!isCurrent) return;
      if (result.ok) apply(result.value);
      else setState({ status: 'error', error: result.error });
    });
    return () => {
      isCurrent = false;
      unsubscribe();
    };
  }, [api, apply, firstState]);
  return { state, apply };
}
