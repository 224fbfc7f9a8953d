/**
 * The exact words of every kind of reminder notification, in English and
 * Dutch, for a built-in checklist whose title already names its
 * organisation ("LinkedIn: AI training", never "LinkedIn: LinkedIn: …").
 */
import { describe, expect, it, vi } from 'vitest';
import { reminderText } from '../../../src/main/notify/notifier.ts';
import { builtinCatalog } from '../../../src/shared/catalog/index.ts';
import type { Progress } from '../../../src/shared/progress/schema.ts';
import type { PlannedReminder, ReminderKind } from '../../../src/shared/reminders/types.ts';

vi.mock('electron', () => import('../../support/electron-stand-in/index.ts'));

const ZONE = 'Europe/Amsterdam';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const linkedin = builtinCatalog.find((entry) => entry.id === 'linkedin-ai-training');
if (!linkedin) throw new Error('no LinkedIn checklist');
/** 3 November 2025, 00:00 in Amsterdam. */
const DEADLINE = Date.parse(linkedin.deadline?.instant ?? '');

function text(
  kind: ReminderKind,
  now: number,
  locale: 'en' | 'nl',
  options: { progress?: Progress; othersCount?: number; leadMinutes?: number } = {},
) {
  const reminder: PlannedReminder = {
    key: `linkedin-ai-training:${kind}`,
    checklistId: linkedin?.id ?? '',
    kind,
    instant: now,
    occurrence: now,
    urgency: 1,
    leadMinutes: options.leadMinutes,
    deadline: DEADLINE,
  };
  return reminderText(
    {
      reminder,
      checklist: linkedin as NonNullable<typeof linkedin>,
      progress: options.progress ?? { steps: {}, firstSeenAt: '2025-10-01T10:00:00Z' },
      preferredPlatform: 'web',
      otherChecklistIds: Array.from({ length: options.othersCount ?? 0 }, (_, i) => `other-${i}`),
    },
    locale,
    now,
    ZONE,
  );
}

// The step's own words are catalog content; the frame around them is what is pinned here.
const firstStep = linkedin.paths.web?.steps[0]?.text ?? { en: '', nl: '' };
const NEXT_EN = `Next step: ${firstStep.en}`;
const NEXT_NL = `Volgende stap: ${firstStep.nl}`;

describe('notification texts per kind', () => {
  it('lead', () => {
    const at = DEADLINE - 3 * DAY;
    expect(text('lead', at, 'en', { leadMinutes: 4320 })).toEqual({
      title: 'LinkedIn: AI training — 3 days left',
      body: NEXT_EN,
    });
    expect(text('lead', at, 'nl', { leadMinutes: 4320 })).toEqual({
      title: 'LinkedIn: AI-training — nog 3 dagen',
      body: NEXT_NL,
    });
  });

  it('deadline', () => {
    expect(text('deadline', DEADLINE, 'en')).toEqual({
      title: 'LinkedIn: AI training — deadline reached',
      body: NEXT_EN,
    });
    expect(text('deadline', DEADLINE, 'nl')).toEqual({
      title: 'LinkedIn: AI-training — deadline bereikt',
      body: NEXT_NL,
    });
  });

  it('deadline, brought forward by quiet hours: the minutes that are left', () => {
    // A deadline at 22:05 with quiet hours from 22:00: delivered at 21:59.
    expect(text('deadline', DEADLINE - 6 * MINUTE, 'en').title).toBe(
      'LinkedIn: AI training — 6 minutes left',
    );
    expect(text('deadline', DEADLINE - 6 * MINUTE, 'nl').title).toBe(
      'LinkedIn: AI-training — nog 6 minuten',
    );
    expect(text('lead', DEADLINE - MINUTE, 'nl', { leadMinutes: 60 }).title).toBe(
      'LinkedIn: AI-training — nog 1 minuut',
    );
  });

  it('overdue, up to 30 days', () => {
    expect(text('overdue', DEADLINE + 7 * DAY + 8 * HOUR, 'en')).toEqual({
      title: 'LinkedIn: AI training — 7 days overdue',
      body: NEXT_EN,
    });
    expect(text('overdue', DEADLINE + 14 * DAY + 8 * HOUR, 'nl')).toEqual({
      title: 'LinkedIn: AI-training — 14 dagen te laat',
      body: NEXT_NL,
    });
  });

  it('still worth doing: no day count, the date and why it still matters', () => {
    const later = DEADLINE + 386 * DAY;
    expect(text('worth-doing', later, 'en')).toEqual({
      title: 'LinkedIn: AI training — still worth doing',
      body: `Deadline was 3 November 2025 — switching it off now still stops future use\n${NEXT_EN}`,
    });
    expect(text('worth-doing', later, 'nl')).toEqual({
      title: 'LinkedIn: AI-training — nog steeds zinvol',
      body: `Deadline was 3 november 2025 — nu uitzetten stopt nog steeds toekomstig gebruik\n${NEXT_NL}`,
    });
  });

  it('an overdue reminder delivered late, past 30 days, reads as still worth doing', () => {
    expect(text('overdue', DEADLINE + 35 * DAY, 'en').title).toBe(
      'LinkedIn: AI training — still worth doing',
    );
  });

  it('a deadline that passed just before the user had the checklist reads as still worth doing', () => {
    const progress = { steps: {}, firstSeenAt: '2025-11-05T10:00:00Z' };
    expect(text('worth-doing', DEADLINE + 3 * DAY, 'en', { progress }).title).toBe(
      'LinkedIn: AI training — still worth doing',
    );
  });

  it('re-check', () => {
    const done: Progress = {
      steps: {},
      completedAt: '2025-11-01T10:00:00Z',
      completedHow: 'elsewhere',
    };
    const at = DEADLINE + 180 * DAY;
    expect(text('recheck', at, 'en', { progress: done })).toEqual({
      title: 'LinkedIn: AI training — time to check it is still off',
      body: '',
    });
    expect(text('recheck', at, 'nl', { progress: done })).toEqual({
      title: 'LinkedIn: AI-training — tijd om te controleren of het nog uit staat',
      body: '',
    });
  });

  it('digest: the leading checklist, then how many more, with plurals', () => {
    const at = DEADLINE - 3 * DAY;
    expect(text('lead', at, 'en', { leadMinutes: 4320, othersCount: 1 })).toEqual({
      title: 'LinkedIn: AI training — 3 days left',
      body: `${NEXT_EN}\n1 more needs attention.`,
    });
    expect(text('lead', at, 'en', { leadMinutes: 4320, othersCount: 3 }).body).toBe(
      `${NEXT_EN}\n3 more need attention.`,
    );
    expect(text('lead', at, 'nl', { leadMinutes: 4320, othersCount: 1 })).toEqual({
      title: 'LinkedIn: AI-training — nog 3 dagen',
      body: `${NEXT_NL}\nNog 1 vraagt aandacht.`,
    });
    expect(text('worth-doing', DEADLINE + 400 * DAY, 'nl', { othersCount: 4 }).body).toBe(
      `Deadline was 3 november 2025 — nu uitzetten stopt nog steeds toekomstig gebruik\n${NEXT_NL}\nNog 4 vragen aandacht.`,
    );
  });
});

describe('text from a pack, in a notification', () => {
  // A pack is anybody's file; a notification does not isolate its text.
  const fromPack = {
    ...(linkedin as NonNullable<typeof linkedin>),
    id: 'tax-pack',
    organisation: 'Tax\u202Eoffice',
    title: { en: 'Refund\u2067 check', nl: 'Teruggave\u202E' },
    paths: { web: { steps: [{ id: 's1', text: { en: 'Open\u202E fdp.exe', nl: 'Open' } }] } },
  };
  const shown = (kind: ReminderKind) =>
    reminderText(
      {
        reminder: {
          key: `tax-pack:${kind}`,
          checklistId: 'tax-pack',
          kind,
          instant: DEADLINE - 3 * DAY,
          occurrence: DEADLINE - 3 * DAY,
          urgency: 1,
          leadMinutes: 4320,
          deadline: DEADLINE,
        },
        checklist: fromPack,
        progress: { steps: {}, firstSeenAt: '2025-10-01T10:00:00Z' },
        preferredPlatform: 'web',
        otherChecklistIds: [],
      },
      'en',
      DEADLINE - 3 * DAY,
      ZONE,
    );

  it('shows its names and next step without bidi controls', () => {
    expect(shown('lead')).toEqual({
      title: 'Taxoffice: Refund check — 3 days left',
      body: 'Next step: Open fdp.exe',
    });
    const announced = shown('announce');
    expect(`${announced.title}\n${announced.body}`).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/u);
    expect(announced.body).toContain('Refund check');
  });
});
