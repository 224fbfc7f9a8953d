import type { OptoutApi } from '../../shared/ipc.ts';

/** What main asked the window to show. */
export type ShowRequest = { name: 'checklist'; id: string } | { name: 'about' };

/** Main's "show this" requests, held until the window can act on them. */
export interface ShowRequests {
  /** Delivers a request that arrived earlier at once, then each new one; returns unsubscribe. */
  subscribe(listener: (request: ShowRequest) => void): () => void;
}

/**
 * Main sends the request as soon as the page has loaded, which is before
 * React has the first snapshot and a view to navigate. Subscribing when the
 * script runs, and keeping the latest request, means a tray line or
 * notification click always lands on its checklist (or on About).
 */
export function createShowRequests(api: OptoutApi | undefined): ShowRequests {
  let pending: ShowRequest | null = null;
  let current: ((request: ShowRequest) => void) | null = null;
  const deliver = (request: ShowRequest) => {
    if (current) current(request);
    else pending = request;
  };
  api?.onShowChecklist((id) => deliver({ name: 'checklist', id }));
  api?.onShowAbout(() => deliver({ name: 'about' }));
  return {
    subscribe(listener) {
      current = listener;
      if (pending !== null) {
        const request = pending;
        pending = null;
        listener(request);
      }
      return () => {
        if (current === listener) current = null;
      };
    },
  };
}
