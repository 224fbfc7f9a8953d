/**
 * One tick on a big store, measured inside the app: the built main process
 * (out/main/index.js) runs under the Electron stand-in, the window is opened
 * from the tray (its page is not loaded: the snapshot main pushes to it is
 * structured-cloned, as Electron's IPC would), and a step is toggled through
 * the real IPC handler again and again: validate, change, durable write,
 * snapshot, tray, re-plan. Started by tick.bench.ts; prints one JSON line.
 */
import { registerHooks } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [userDataDir, checklistId, runsText] = process.argv.slice(2);
process.env.OPTOUT_STANDIN_USER_DATA = userDataDir;
process.env.OPTOUT_STANDIN_EXIT_ON_QUIT = '1';

const standInUrl = new URL('../tests/support/electron-stand-in/index.ts', import.meta.url).href;
registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'electron') return { url: standInUrl, shortCircuit: true };
    return nextResolve(specifier, context);
  },
});
const standIn = await import(standInUrl);
const { setRendererHost } = await import('../tests/support/electron-stand-in/renderer-host.ts');
const { liveTray } = await import('../tests/support/electron-stand-in/tray.ts');
const { invokeChannels } = await import('../src/shared/ipc.ts');

let lastPushed: unknown = null;
setRendererHost({
  open: async () => {},
  // What Electron's IPC does with a pushed snapshot: a structured clone.
  send: (_windowId, _channel, args) => {
    lastPushed = structuredClone(args);
  },
  close: () => {},
});

const startedAt = performance.now();
await import(pathToFileURL(resolve('out/main/index.js')).href);
await standIn.app.whenReady();
while (standIn.powerMonitor.listenerCount('resume') === 0)
  await new Promise((next) => setImmediate(next));
const startMs = performance.now() - startedAt;

type MenuItemLike = { label: string; type: string; submenu?: { items: MenuItemLike[] } };
const countLines = (items: MenuItemLike[]): number =>
  items.reduce(
    (sum, item) =>
      sum + (item.type === 'separator' ? 0 : 1) + countLines(item.submenu?.items ?? []),
    0,
  );
const tray = liveTray();
const menu = (tray?.contextMenu?.items ?? []) as MenuItemLike[];
const trayMenuLines = countLines(menu);
tray?.contextMenu?.find(['Open checklist…']).click();
let window = standIn.BrowserWindow.getAllWindows()[0];
while (!window) {
  await new Promise((next) => setTimeout(next, 10));
  window = standIn.BrowserWindow.getAllWindows()[0];
}

// OPTOUT_BENCH_TICK_PROFILE=<file>: a CPU profile of the ticks alone (open it in Chrome DevTools).
const profilePath = process.env.OPTOUT_BENCH_TICK_PROFILE;
const { Session } = await import('node:inspector/promises');
const session = profilePath ? new Session() : null;
session?.connect();
await session?.post('Profiler.enable');
await session?.post('Profiler.start');

const samples: number[] = [];
const runs = Number(runsText ?? 10);
for (let run = 0; run < runs; run++) {
  const started = performance.now();
  const result = await standIn.ipcMain.invoke(window.webContents.id, invokeChannels.toggleStep, [
    { checklistId, platform: 'web', stepId: 'switch-off', done: run % 2 === 0 },
  ]);
  // What the tick re-aims (timer, tray) runs right after the reply: wait for it too.
  await new Promise((next) => setImmediate(next));
  samples.push(performance.now() - started);
  if (!result?.ok) throw new Error(`the tick failed: ${JSON.stringify(result?.error)}`);
}
if (session && profilePath) {
  const { profile } = await session.post('Profiler.stop');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(profilePath, JSON.stringify(profile));
}
samples.sort((a, b) => a - b);
process.stdout.write(
  `${JSON.stringify({
    tickMs: samples[Math.floor(samples.length / 2)],
    startMs,
    trayMenuLines,
    pushedBytes: JSON.stringify(lastPushed ?? null).length,
  })}\n`,
);
process.exit(0);
