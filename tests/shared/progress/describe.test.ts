import { describe, expect, it } from 'vitest';
import type { Checklist } from '../../../src/shared/catalog/schema.ts';
import { compareChecklists, describeChecklist } from '../../../src/shared/progress/describe.ts';
import type { Progress } from '../../../src/shared/progress/schema.ts';
import { dueChecklist } from '../../support/fixtures.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 24, 12);
const iso = (ms: number) => new Date(ms).toISOString();
const settings = { country: 'NL', includeOtherRegions: false };
const ticked: Progress['steps'] = { web: { 'open-privacy': iso(NOW), 'switch-off': iso(NOW) } };

function described(progress: Progress, checklist: Checklist = dueChecklist('c', NOW + 10 * DAY)) {
  return describeChecklist(checklist, progress, settings, NOW);
}

describe('describeChecklist', () => {
  it('says dismissed before done, and done before open', () => {
    expect(described({ steps: ticked, dismissedAt: iso(NOW) }).status).toBe('dismissed');
    expect(described({ steps: ticked }).status).toBe('done');
    expect(described({ steps: {} }).status).toBe('open');
  });

  it('gives a finished checklist the urgency finished, whatever its deadline', () => {
    const overdue = dueChecklist('c', NOW - DAY);
    expect(described({ steps: ticked }, overdue)).toMatchObject({
      status: 'done',
      standing: 'overdue',
      urgency: 'finished',
    });
  });

  it('reads the deadline: soon within 3 days, upcoming after, overdue when recently missed', () => {
    const at = (deadline: number) => described({ steps: {} }, dueChecklist('c', deadline));
    expect(at(NOW + 3 * DAY)).toMatchObject({ deadline: NOW + 3 * DAY, urgency: 'soon' });
    expect(at(NOW + 3 * DAY + 1).urgency).toBe('upcoming');
    expect(at(NOW).urgency).toBe('overdue');
    expect(at(NOW - 30 * DAY).urgency).toBe('overdue');
    expect(at(NOW - 30 * DAY - 1).urgency).toBe('worth-doing');
  });

  it('calls a deadline that passed before the user had the checklist still worth doing', () => {
    const checklist = dueChecklist('c', NOW - DAY);
    expect(described({ steps: {}, firstSeenAt: iso(NOW - 2 * DAY) }, checklist)).toMatchObject({
      firstSeen: NOW - 2 * DAY,
      urgency: 'overdue',
    });
    expect(described({ steps: {}, firstSeenAt: iso(NOW - DAY + 1) }, checklist).urgency).toBe(
      'worth-doing',
    );
  });

  it('has no deadline and urgency none for an undated checklist', () => {
    const { deadline: _deadline, ...undated } = dueChecklist('c', NOW);
    expect(described({ steps: {} }, undated)).toMatchObject({
      deadline: null,
      standing: 'none',
      urgency: 'none',
    });
  });

  it('is relevant only in the regions the checklist names, unless other regions are included', () => {
    const us: Checklist = { ...dueChecklist('c', NOW + DAY), regions: { include: ['US'] } };
    expect(described({ steps: {} }, us).isRelevant).toBe(false);
    expect(
      describeChecklist(us, { steps: {} }, { ...settings, includeOtherRegions: true }, NOW)
        .isRelevant,
    ).toBe(true);
  });
});

describe('compareChecklists', () => {
  it('orders open relevant ones by urgency, then elsewhere-only, then done, then dismissed', () => {
    const us = (id: string, deadline: number): Checklist => ({
      ...dueChecklist(id, deadline),
      regions: { include: ['US'] },
    });
    const { deadline: _deadline, ...undated } = dueChecklist('undated', NOW);
    const cases: Array<[string, Checklist, Progress]> = [
      ['dismissed', dueChecklist('dismissed', NOW + DAY), { steps: {}, dismissedAt: iso(NOW) }],
      ['done', dueChecklist('done', NOW + DAY), { steps: ticked }],
      ['elsewhere', us('elsewhere', NOW + DAY), { steps: {} }],
      ['worth-doing old', dueChecklist('a', NOW - 60 * DAY), { steps: {} }],
      ['worth-doing recent', dueChecklist('b', NOW - 40 * DAY), { steps: {} }],
      ['undated', undated, { steps: {} }],
      ['upcoming far', dueChecklist('c', NOW + 20 * DAY), { steps: {} }],
      ['upcoming near', dueChecklist('d', NOW + 5 * DAY), { steps: {} }],
      ['soon', dueChecklist('e', NOW + DAY), { steps: {} }],
      ['overdue long', dueChecklist('f', NOW - 10 * DAY), { steps: {} }],
      ['overdue just', dueChecklist('g', NOW - DAY), { steps: {} }],
    ];
    const order = cases
      .map(([name, checklist, progress]) => ({
        name,
        description: describeChecklist(checklist, progress, settings, NOW),
      }))
      .sort((a, b) => compareChecklists(a.description, b.description))
      .map(({ name }) => name);
    expect(order).toEqual([
      'overdue just',
      'overdue long',
      'soon',
      'upcoming near',
      'upcoming far',
      'undated',
      'worth-doing recent',
      'worth-doing old',
      'elsewhere',
      'done',
      'dismissed',
    ]);
  });

  it('ranks two alike as equal, so callers keep their own order', () => {
    const a = described({ steps: {} }, dueChecklist('a', NOW + DAY));
    const b = described({ steps: {} }, dueChecklist('b', NOW + DAY));
    expect(compareChecklists(a, b)).toBe(0);
  });
});
