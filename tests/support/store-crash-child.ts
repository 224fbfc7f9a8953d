/**
 * Keeps toggling steps through the real store repository and acknowledges
 * each durable write on stdout, until it is killed. Used by the SIGKILL test.
 * Usage: node store-crash-child.ts <dir> <test process id>
 */
import { openTestStore } from './store.ts';

export const CHECKLISTS = 7;
export const STEPS = 5;

/** Operation n toggles this step. */
export function stepOf(n: number): { checklistId: string; stepId: string } {
  return { checklistId: `c${n % CHECKLISTS}`, stepId: `s${n % STEPS}` };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

if (process.argv[1] === import.meta.filename) {
  const dir = process.argv[2] ?? '';
  const store = openTestStore(dir, { now: () => Date.now() });
  // The loop never yields, so a closed stdout is never noticed: when the test
  // process is gone (a timed-out test, an interrupted run), this writer is
  // re-parented and must stop instead of writing for ever.
  // The test passes its pid: a writer spawned while the test process was
  // being torn down starts with init as its parent already.
  const parent = Number(process.argv[3]);
  for (let n = 0; ; n++) {
    if (n % 64 === 0 && !isAlive(parent)) process.exit(0);
    const { checklistId, stepId } = stepOf(n);
    store.update((data) => {
      const steps = { ...(data.progress[checklistId]?.steps.web ?? {}) };
      if (steps[stepId]) delete steps[stepId];
      else steps[stepId] = new Date().toISOString();
      return { ...data, progress: { ...data.progress, [checklistId]: { steps: { web: steps } } } };
    });
    // Synchronous on a pipe: the acknowledgement is out before the next write starts.
    process.stdout.write(`ack ${n}\n`);
  }
}
