import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { CodeSplittingNameFunction } from 'rolldown';

const mainTray = resolve('src/main/index.ts');
const mainApp = resolve('src/main/app.ts');
const mainEntry = resolve('src/main/bootstrap.ts');

/** Module ids reachable from `from` through static imports only. */
function staticClosure(
  from: string,
  context: Parameters<CodeSplittingNameFunction>[1],
): Set<string> {
  const seen = new Set<string>();
  const queue = [from];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(context.getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

let trayPath: Set<string> | null = null;
let appPath: Set<string> | null = null;
/**
 * Start-up loads in two steps, one chunk each. `tray`: everything
 * src/main/index.ts imports statically, the path to the tray. `app`: what
 * src/main/app.ts (loaded once the tray stands) adds to it statically.
 * Modules reached only through other import() calls (window, IPC handlers,
 * file dialogs, …) stay in their own chunks. What the entry itself imports
 * stays out, or the entry would load the app before the compile cache is on.
 */
function pathChunks(id: string, context: Parameters<CodeSplittingNameFunction>[1]) {
  if (trayPath === null || appPath === null) {
    const beforeTray = staticClosure(mainEntry, context);
    const tray = new Set([...staticClosure(mainTray, context)].filter((m) => !beforeTray.has(m)));
    trayPath = tray;
    appPath = new Set(
      [...staticClosure(mainApp, context)].filter((m) => !beforeTray.has(m) && !tray.has(m)),
    );
  }
  return trayPath.has(id) ? 'tray' : appPath.has(id) ? 'app' : null;
}
const trayChunk: CodeSplittingNameFunction = (id, context) =>
  pathChunks(id, context) === 'tray' ? 'tray' : null;
const appChunk: CodeSplittingNameFunction = (id, context) =>
  pathChunks(id, context) === 'app' ? 'app' : null;

/**
 * zod and the one module that configures it (src/main/zod-config.ts) form a
 * chunk of their own, which every chunk with schemas imports: zod reads its
 * configuration when a schema is built, and in a chunk with the schema
 * modules the configuring one could run after them.
 */
const zodChunk: CodeSplittingNameFunction = (id) =>
  id === zodConfig || /[\\/]node_modules[\\/]zod[\\/]/.test(id) ? 'zod' : null;
const zodConfig = resolve('src/main/zod-config.ts');

export default defineConfig({
  main: {
    build: {
      // One file per start-up path instead of hundreds of small ESM files
      // from node_modules: dependencies are bundled (electron stays external,
      // as do node: built-ins). See README "Start-up".
      externalizeDeps: false,
      rollupOptions: {
        // The entry only turns on the compile cache, then imports the app
        // (src/main/index.ts), whose window, IPC and file code load on first use.
        input: { index: resolve('src/main/bootstrap.ts') },
        // Next to index.js: paths.ts resolves preload, renderer and resources
        // from the directory of the chunk it is bundled into.
        output: {
          chunkFileNames: '[name]-[hash].js',
          codeSplitting: {
            groups: [
              { name: zodChunk, debugName: 'zod', priority: 2 },
              { name: trayChunk, debugName: 'tray path', priority: 1 },
              { name: appChunk, debugName: 'app after the tray', priority: 1 },
            ],
          },
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require anything but 'electron', so every
      // dependency is bundled; and it cannot be ESM, so it is emitted as CJS.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    plugins: [react()],
    build: {
      rollupOptions: {
        input: { index: resolve('src/renderer/index.html') },
      },
    },
  },
});
