/**
 * Benchmark cases for the pure reminder engine (src/shared/reminders).
 * Plain Node 24 with type stripping runs this file: erasable syntax only,
 * explicit `.ts` imports. Inputs are built once at import; `run` only measures.
 */
import type { Checklist } from '../src/shared/catalog/schema.ts';
import type { Progress } from '../src/shared/progress/schema.ts';
import { dueNow, recordFired } from '../src/shared/reminders/due.ts';
import { planReminders } from '../src/shared/reminders/planner.ts';
import type { FiredEntry, PlannerInput } from '../src/shared/reminders/types.ts';
import { DEFAULT_SETTINGS } from '../src/shared/settings/schema.ts';

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-23T09:00:00Z');
const ZONE = 'Europe/Amsterdam';
const COUNT = 10_000;

/** Deterministic pseudo-random numbers (mulberry32), so every run plans the same catalog. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * 10,000 checklists shaped like real ones: deadlines from 400 days ago to
 * 60 days ahead (one in ten without), two paths, a mix of progress states.
 */
function makeState(count: number): Pick<PlannerInput, 'checklists' | 'progress'> {
  const next = random(42);
  const checklists: Checklist[] = [];
  const progress: Record<string, Progress> = {};
  for (let i = 0; i < count; i++) {
    const id = `bench-${i}`;
    const hasDeadline = next() > 0.1;
    const deadline = new Date(NOW + Math.round((next() * 460 - 400) * DAY)).toISOString();
    checklists.push({
      id,
      version: 1,
      organisation: 'Bench',
      title: { en: `Checklist ${i}`, nl: `Checklist ${i}` },
      summary: { en: 'Summary', nl: 'Samenvatting' },
      facts: { used: [], notUsed: [], caveats: [] },
      ...(hasDeadline ? { deadline: { instant: deadline, zone: 'UTC' } } : {}),
      regions: { include: next() > 0.2 ? ['EU', 'EEA'] : ['WORLD'] },
      scope: next() > 0.5 ? 'account' : 'device',
      paths: {
        web: {
          steps: [
            { id: 'a', text: { en: 'A', nl: 'A' } },
            { id: 'b', text: { en: 'B', nl: 'B' } },
          ],
        },
        ios: { steps: [{ id: 'a', text: { en: 'A', nl: 'A' } }] },
      },
      sources: [],
      reviewedOn: '2026-11-23',
    });
    const roll = next();
    const past = new Date(NOW - Math.round(next() * 300 * DAY)).toISOString();
    if (roll < 0.2) progress[id] = { steps: {}, completedAt: past, completedHow: 'elsewhere' };
    else if (roll < 0.25) progress[id] = { steps: {}, dismissedAt: past };
    else if (roll < 0.35) progress[id] = { steps: { web: { a: past } } };
  }
  return { checklists, progress };
}

const state = makeState(COUNT);
const settings = { ...DEFAULT_SETTINGS, country: 'NL' };
const planInput: PlannerInput = { ...state, settings, firedLog: [], now: NOW, zone: ZONE };

// A year asleep: the app last ran (and delivered what was due) 365 days before NOW.
const lastRun = NOW - 365 * DAY;
const firedLastYear: FiredEntry[] = recordFired(
  [],
  dueNow({ ...planInput, now: lastRun }).fired,
  lastRun,
);
const wakeInput: PlannerInput = { ...planInput, firedLog: firedLastYear };

export interface EngineBenchCase {
  name: string;
  unit: 'ms';
  target: number | null;
  run: () => void;
}

let sink = 0;

export const engineBenchCases: EngineBenchCase[] = [
  {
    name: 'plan reminders for 10,000 checklists',
    unit: 'ms',
    target: 35,
    run: () => {
      sink += planReminders(planInput).reminders.length;
    },
  },
  {
    name: 'dueNow after a year asleep (10,000 checklists)',
    unit: 'ms',
    target: null,
    run: () => {
      sink += dueNow(wakeInput).reminders.length;
    },
  },
];

/** Keeps the results observable so no engine can skip the work. */
export function benchSink(): number {
  return sink;
}
