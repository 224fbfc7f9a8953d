import { describe, expect, it } from 'vitest';
import { builtinCatalog } from '../../../src/shared/catalog/index.ts';
import {
  formatDeadlineDistance,
  summarizeTray,
  zoneClock,
} from '../../../src/shared/reminders/index.ts';
import {
  minuteWordsWakeAt,
  TRAY_MENU_LIMIT,
  TRAY_NAME_MAX,
} from '../../../src/shared/reminders/tray.ts';
import { at, input, makeChecklist, settings } from '../support/fixtures.ts';

const AMS = 'Europe/Amsterdam';
/** The tray counts days in the OS zone; these tests name Amsterdam's instead. */
const inAmsterdam = { localDay: zoneClock(AMS).localDay };
const linkedinLike = makeChecklist('li', { deadline: '2025-11-03T00:00:00+01:00' });

describe('formatDeadlineDistance', () => {
  const deadline = Date.parse('2025-11-02T23:00:00Z');
  it.each([
    ['2025-10-22T15:00', 'en', '12 days left'],
    ['2025-10-22T15:00', 'nl-NL', 'nog 12 dagen'],
    ['2025-11-02T21:30', 'en', '3 hours left'],
    ['2025-11-02T21:59', 'en', '2 hours left'],
    ['2025-11-02T22:01', 'en', '2 hours left'],
    ['2025-11-02T22:31', 'en', '1 hour left'],
    ['2025-11-02T23:05', 'en', '55 minutes left'],
    ['2025-11-02T23:31', 'en', '29 minutes left'],
    ['2025-11-02T23:54', 'nl', 'nog 6 minuten'],
    ['2025-11-02T23:59', 'en', '1 minute left'],
    ['2025-11-02T23:59:50', 'en', '1 minute left'],
    ['2025-11-03T02:29', 'en', '2 hours overdue'],
    ['2025-11-03T02:31', 'en', '3 hours overdue'],
    ['2025-11-02T23:00', 'en', '1 hour left'],
    ['2025-11-01T20:00', 'en', '2 days left'],
    ['2025-11-03T05:00', 'nl', '5 uur te laat'],
    ['2025-11-06T09:00', 'en', '3 days overdue'],
    ['2025-11-06T09:00', 'nl', '3 dagen te laat'],
    ['2025-11-04T09:00', 'en', '1 day overdue'],
    ['2025-11-03T00:00', 'en', 'deadline reached'],
    ['2025-11-03T00:40', 'nl', 'deadline bereikt'],
    ['2025-11-03T01:00', 'en', '1 hour overdue'],
  ])('at %s in %s: %s', (now, locale, expected) => {
    expect(formatDeadlineDistance(deadline, at(now, AMS), zoneClock(AMS).localDay, locale)).toBe(
      expected,
    );
  });
});

describe('summarizeTray', () => {
  it('is clear with nothing open', () => {
    const done = {
      li: { steps: {}, completedAt: '2025-11-01T10:00:00Z', completedHow: 'elsewhere' as const },
    };
    const summary = summarizeTray({
      ...inAmsterdam,
      ...input([linkedinLike], at('2025-10-22T15:00', AMS), AMS, { progress: done }),
      locale: 'en',
    });
    expect(summary).toEqual({ state: 'clear', tooltip: 'All done', items: [], more: null });
  });

  it.each([
    ['2025-10-22T15:00', 'open', 'Example: li title — 12 days left'],
    ['2025-10-31T15:00', 'soon', 'Example: li title — 3 days left'],
    ['2025-11-06T09:00', 'overdue', 'Example: li title — 3 days overdue'],
  ])('at %s: %s', (now, state, tooltip) => {
    expect(
      summarizeTray({ ...inAmsterdam, ...input([linkedinLike], at(now, AMS), AMS), locale: 'en' }),
    ).toMatchObject({ state, tooltip });
  });

  it('shows a title with bidi controls without them, so the words after it read the right way', () => {
    const spoofing = {
      ...linkedinLike,
      organisation: 'Exa\u202Emple',
      title: { en: 'Safe\u202E\u200B title\u2066', nl: 'Veilig\u202E' },
    };
    const summary = summarizeTray({
      ...inAmsterdam,
      ...input([spoofing], at('2025-10-31T15:00', AMS), AMS),
      locale: 'en',
    });
    expect(summary.tooltip).toBe('Example: Safe title — 3 days left');
    expect(summary.items.map((item) => item.label)).toEqual(['Example: Safe title — 3 days left']);
  });

  it('keeps a tray line on one line and its deadline words in view, however long or odd the title', () => {
    const odd = {
      ...linkedinLike,
      organisation: 'Org 🚀',
      title: { en: `Tax\u0000\nrefund ${'very '.repeat(30)}long`, nl: 'x' },
    };
    const summary = summarizeTray({
      ...inAmsterdam,
      ...input([odd], at('2025-10-31T15:00', AMS), AMS),
      locale: 'en',
    });
    const [line] = summary.items.map((item) => item.label);
    expect(line).toMatch(/^Org 🚀: Tax refund very very .*… — 3 days left$/u);
    expect(line).not.toMatch(/\p{Cc}/u);
    expect(Array.from(line ?? '').length).toBeLessThanOrEqual(
      TRAY_NAME_MAX + ' — 3 days left'.length,
    );
  });

  it('lists the built-ins for a Dutch user in Dutch as still worth doing, no day count, out-of-region left out', () => {
    const summary = summarizeTray({
      ...inAmsterdam,
      ...input([...builtinCatalog], at('2026-11-23T10:00', AMS), AMS, {
        settings: settings({ country: 'NL' }),
      }),
      locale: 'nl-NL',
    });
    expect(summary.state).toBe('open');
    expect(summary.items.map((i) => i.label)).toEqual([
      'Google Zoeken: opgeslagen media voor AI-training — geen deadline',
      'Grammarly: instelling "Product Improvement and Training" — geen deadline',
      'WhatsApp: "Geavanceerde privacy voor chats" — geen deadline',
      'X: training van Grok — geen deadline',
      'GitHub Copilot: training op je interactiegegevens — nog steeds zinvol',
      'LinkedIn: AI-training — nog steeds zinvol',
      'Anthropic: training op je Claude-chats — nog steeds zinvol',
      'Google Gemini: instelling "Keep Activity" — nog steeds zinvol',
      'Meta: bezwaar tegen AI-training — nog steeds zinvol',
    ]);
    expect(summary.tooltip).toBe(
      'Google Zoeken: opgeslagen media voor AI-training — geen deadline (nog 8 open)',
    );
  });

  it('keeps the urgent treatment for a deadline missed 30 days ago or less, while the user had it', () => {
    const progress = { li: { steps: {}, firstSeenAt: '2025-10-01T00:00:00Z' } };
    const day30 = summarizeTray({
      ...inAmsterdam,
      ...input([linkedinLike], at('2025-12-03T00:00', AMS), AMS, { progress }),
      locale: 'en',
    });
    expect(day30).toMatchObject({
      state: 'overdue',
      tooltip: 'Example: li title — 30 days overdue',
    });
    const day31 = summarizeTray({
      ...inAmsterdam,
      ...input([linkedinLike], at('2025-12-04T09:00', AMS), AMS, { progress }),
      locale: 'en',
    });
    expect(day31).toMatchObject({
      state: 'open',
      tooltip: 'Example: li title — still worth doing',
    });
  });

  it('calls a deadline that passed before the user had the checklist still worth doing at once', () => {
    const progress = { li: { steps: {}, firstSeenAt: '2025-11-05T09:00:00Z' } };
    const summary = summarizeTray({
      ...inAmsterdam,
      ...input([linkedinLike], at('2025-11-06T09:00', AMS), AMS, { progress }),
      locale: 'en',
    });
    expect(summary).toMatchObject({
      state: 'open',
      tooltip: 'Example: li title — still worth doing',
    });
  });
});

describe('summarizeTray at the size limits', () => {
  const many = (count: number) =>
    Array.from({ length: count }, (_, i) =>
      makeChecklist(`c${i}`, {
        deadline: new Date(Date.parse('2025-11-03T00:00:00Z') + i * 3_600_000).toISOString(),
      }),
    );

  it.each([
    ['en', 10_000, '9,990 more checklists…'],
    ['en', 11, '1 more checklist…'],
    ['nl-NL', 10_000, 'Nog 9.990 checklists…'],
    ['nl-NL', 11, 'Nog 1 checklist…'],
  ])(
    'in %s lists the %i most pressing of %i open checklists and one line for the rest',
    (locale, count, more) => {
      const summary = summarizeTray({
        ...inAmsterdam,
        ...input(many(count), at('2025-10-22T15:00', AMS), AMS),
        locale,
      });
      expect(summary.items).toHaveLength(TRAY_MENU_LIMIT);
      // The nearest deadlines, in order.
      expect(summary.items.map((item) => item.checklistId)).toEqual(
        Array.from({ length: TRAY_MENU_LIMIT }, (_, i) => `c${i}`),
      );
      expect(summary.more).toEqual({ count: count - TRAY_MENU_LIMIT, label: more });
      expect(summary.tooltip).toContain(
        locale === 'en' ? `${(count - 1).toLocaleString('en')} more open` : 'nog',
      );
    },
  );

  it('has no "more" line when everything fits', () => {
    const summary = summarizeTray({
      ...inAmsterdam,
      ...input(many(TRAY_MENU_LIMIT), at('2025-10-22T15:00', AMS), AMS),
      locale: 'en',
    });
    expect(summary.items).toHaveLength(TRAY_MENU_LIMIT);
    expect(summary.more).toBeNull();
  });
});

describe('minuteWordsWakeAt', () => {
  // linkedinLike is due 3 November 2025, 00:00 in Amsterdam.
  it.each([
    ['2025-11-02T22:59', null],
    ['2025-11-02T23:00', '2025-11-02T23:01'],
    ['2025-11-02T23:59', '2025-11-03T00:00'],
    ['2025-11-03T00:00', null],
  ])('at %s wakes at %s', (now, expected) => {
    const woken = minuteWordsWakeAt(input([linkedinLike], at(now, AMS), AMS));
    expect(woken).toBe(expected === null ? null : at(expected, AMS));
  });

  it('stays quiet for a checklist that is done', () => {
    const done = {
      li: { steps: {}, completedAt: '2025-11-01T10:00:00Z', completedHow: 'elsewhere' as const },
    };
    expect(
      minuteWordsWakeAt(
        input([linkedinLike], at('2025-11-02T23:30', AMS), AMS, { progress: done }),
      ),
    ).toBeNull();
  });
});
