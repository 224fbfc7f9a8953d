/** Start-up and bundle-size figures for the built app. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { AppDriver } from '../tests/support/app-driver.ts';
import { median } from './stats.ts';

const root = resolve(import.meta.dirname, '..');

/** Wall time from spawning a fresh process to the tray existing, under the stand-in. */
async function coldStartToTray(): Promise<number> {
  const samples: number[] = [];
  for (let run = 0; run < 10; run++) {
    const started = performance.now();
    const app = await AppDriver.launch();
    await app.waitForCall('Tray', 'constructor');
    samples.push(performance.now() - started);
    await app.dispose();
  }
  return Math.round(median(samples));
}

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
  { name: 'cold start to tray', unit: 'ms', target: null, measure: coldStartToTray },
  {
    name: 'renderer initial JS (gzip)',
    unit: 'bytes',
    target: 80 * 1024,
    measure: rendererInitialJs,
  },
];
