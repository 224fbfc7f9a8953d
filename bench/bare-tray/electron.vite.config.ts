import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';

/** The bare tray app: main only, electron-vite's defaults, into out/bench/bare-tray. */
export default defineConfig({
  main: {
    build: {
      outDir: resolve(import.meta.dirname, '../../out/bench/bare-tray'),
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'main.ts') },
      },
    },
  },
});
