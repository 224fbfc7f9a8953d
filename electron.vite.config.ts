import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { CodeSplittingNameFunction } from 'rolldown';

const mainApp = resolve('src/main/index.ts');
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

let startPath: Set<string> | null = null;
/**
 * Everything the app imports statically (the path to the tray) goes into one
 * chunk, so start-up loads two files: the entry and this. Modules reached
 * only through import() (window, IPC handlers, file dialogs, …) stay in
 * their own chunks. What the entry itself imports stays out, or the entry
 * would load the app before the compile cache is on.
 */
const startPathChunk: CodeSplittingNameFunction = (id, context) => {
  if (startPath === null) {
    const beforeApp = staticClosure(mainEntry, context);
    startPath = new Set([...staticClosure(mainApp, context)].filter((m) => !beforeApp.has(m)));
  }
  return startPath.has(id) ? 'app' : null;
};

/**
 * zod and the one module that configures it (src/main/zod-config.ts) form a
 * chunk of their own, which bootstrap.ts loads before the app: zod reads its
 * configuration when a schema is built, and in the start-path chunk the
 * schema modules would run before the configuring one.
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
              { name: startPathChunk, debugName: 'start path', priority: 1 },
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
