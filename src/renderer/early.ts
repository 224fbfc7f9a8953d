/**
 * Work that starts before React is even evaluated: `main.tsx` imports this
 * module first, so the first state request is already on its way over IPC
 * while React initialises, and main's "show this checklist" (sent right
 * after load) is caught.
 */
import { warmUpIntl } from './lib/intl.ts';
import { createShowRequests } from './lib/show-requests.ts';

export const firstState = window.optout?.getState();
export const showRequests = createShowRequests(window.optout);
// The time-zone data loads while the reply is on its way.
warmUpIntl();
