/** Bundle-size figures for the built app (start-up: start.bench.ts). */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');

/** Gzipped bytes of the JavaScript index.html loads before first render. */
function rendererInitialJs(): number {
  const rendererDir = join(root, 'out', 'renderer');
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
  const scripts = [
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((match) => match[1] ?? '');
  return scripts.reduce(
    (sum, src) => sum + gzipSync(readFileSync(join(rendererDir, src))).length,
    0,
  );
}

export const cases = [
  {
    name: 'renderer initial JS (gzip)',
    unit: 'bytes',
    target: 80 * 1024,
    measure: rendererInitialJs,
  },
];
