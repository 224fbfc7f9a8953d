import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareReminders, sortPlan } from '../../../src/shared/reminders/plan-order.ts';
import type { PlannedReminder } from '../../../src/shared/reminders/types.ts';

/** Only the fields the order reads, and a key to tell equal ones apart. */
const reminder = (instant: number, urgency: number, position: number) =>
  ({ key: `r${position}`, instant, urgency }) as PlannedReminder;

/**
 * Sorts with sortPlan and with a stable sort by compareReminders (the order it replaces) and
 * returns both, and whether sortPlan fell back to that comparator.
 */
function bothWays(pairs: readonly (readonly [number, number])[]) {
  const reminders = pairs.map(([instant, urgency], i) => reminder(instant, urgency, i));
  const expected = [...reminders].sort(compareReminders).map((r) => r.key);
  let usedComparator = false;
  Object.defineProperty(reminders, 'sort', {
    value: (compare: typeof compareReminders) => {
      usedComparator = true;
      return Array.prototype.sort.call(reminders, compare);
    },
  });
  sortPlan(reminders);
  return { sorted: reminders.map((r) => r.key), expected, usedComparator };
}

const NOW = 1_795_424_400_000;
/** Whole ms around now, few distinct ones so that ties (which keep input order) are common. */
const instantArb = fc.oneof(
  fc.constantFrom(NOW, NOW + 1, NOW - 1, NOW + 3_600_000, 0, -0),
  fc.integer({ min: NOW - 400 * 86_400_000, max: NOW + 400 * 86_400_000 }),
);
const urgencyArb = fc.oneof(
  fc.constantFrom(1_000_000, 2_979_840, 2_999_879, 4_000_000, 5_000_002, 6_000_003, 0, -0),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

describe('sortPlan', () => {
  it('sorts exactly as a stable sort by compareReminders: instant, most urgent, input order', () => {
    // Up to 64 distinct urgencies, as in any plan.
    const listArb = fc
      .uniqueArray(urgencyArb, { minLength: 1, maxLength: 64, comparator: 'SameValueZero' })
      .chain((pool) =>
        fc.array(fc.tuple(instantArb, fc.constantFrom(...pool)), { minLength: 2, maxLength: 300 }),
      );
    fc.assert(
      fc.property(listArb, (pairs) => {
        const { sorted, expected, usedComparator } = bothWays(pairs);
        expect(sorted).toEqual(expected);
        expect(usedComparator).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('sorts a plan-sized list the same way', () => {
    const pairs = Array.from({ length: 20_000 }, (_, i) => {
      const instant = i % 3 === 0 ? NOW : NOW + ((i * 7919) % 5_000) * 60_000;
      return [instant, [6_000_003, 5_000_001, 4_000_000, 2_999_879][i % 4] as number] as const;
    });
    const { sorted, expected, usedComparator } = bothWays(pairs);
    expect(sorted).toEqual(expected);
    expect(usedComparator).toBe(false);
  });

  it('uses the comparator for instants that are not whole ms or urgencies that are not finite', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(instantArb, urgencyArb), { minLength: 1, maxLength: 50 }),
        fc.oneof(
          fc.tuple(
            fc.constantFrom(NOW + 0.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60),
            urgencyArb,
          ),
          fc.tuple(instantArb, fc.constantFrom(Number.NaN, Number.NEGATIVE_INFINITY)),
        ),
        fc.nat(),
        (pairs, odd, at) => {
          const all = [...pairs];
          all.splice(at % (pairs.length + 1), 0, odd);
          const { sorted, expected, usedComparator } = bothWays(all);
          expect(sorted).toEqual(expected);
          expect(usedComparator).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('uses the comparator when the keys would not fit: instants too far apart, too many urgencies', () => {
    const farApart = [NOW, 2 ** 52, -(2 ** 52), NOW, 5].map((instant, i) => [instant, i] as const);
    const manyUrgencies = Array.from({ length: 65 }, (_, i) => [NOW + (i % 3), i * 3] as const);
    for (const pairs of [farApart, manyUrgencies]) {
      const { sorted, expected, usedComparator } = bothWays(pairs);
      expect(sorted).toEqual(expected);
      expect(usedComparator).toBe(true);
    }
  });
});
