import { dueNow, recordFired } from '../../../src/shared/reminders/index.ts';
import type {
  FiredEntry,
  PlannedReminder,
  PlannerInput,
} from '../../../src/shared/reminders/types.ts';

/** One notification as the scheduler would deliver it. */
export interface Delivery {
  at: number;
  primary: PlannedReminder;
  count: number;
}

/**
 * Runs the planner the way the app's scheduler does: wake at the next planned
 * instant (a timer never waits longer than `capMs`), a few milliseconds late
 * as real timers are, deliver what is due, record it, plan again.
 */
export function simulateDeliveries(
  base: Omit<PlannerInput, 'now' | 'firedLog'> & { firedLog?: readonly FiredEntry[] },
  from: number,
  to: number,
  { lagMs = 3, capMs = 5 * 60_000 } = {},
): { deliveries: Delivery[]; firedLog: FiredEntry[] } {
  let firedLog: FiredEntry[] = [...(base.firedLog ?? [])];
  const deliveries: Delivery[] = [];
  let now = from;
  while (now <= to) {
    const due = dueNow({ ...base, firedLog, now });
    const [primary] = due.reminders;
    if (primary) deliveries.push({ at: now, primary, count: due.reminders.length });
    firedLog = recordFired(firedLog, due.fired, now);
    const next = due.nextWakeAt ?? Number.POSITIVE_INFINITY;
    now = Math.min(Math.max(next, now), now + capMs) + lagMs;
  }
  return { deliveries, firedLog };
}
