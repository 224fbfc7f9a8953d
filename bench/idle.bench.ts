/** What the app costs while idle in the tray: timer wake-ups and renderer processes. */
import { DEFAULT_CAP_MS } from '../src/main/notify/scheduler.ts';
import { AppDriver } from '../tests/support/app-driver.ts';
import { seedProfile } from '../tests/support/profile.ts';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 23, 8);

/** One simulated day with the built-in catalog and the window closed. */
async function idleDay(): Promise<{ wakeUps: number; renderers: number }> {
  const app = await AppDriver.launch({ userDataDir: seedProfile(), clock: T0 });
  try {
    // Start-up delivers what is already due; from then on the app is idle.
    const before = (await app.command({ name: 'timerStats' })) as { fired: number };
    await app.command({ name: 'tick', ms: DAY });
    const after = (await app.command({ name: 'timerStats' })) as { fired: number };
    const { windows } = await app.snapshot();
    return {
      wakeUps: after.fired - before.fired,
      renderers: windows.length + app.openWindowCount(),
    };
  } finally {
    await app.dispose();
  }
}

let day: Promise<{ wakeUps: number; renderers: number }> | null = null;
const measureDay = () => {
  day ??= idleDay();
  return day;
};

export const cases = [
  {
    name: 'timer wake-ups per idle day',
    unit: 'wake-ups',
    target: DAY / DEFAULT_CAP_MS,
    measure: async () => (await measureDay()).wakeUps,
  },
  {
    name: 'renderer processes while idle',
    unit: 'processes',
    target: 0,
    measure: async () => (await measureDay()).renderers,
  },
];
