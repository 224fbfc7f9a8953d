import { describe, expect, it } from 'vitest';
import {
  dismiss,
  isComplete,
  isRelevant,
  markDoneElsewhere,
  reopen,
  snooze,
  toggleStep,
} from '../../../src/shared/progress/rules.ts';
import { EMPTY_PROGRESS, progressSchema } from '../../../src/shared/progress/schema.ts';
import { makeChecklist } from '../support/fixtures.ts';

const T = Date.parse('2026-11-23T10:00:00Z');

describe('progress rules', () => {
  const account = makeChecklist('acc');
  const device = makeChecklist('dev', { scope: 'device' });

  it('completes an account-scope checklist when one path is done', () => {
    let p = toggleStep(account, EMPTY_PROGRESS, 'web', 'a', T);
    expect(isComplete(account, p)).toBe(false);
    p = toggleStep(account, p, 'web', 'b', T + 1000);
    expect(isComplete(account, p)).toBe(true);
    expect(p).toMatchObject({ completedHow: 'path:web', completedAt: '2026-11-23T10:00:01.000Z' });
    expect(p.steps.web).toEqual({ a: '2026-11-23T10:00:00.000Z', b: '2026-11-23T10:00:01.000Z' });
    expect(progressSchema.safeParse(p).success).toBe(true);
  });

  it('needs every path for device scope', () => {
    let p = toggleStep(device, EMPTY_PROGRESS, 'ios', 'a', T);
    expect(isComplete(device, p)).toBe(false);
    p = toggleStep(device, toggleStep(device, p, 'web', 'a', T), 'web', 'b', T);
    expect(isComplete(device, p)).toBe(true);
    expect(p.completedAt).toBeDefined();
  });

  it('unticking a step reopens; unknown steps change nothing', () => {
    const done = toggleStep(account, EMPTY_PROGRESS, 'ios', 'a', T);
    expect(done.completedHow).toBe('path:ios');
    const undone = toggleStep(account, done, 'ios', 'a', T);
    expect(undone.completedAt).toBeUndefined();
    expect(toggleStep(account, done, 'android', 'a', T)).toBe(done);
    expect(toggleStep(account, done, 'web', 'zzz', T)).toBe(done);
  });

  it('marks done elsewhere, dismisses, snoozes and reopens', () => {
    const elsewhere = markDoneElsewhere(EMPTY_PROGRESS, T);
    expect(isComplete(account, elsewhere)).toBe(true);
    expect(elsewhere.completedHow).toBe('elsewhere');
    const dismissed = dismiss(snooze(elsewhere, T + 3_600_000), T);
    expect(dismissed).toMatchObject({
      dismissedAt: '2026-11-23T10:00:00.000Z',
      snoozedUntil: '2026-11-23T11:00:00.000Z',
    });
    const reopened = reopen(account, dismissed);
    expect(reopened).toEqual({ steps: {} });
    expect(snooze(dismissed, null).snoozedUntil).toBeUndefined();
  });

  it('reopen clears a fully ticked path so the checklist is really open again', () => {
    const done = toggleStep(account, EMPTY_PROGRESS, 'ios', 'a', T);
    const half = toggleStep(account, done, 'web', 'a', T);
    const reopened = reopen(account, half);
    expect(isComplete(account, reopened)).toBe(false);
    expect(reopened.steps.web).toEqual({ a: '2026-11-23T10:00:00.000Z' });
  });

  it('decides region relevance from the country', () => {
    const eu = makeChecklist('eu', { regions: { include: ['EU', 'EEA', 'CH', 'GB'] } });
    const outside = makeChecklist('out', {
      regions: { include: ['WORLD'], exclude: ['EU', 'EEA', 'CH'] },
    });
    expect(isRelevant(eu, EMPTY_PROGRESS, 'NL', false)).toBe(true);
    expect(isRelevant(outside, EMPTY_PROGRESS, 'NL', false)).toBe(false);
    expect(isRelevant(outside, EMPTY_PROGRESS, 'NL', true)).toBe(true);
    expect(
      isRelevant(outside, { steps: {}, followedAt: '2026-01-01T00:00:00Z' }, 'NL', false),
    ).toBe(true);
    expect(isRelevant(eu, EMPTY_PROGRESS, 'US', false)).toBe(false);
    expect(isRelevant(eu, EMPTY_PROGRESS, null, false)).toBe(true);
  });
});
