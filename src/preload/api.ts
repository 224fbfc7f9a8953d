import type { InvokeMethod, OptoutApi, StateSnapshot } from '../shared/ipc.ts';
import { invokeChannels, pushChannels } from '../shared/ipc-channels.ts';

export type { OptoutApi } from '../shared/ipc.ts';

type Listener = (event: unknown, ...args: unknown[]) => void;

/** The part of Electron's ipcRenderer the API needs (kept narrow so it can be faked). */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: Listener): unknown;
  removeListener(channel: string, listener: Listener): unknown;
}

/**
 * Builds `window.optout` from the IPC contract: one method per invoke
 * channel and subscriptions for the push channels. Nothing else of
 * ipcRenderer reaches the page.
 */
export function createOptoutApi(ipc: IpcRendererLike): OptoutApi {
  const subscribe =
    <T>(channel: string) =>
    (listener: (value: T) => void) => {
      const wrapped: Listener = (_event, value) => listener(value as T);
      ipc.on(channel, wrapped);
      return () => {
        ipc.removeListener(channel, wrapped);
      };
    };
  const methods = Object.fromEntries(
    (Object.keys(invokeChannels) as InvokeMethod[]).map((method) => [
      method,
      (...args: unknown[]) => ipc.invoke(invokeChannels[method], ...args),
    ]),
  );
  return {
    ...methods,
    onStateChanged: subscribe<StateSnapshot>(pushChannels.stateChanged),
    onShowChecklist: subscribe<string>(pushChannels.showChecklist),
    onShowAbout: subscribe<void>(pushChannels.showAbout),
  } as OptoutApi;
}
