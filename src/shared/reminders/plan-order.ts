import type { PlannedReminder } from './types.ts';

/**
 * Sort order of a plan: by instant, then most urgent first. The sort is
 * stable, so equal ones keep the order of the checklists in the input.
 */
export function compareReminders(a: PlannedReminder, b: PlannedReminder): number {
  return a.instant - b.instant || b.urgency - a.urgency;
}

/** A plan holds a few dozen distinct urgencies at most (kinds × lead times, counts, months). */
const MAX_URGENCIES = 64;
/** The keys below are written as two 32-bit halves, low half first. */
const IS_LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * Sorts a plan in place exactly as a stable `sort(compareReminders)` would.
 *
 * Why not that: a plan for 10,000 checklists holds some 20,000 reminders, and
 * calling a comparator 300,000 times from the engine's sort was a sixth of
 * planning them. Instead every reminder gets one unsigned 64-bit key that
 * orders the same — its instant (as ms after the earliest), then its rank
 * from the most urgent, then its position, which keeps it stable — and the
 * keys are sorted natively, about five times faster. Instants that are not
 * whole ms, non-finite urgencies or keys that would not fit fall back to the
 * comparator.
 */
export function sortPlan(reminders: PlannedReminder[]): void {
  const count = reminders.length;
  if (count < 2) return;
  let earliest = Number.POSITIVE_INFINITY;
  let latest = Number.NEGATIVE_INFINITY;
  const urgencies: number[] = [];
  for (let i = 0; i < count; i++) {
    const { instant, urgency } = reminders[i] as PlannedReminder;
    if (!Number.isSafeInteger(instant) || !Number.isFinite(urgency)) {
      reminders.sort(compareReminders);
      return;
    }
    if (instant < earliest) earliest = instant;
    if (instant > latest) latest = instant;
    if (!urgencies.includes(urgency)) urgencies.push(urgency);
  }
  // Most urgent first: rank 0.
  urgencies.sort((a, b) => b - a);
  // Bits for the largest position and the largest rank.
  const positionBits = 32 - Math.clz32(count - 1);
  const lowBits = positionBits + 32 - Math.clz32(urgencies.length - 1);
  const span = latest - earliest;
  if (
    !IS_LITTLE_ENDIAN ||
    urgencies.length > MAX_URGENCIES ||
    lowBits > 32 ||
    !Number.isSafeInteger(span) ||
    span >= 2 ** (64 - lowBits)
  ) {
    reminders.sort(compareReminders);
    return;
  }
  // key = (instant - earliest) · 2^lowBits + rank · 2^positionBits + position, in two halves.
  const halves = new Uint32Array(count * 2);
  const instantsPerHigh = 2 ** (32 - lowBits);
  for (let i = 0; i < count; i++) {
    const { instant, urgency } = reminders[i] as PlannedReminder;
    const offset = instant - earliest;
    const low = urgencies.indexOf(urgency) * 2 ** positionBits + i;
    halves[2 * i] = (offset % instantsPerHigh) * 2 ** lowBits + low;
    halves[2 * i + 1] = Math.floor(offset / instantsPerHigh);
  }
  new BigUint64Array(halves.buffer).sort();
  const unsorted = reminders.slice();
  const positionMask = 2 ** positionBits - 1;
  for (let i = 0; i < count; i++)
    reminders[i] = unsorted[(halves[2 * i] as number) & positionMask] as PlannedReminder;
}
