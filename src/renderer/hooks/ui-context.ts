import { createContext, useContext } from 'react';
import type { MessageKey } from '../../shared/i18n/index.ts';
import type { IpcResult, OptoutApi, StateSnapshot } from '../../shared/ipc.ts';

/** Where the window is; navigation state only, never data. */
export type View =
  | { name: 'list'; focusId?: string }
  | { name: 'detail'; id: string }
  | { name: 'settings'; section?: 'about' }
  | { name: 'yours' }
  | { name: 'edit'; id: string | null };

export type Translate = (
  key: MessageKey,
  params?: Readonly<Record<string, string | number>>,
) => string;

/** What every view needs: the snapshot, words in its language, and ways to act. */
export interface Ui {
  snapshot: StateSnapshot;
  api: OptoutApi;
  t: Translate;
  /** Awaits a mutation, shows the snapshot it returns, and reports a failure in the error banner. */
  change(call: Promise<IpcResult<StateSnapshot>>): Promise<IpcResult<StateSnapshot>>;
  /** Awaits any call and reports a failure in the error banner. */
  request<T>(call: Promise<IpcResult<T>>): Promise<IpcResult<T>>;
  /** Shows a snapshot a call returned. */
  apply(snapshot: StateSnapshot): void;
  navigate(view: View): void;
  /** Says what just changed through the window's polite live region (read out, not shown). */
  announce(message: string): void;
  /** True once the user moved between views: only then do views take focus on mount. */
  hasNavigated: boolean;
}

export const UiContext = createContext<Ui | null>(null);

export function useUi(): Ui {
  const ui = useContext(UiContext);
  if (!ui) throw new Error('useUi() outside <UiContext>');
  return ui;
}
