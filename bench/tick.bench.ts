/**
 * One tick on the largest store the limits allow (see largest-store.ts):
 * toggling a step through the real IPC handler of the built app, with the
 * durable write, the snapshot, the tray and the re-plan it causes; and the
 * tray menu's size on that store.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { storeSchema } from '../src/main/store/schema.ts';
import { largestStore, writeLargestStore } from './largest-store.ts';

const root = resolve(import.meta.dirname, '..');
const NOW = Date.UTC(2026, 10, 24, 9);
const RUNS = Number(process.env.OPTOUT_BENCH_TICK_RUNS ?? 9);

interface TickResult {
  tickMs: number;
  startMs: number;
  trayMenuLines: number;
  pushedBytes: number;
  fileBytes: number;
  checklists: number;
}

/** Writes the store to a new folder; returns it with the figures of the store itself. */
export function prepareLargestStore() {
  const store = largestStore(NOW);
  // The bench is only worth its name if the app accepts the store as it is.
  storeSchema.parse(store.data);
  const dir = mkdtempSync(join(tmpdir(), 'optout-bench-tick-'));
  return { dir, store, fileBytes: writeLargestStore(dir, store) };
}

function measureTick(): TickResult {
  const { dir, store, fileBytes } = prepareLargestStore();
  const run = spawnSync(
    process.execPath,
    [join(import.meta.dirname, 'tick-child.ts'), dir, store.tickChecklistId, String(RUNS)],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, TZ: 'Europe/Amsterdam' },
      maxBuffer: 1 << 26,
    },
  );
  const line = run.stdout.trim().split('\n').at(-1) ?? '';
  if (run.status !== 0 || !line.startsWith('{'))
    throw new Error(`the tick bench failed (${run.status}):\n${run.stdout}${run.stderr}`);
  return {
    ...(JSON.parse(line) as Omit<TickResult, 'fileBytes' | 'checklists'>),
    fileBytes,
    checklists: store.checklistCount,
  };
}

let result: TickResult | null = null;
const measured = () => {
  result ??= measureTick();
  return result;
};
const round = (value: number) => Math.round(value * 10) / 10;

export const cases = [
  {
    name: 'tick on the largest store the limits allow (32,212 checklists)',
    unit: 'ms',
    target: null,
    measure: () => round(measured().tickMs),
  },
  {
    name: 'tray menu lines on the largest store',
    unit: 'lines',
    target: 25,
    measure: () => measured().trayMenuLines,
  },
  {
    name: 'largest store: data file size',
    unit: 'MB',
    target: null,
    measure: () => round(measured().fileBytes / 1024 / 1024),
  },
  {
    name: 'largest store: start to tray and timer',
    unit: 'ms',
    target: null,
    measure: () => round(measured().startMs),
  },
];
