/**
 * The one IPC contract between the renderer (through the preload) and main:
 * channel names, argument schemas and result types. The preload's API type
 * is derived from here, and main parses every payload with these schemas.
 */
import { z } from 'zod';
import type { Locale, MessageKey } from './i18n/index.ts';

/** Request/response channels, by the method name the preload exposes. */
export const invokeChannels = {
  getState: 'state:get',
} as const;

/** Channels main pushes to the window. */
export const pushChannels = {
  stateChanged: 'state:changed',
} as const;

export type InvokeMethod = keyof typeof invokeChannels;

/** Argument tuples per method; `.strict()` objects reject unknown keys. */
export const invokeArgs = {
  getState: z.tuple([]),
} satisfies Record<InvokeMethod, z.ZodTuple>;

/** A bilingual text as the catalog stores it. */
export interface LocalizedText {
  en: string;
  nl: string;
}

/** What the window needs to show one checklist in the list. */
export interface ChecklistSummary {
  id: string;
  organisation: string;
  title: LocalizedText;
}

/** The single snapshot main pushes after every change; the UI renders from it. */
export interface StateSnapshot {
  locale: Locale;
  checklists: ChecklistSummary[];
}

/** What each method resolves to when it succeeds. */
export interface InvokeResults {
  getState: StateSnapshot;
}

export type IpcErrorCode = 'forbidden-sender' | 'invalid-payload' | 'internal';

/** A typed, already localized error; main never lets an exception cross IPC. */
export interface IpcError {
  code: IpcErrorCode;
  messageKey: MessageKey;
  message: string;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** The API the preload exposes as `window.optout`. */
export type OptoutApi = {
  [M in InvokeMethod]: (
    ...args: z.input<(typeof invokeArgs)[M]>
  ) => Promise<IpcResult<InvokeResults[M]>>;
} & {
  /** Subscribes to state snapshots; returns the unsubscribe function. */
  onStateChanged(listener: (snapshot: StateSnapshot) => void): () => void;
};
