import type { OptoutApi } from '../../shared/ipc.ts';

/** Main's "show this checklist" requests, held until the window can act on them. */
export interface ShowRequests {
  /** Delivers a request that arrived earlier at once, then each new one; returns unsubscribe. */
  subscribe(listener: (checklistId: string) => void): () => void;
}

/**
 * Main sends the request as soon as the page has loaded, which is before
 * React has the first snapshot and a view to navigate. Subscribing when the
 * script runs, and keeping the latest request, means a tray line or
 * notification click always lands on its checklist.
 */
export function createShowRequests(api: OptoutApi | undefined): ShowRequests {
  let pending: string | null = null;
  let current: ((checklistId: string) => void) | null = null;
  api?.onShowChecklist((checklistId) => {
    if (current) current(checklistId);
    else pending = checklistId;
  });
  return {
    subscribe(listener) {
      current = listener;
      if (pending !== null) {
        const checklistId = pending;
        pending = null;
        listener(checklistId);
      }
      return () => {
        if (current === listener) current = null;
      };
    },
  };
}
