/**
 * Start-up against a yardstick: process start to tray for the built app and
 * for a bare tray app (bench/bare-tray, same electron-vite toolchain), each
 * in fresh processes under the Electron stand-in, alternately, medians.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { build } from 'rolldown';
import { seedProfile } from '../tests/support/profile.ts';
import { median } from './stats.ts';

const root = resolve(import.meta.dirname, '..');
const benchOut = join(root, 'out', 'bench');
const standInDir = join(benchOut, 'electron-stand-in');
const child = join(import.meta.dirname, 'start-child.mjs');
const appMain = join(root, 'out', 'main', 'index.js');
const bareMain = join(benchOut, 'bare-tray', 'index.js');
/** Starts of each, alternating app and bare app so both see the same machine load. */
const RUNS = Number(process.env.OPTOUT_BENCH_START_RUNS ?? 15);
const TARGET_RATIO = 2;

function prepare(): void {
  const bare = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/electron-vite/bin/electron-vite.js'),
      'build',
      '--config',
      join(import.meta.dirname, 'bare-tray', 'electron.vite.config.ts'),
    ],
    { cwd: root, encoding: 'utf8' },
  );
  if (bare.status !== 0)
    throw new Error(`bare tray app build failed:\n${bare.stdout}${bare.stderr}`);
}

async function bundleStandIn(): Promise<void> {
  const standIn = join(root, 'tests', 'support', 'electron-stand-in');
  await build({
    input: { index: join(standIn, 'index.ts'), recorder: join(standIn, 'recorder.ts') },
    platform: 'node',
    output: { dir: standInDir, format: 'esm' },
    logLevel: 'silent',
  });
}

/** One fresh process; ms from its start to the tray standing with its menu. */
function startToTray(main: string, userDataDir: string, settle = false): number {
  const run = spawnSync(
    process.execPath,
    [child, main, standInDir, ...(settle ? ['--settle'] : [])],
    {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        TZ: 'Europe/Amsterdam',
        XDG_CONFIG_HOME: join(userDataDir, 'xdg-config'),
        OPTOUT_STANDIN_USER_DATA: userDataDir,
        OPTOUT_STANDIN_EXIT_ON_QUIT: '1',
      },
    },
  );
  if (run.status !== 0)
    throw new Error(`start failed (${run.status}):\n${run.stdout}${run.stderr}`);
  if (settle) return Number.NaN;
  const line = run.stdout.trim().split('\n').at(-1) ?? '';
  return (JSON.parse(line) as { trayAt: number }).trayAt;
}

interface StartFigures {
  app: number;
  bare: number;
  ratio: number;
  firstStart: number;
}

async function measure(): Promise<StartFigures> {
  prepare();
  await bundleStandIn();
  // A returning user's profile (the daily start at login), after one launch
  // that wrote whatever the app keeps between starts (its compile cache).
  const profile = seedProfile();
  startToTray(appMain, profile, true);
  const bareProfile = seedProfile();
  const app: number[] = [];
  const bare: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    bare.push(startToTray(bareMain, bareProfile));
    app.push(startToTray(appMain, profile));
  }
  // A start with nothing cached yet (a new profile, or the first start after an update).
  const first: number[] = [];
  for (let run = 0; run < 5; run++) first.push(startToTray(appMain, seedProfile()));
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    app: round(median(app)),
    bare: round(median(bare)),
    ratio: Math.round((median(app) / median(bare)) * 100) / 100,
    firstStart: round(median(first)),
  };
}

let figures: Promise<StartFigures> | null = null;
const measured = () => {
  figures ??= measure();
  return figures;
};

export const cases = [
  {
    name: 'start to tray: app',
    unit: 'ms',
    target: null,
    measure: async () => (await measured()).app,
  },
  {
    name: 'start to tray: bare tray app',
    unit: 'ms',
    target: null,
    measure: async () => (await measured()).bare,
  },
  {
    name: 'start-to-tray ratio (app / bare tray app)',
    unit: '×',
    target: TARGET_RATIO,
    measure: async () => (await measured()).ratio,
  },
  {
    name: 'start to tray: app, first start (nothing cached)',
    unit: 'ms',
    target: null,
    measure: async () => (await measured()).firstStart,
  },
];
