/**
 * Wraps the built preload (CommonJS, `require('electron')`) so it runs in a
 * plain Chromium page: `contextBridge` puts the API on window, and
 * `ipcRenderer` talks to the stand-in's ipcMain through a Playwright binding.
 * This is the only place the test world reaches into the page.
 */
export const invokeBinding = '__optoutStandInInvoke';
export const dispatchFunction = '__optoutStandInDispatch';

export function wrapPreload(preloadSource: string): string {
  return `(() => {
  const invoke = window[${JSON.stringify(invokeBinding)}];
  const listeners = new Map();
  const ipcRenderer = {
    invoke: (channel, ...args) => invoke(channel, args),
    on(channel, listener) {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel).add(listener);
      return ipcRenderer;
    },
    removeListener(channel, listener) {
      listeners.get(channel)?.delete(listener);
      return ipcRenderer;
    },
  };
  ipcRenderer.off = ipcRenderer.removeListener;
  Object.defineProperty(window, ${JSON.stringify(dispatchFunction)}, {
    value: (channel, args) => {
      for (const listener of listeners.get(channel) ?? []) listener({ senderId: 0 }, ...args);
    },
  });
  const contextBridge = {
    exposeInMainWorld(key, api) {
      Object.defineProperty(window, key, { value: Object.freeze(api), enumerable: true });
    },
  };
  const require = (id) => {
    if (id === 'electron') return { contextBridge, ipcRenderer };
    throw new Error('a sandboxed preload cannot require ' + id);
  };
  const module = { exports: {} };
  (function (require, module, exports) {
${preloadSource}
  })(require, module, module.exports);
})();`;
}
