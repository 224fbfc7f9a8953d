/** How fast the window shows its first checklist, measured in headless Chromium. */
import { AppDriver } from '../tests/support/app-driver.ts';
import { closeSharedBrowser } from '../tests/support/chromium.ts';
import { seedProfile } from '../tests/support/profile.ts';
import { median } from './stats.ts';

const RUNS = 10;

/**
 * Opens the window from the tray ten times in one running app (the window is
 * destroyed on close, so each open is a fresh navigation in a fresh browser
 * context) and reads, from the page's own Element Timing entries, when the
 * first checklist title was painted, counted from navigation start. That
 * covers loading the scripts, asking main for the state over IPC, and React's
 * first render.
 */
async function firstChecklistRendered(): Promise<number> {
  const app = await AppDriver.launch({ userDataDir: seedProfile() });
  try {
    const samples: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await app.clickTrayMenu('Open checklist…');
      const page = await app.page();
      samples.push(
        await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              new PerformanceObserver((list, observer) => {
                const entry = list.getEntries()[0] as
                  | (PerformanceEntry & { renderTime: number })
                  | undefined;
                if (!entry) return;
                observer.disconnect();
                resolve(entry.renderTime || entry.startTime);
              }).observe({ type: 'element', buffered: true });
            }),
        ),
      );
      const [window] = (await app.snapshot()).windows;
      await app.command({ name: 'closeWindow', windowId: window?.id ?? -1 });
      while (app.openWindowCount() > 0) await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return Math.round(median(samples));
  } finally {
    await app.dispose();
    await closeSharedBrowser();
  }
}

export const cases = [
  { name: 'first checklist rendered', unit: 'ms', target: 150, measure: firstChecklistRendered },
];
