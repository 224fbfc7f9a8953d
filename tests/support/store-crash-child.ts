/**
 * Keeps toggling steps through the real store repository and acknowledges
 * each durable write on stdout, until it is killed. Used by the SIGKILL test.
 * Usage: node store-crash-child.ts <dir>
 */
import { openTestStore } from './store.ts';

export const CHECKLISTS = 7;
export const STEPS = 5;

/** Operation n toggles this step. */
export function stepOf(n: number): { checklistId: string; stepId: string } {
  return { checklistId: `c${n % CHECKLISTS}`, stepId: `s${n % STEPS}` };
}

if (process.argv[1] === import.meta.filename) {
  const dir = process.argv[2] ?? '';
  const store = openTestStore(dir, { now: () => Date.now() });
  for (let n = 0; ; n++) {
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
