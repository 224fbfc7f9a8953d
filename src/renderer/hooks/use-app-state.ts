import { useEffect, useState } from 'react';
import type { IpcError, OptoutApi, StateSnapshot } from '../../shared/ipc.ts';

export type AppState =
  | { status: 'loading' }
  | { status: 'ready'; snapshot: StateSnapshot }
  | { status: 'error'; error: IpcError | null };

/**
 * Asks main for the current snapshot, then follows `state:changed` pushes.
 * The window keeps no copy of truth of its own.
 */
export function useAppState(api: OptoutApi | undefined): AppState {
  const [state, setState] = useState<AppState>(
    api ? { status: 'loading' } : { status: 'error', error: null },
  );
  useEffect(() => {
    if (!api) return;
    let isCurrent = true;
    const unsubscribe = api.onStateChanged((snapshot) => {
      if (isCurrent) setState({ status: 'ready', snapshot });
    });
    void api.getState().then((result) => {
      if (!isCurrent) return;
      setState(
        result.ok
          ? { status: 'ready', snapshot: result.value }
          : { status: 'error', error: result.error },
      );
    });
    return () => {
      isCurrent = false;
      unsubscribe();
    };
  }, [api]);
  return state;
}
