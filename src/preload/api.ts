import {
  type InvokeMethod,
  invokeChannels,
  type OptoutApi,
  pushChannels,
  type StateSnapshot,
} from '../shared/ipc.ts';

export type { OptoutApi } from '../shared/ipc.ts';

/** The part of Electron's ipcRenderer the API needs (kept narrow so it can be faked). */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/**
 * Builds `window.optout` from the IPC contract: one method per invoke
 * channel and a subscription for state snapshots. Nothing else of
 * ipcRenderer reaches the page.
 */
export function createOptoutApi(ipc: IpcRendererLike): OptoutApi {
  const methods = Object.fromEntries(
    (Object.keys(invokeChannels) as InvokeMethod[]).map((method) => [
      method,
      (...args: unknown[]) => ipc.invoke(invokeChannels[method], ...args),
    ]),
  ) as Omit<OptoutApi, 'onStateChanged'>;
  return {
    ...methods,
    onStateChanged(listener) {
      const wrapped = (_event: unknown, snapshot: unknown) => listener(snapshot as StateSnapshot);
      ipc.on(pushChannels.stateChanged, wrapped);
      return () => {
        ipc.removeListener(pushChannels.stateChanged, wrapped);
      };
    },
  };
}
