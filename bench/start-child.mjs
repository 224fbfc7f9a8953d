// One start of a built main bundle under the Electron stand-in, in a fresh
// process started by start.bench.ts. Plain JavaScript, and the stand-in is
// pre-bundled to JavaScript, so nothing here pays for TypeScript stripping:
// what is measured is Node's own start plus the app, as Electron's start
// plus the app would be. Prints how long after this process started the
// tray stood with its menu (the first setContextMenu; performance.now()
// counts from process start), then exits.
// With `--settle` it lets the app run on and quit normally instead, as a
// launch that prepares the profile (and the app's compile cache) would.
import { registerHooks } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [mainPath, standInDir, mode] = process.argv.slice(2);
const standInUrl = pathToFileURL(resolve(standInDir, 'index.js')).href;
registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'electron') return { url: standInUrl, shortCircuit: true };
    return nextResolve(specifier, context);
  },
});
const { onRecord } = await import(pathToFileURL(resolve(standInDir, 'recorder.js')).href);
const { app } = await import(standInUrl);

onRecord((call) => {
  if (call.api !== 'Tray' || call.method !== 'setContextMenu') return;
  const trayAt = performance.now();
  const { user, system } = process.cpuUsage();
  if (mode === '--settle') {
    // Long enough for what the app does after the tray; then a normal quit.
    setTimeout(() => app.quit(), 1000);
    return;
  }
  process.stdout.write(`${JSON.stringify({ trayAt, cpu: (user + system) / 1000 })}\n`);
  process.exit(0);
});

await import(pathToFileURL(resolve(mainPath)).href);
