import { describe, expect, it } from 'vitest';
import { recapSnoozes, setupSnoozeRecap } from '../../../src/main/state/snooze-recap.ts';
import { defaultStoreData, type StoreData } from '../../../src/main/store/schema.ts';
import { makeChecklist } from '../../shared/support/fixtures.ts';
import { createTestAppState } from '../../support/app-state.ts';

const ZONE = 'Europe/Amsterdam';
const now = Date.parse('2026-11-24T10:00:00+01:00');
const weekLater = '2026-12-01T10:00:00.000Z';

/** A checklist snoozed for a week while its deadline was far away; then the deadline moved. */
function snoozedThenMoved(deadline: string): StoreData {
  return {
    ...defaultStoreData(),
    customChecklists: [makeChecklist('moved', { deadline })],
    progress: { moved: { steps: {}, snoozedUntil: weekLater } },
  };
}

describe('recapSnoozes', () => {
  it('ends a running snooze at the last lead reminder of a deadline that moved earlier', () => {
    const data = snoozedThenMoved('2026-11-26T10:00:00+01:00');
    const recapped = recapSnoozes(data, now, ZONE);
    expect(recapped.progress.moved?.snoozedUntil).toBe(
      new Date(Date.parse('2026-11-26T08:00:00+01:00')).toISOString(),
    );
    // Idempotent, also later on: once capped, the clock only moves the cap later.
    expect(recapSnoozes(recapped, now, ZONE)).toBe(recapped);
    expect(recapSnoozes(recapped, now + 36 * 3_600_000, ZONE)).toBe(recapped);
  });

  it('leaves a snooze that hides no deadline, an ended one, and one after the deadline as they are', () => {
    const far = snoozedThenMoved('2027-03-01T10:00:00+01:00');
    expect(recapSnoozes(far, now, ZONE)).toBe(far);
    const ended = snoozedThenMoved('2026-11-26T10:00:00+01:00');
    expect(recapSnoozes(ended, Date.parse(weekLater) + 1, ZONE)).toBe(ended);
    const passed = snoozedThenMoved('2026-11-20T10:00:00+01:00');
    expect(recapSnoozes(passed, now, ZONE)).toBe(passed);
  });

  it('ends "Snooze all" before the deadline of a checklist that arrived during it', () => {
    const data: StoreData = {
      ...defaultStoreData(),
      settings: { ...defaultStoreData().settings, snoozeAllUntil: weekLater },
      customChecklists: [makeChecklist('arrived', { deadline: '2026-11-27T12:00:00+01:00' })],
    };
    expect(recapSnoozes(data, now, ZONE).settings.snoozeAllUntil).toBe(
      new Date(Date.parse('2026-11-27T10:00:00+01:00')).toISOString(),
    );
  });
});

describe('setupSnoozeRecap', () => {
  it('caps at start and after a change that moves a deadline, writing once per change', () => {
    const app = createTestAppState({ now });
    app.state.update(() => snoozedThenMoved('2027-03-01T10:00:00+01:00'));
    setupSnoozeRecap(app.state);
    expect(app.state.data.progress.moved?.snoozedUntil).toBe(weekLater);
    app.state.update((data) => ({
      ...data,
      customChecklists: [makeChecklist('moved', { deadline: '2026-11-26T10:00:00+01:00' })],
    }));
    expect(app.state.data.progress.moved?.snoozedUntil).toBe(
      new Date(Date.parse('2026-11-26T08:00:00+01:00')).toISOString(),
    );
  });
});
