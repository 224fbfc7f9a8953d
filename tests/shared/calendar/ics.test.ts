import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  buildIcs,
  calendarEntries,
  escapeText,
  foldLine,
} from '../../../src/shared/calendar/ics.ts';
import { builtinCatalog } from '../../../src/shared/catalog/index.ts';
import { parseInstant } from '../../../src/shared/reminders/index.ts';
import { dueChecklist } from '../../support/fixtures.ts';

const now = Date.UTC(2026, 10, 23, 12);
const withDeadline = builtinCatalog.filter((checklist) => checklist.deadline);
const entries = withDeadline.map((checklist) => ({
  checklist,
  deadline: parseInstant(checklist.deadline?.instant ?? ''),
}));
const leadTimesMinutes = [20_160, 10_080, 4_320, 1_440, 120];

/** 1 January 2025: every built-in deadline and each of its alarms still ahead. */
const beforeAll2025 = Date.UTC(2025, 0, 1);

function build(locale: 'en' | 'nl' = 'en') {
  return buildIcs(entries, {
    now: beforeAll2025,
    locale,
    leadTimesMinutes,
    labels: {
      summary: ({ checklist }) => `Deadline: ${checklist.organisation}, ${checklist.title[locale]}`,
      platformName: (platform) => platform,
      settingsPage: 'Settings page',
      alarm: ({ checklist }) => `Soon: ${checklist.title[locale]}`,
    },
  });
}

describe('buildIcs', () => {
  it('parses with ical.js into one event per checklist with its deadline and one alarm per lead time', () => {
    const calendar = new ICAL.Component(ICAL.parse(build()));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(entries.length);
    events.forEach((component, index) => {
      const entry = entries[index];
      if (!entry) throw new Error('missing entry');
      const event = new ICAL.Event(component);
      expect(event.startDate.toJSDate().getTime()).toBe(entry.deadline);
      expect(event.summary).toBe(
        `Deadline: ${entry.checklist.organisation}, ${entry.checklist.title.en}`,
      );
      const firstStep = Object.values(entry.checklist.paths)[0]?.steps[0]?.text.en ?? '';
      expect(event.description).toContain(`1. ${firstStep}`);
      if (entry.checklist.settingsUrl)
        expect(event.description).toContain(entry.checklist.settingsUrl);
      const triggers = component
        .getAllSubcomponents('valarm')
        .map((alarm) => (alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds());
      expect(triggers).toEqual(leadTimesMinutes.map((minutes) => -minutes * 60));
    });
  });

  it('leaves out the alarms already past: two days ahead, only 1 day and 2 hours before', () => {
    const [first] = entries;
    if (!first) throw new Error('no entry');
    const text = buildIcs([first], {
      now: first.deadline - 2 * 24 * 3_600_000,
      locale: 'en',
      leadTimesMinutes,
      labels: {
        summary: () => 'Deadline',
        platformName: (platform) => platform,
        settingsPage: 'Settings page',
        alarm: () => 'Soon',
      },
    });
    const [event] = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    const triggers = (event?.getAllSubcomponents('valarm') ?? []).map((alarm) =>
      (alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds(),
    );
    expect(triggers).toEqual([-1_440 * 60, -120 * 60]);
  });

  it('uses CRLF line endings and folds no line past 75 octets', () => {
    const text = build('nl');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('escapes TEXT values and folds without splitting a multi-byte character', () => {
    expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
    const folded = foldLine(`DESCRIPTION:${'é'.repeat(80)}`);
    for (const line of folded.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.replaceAll('\r\n ', '')).toBe(`DESCRIPTION:${'é'.repeat(80)}`);
  });
});

describe('calendarEntries', () => {
  it('takes every open checklist with a deadline, also of other regions, in the given order', () => {
    const done = dueChecklist('done', now + 1);
    const dismissed = dueChecklist('dismissed', now + 2);
    const elsewhere = { ...dueChecklist('elsewhere', now + 3), regions: { include: ['US'] } };
    const open = dueChecklist('open', now - 4);
    const { deadline: _deadline, ...undated } = dueChecklist('undated', now);
    const at = new Date(now).toISOString();
    const entries = calendarEntries(
      [done, dismissed, elsewhere, undated, open],
      {
        done: { steps: {}, completedHow: 'elsewhere', completedAt: at },
        dismissed: { steps: {}, dismissedAt: at },
      },
      { country: 'NL', includeOtherRegions: false },
      now,
    );
    // A deadline already passed ('open', 4 ms ago) has no place in a calendar.
    expect(entries.map((entry) => [entry.checklist.id, entry.deadline])).toEqual([
      ['elsewhere', now + 3],
    ]);
  });
});
