/**
 * RFC 5545 calendar export: one event per open checklist with a deadline,
 * the steps and settings link in the description, one alarm per lead time.
 */
import type { Checklist } from '../catalog/schema.ts';
import { PLATFORMS } from '../catalog/schema.ts';
import { describeChecklist } from '../progress/describe.ts';
import { EMPTY_PROGRESS, type Progress } from '../progress/schema.ts';
import type { Settings } from '../settings/schema.ts';

export interface CalendarEntry {
  checklist: Checklist;
  /** Deadline, epoch ms. */
  deadline: number;
}

/**
 * What goes into the calendar: every open checklist whose deadline is still
 * ahead (in the order given), also those of other regions — the user asked
 * for the file. A deadline already passed has no use in a calendar; the app
 * itself keeps reminding of one still worth doing.
 */
export function calendarEntries(
  checklists: readonly Checklist[],
  progress: Readonly<Record<string, Progress | undefined>>,
  settings: Pick<Settings, 'country' | 'includeOtherRegions'>,
  now: number,
): CalendarEntry[] {
  return checklists.flatMap((checklist) => {
    const { status, deadline } = describeChecklist(
      checklist,
      progress[checklist.id] ?? EMPTY_PROGRESS,
      settings,
      now,
    );
    return status === 'open' && deadline !== null && deadline > now
      ? [{ checklist, deadline }]
      : [];
  });
}

export interface CalendarLabels {
  /** e.g. "Deadline: {title}" already filled in per entry by the caller. */
  summary(entry: CalendarEntry): string;
  platformName(platform: (typeof PLATFORMS)[number]): string;
  settingsPage: string;
  alarm(entry: CalendarEntry): string;
}

/** `20251102T230000Z` */
function utcStamp(epochMs: number): string {
  return new Date(epochMs)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** TEXT value escaping (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replaceAll('\\', '\\\\')
    .replaceAll(';', '\\;')
    .replaceAll(',', '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets without splitting a UTF-8 character (§3.1). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const charSize = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (size + charSize > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += charSize;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function description(entry: CalendarEntry, labels: CalendarLabels, locale: 'en' | 'nl'): string {
  const { checklist } = entry;
  const lines = [checklist.summary[locale], ''];
  for (const platform of PLATFORMS) {
    const path = checklist.paths[platform];
    if (!path) continue;
    lines.push(`${labels.platformName(platform)}:`);
    path.steps.forEach((step, index) => {
      lines.push(`${index + 1}. ${step.text[locale]}${step.link ? ` (${step.link})` : ''}`);
    });
    lines.push('');
  }
  if (checklist.settingsUrl) lines.push(`${labels.settingsPage}: ${checklist.settingsUrl}`);
  return lines.join('\n').trim();
}

/** Builds the .ics text; lines end in CRLF as the RFC requires. */
export function buildIcs(
  entries: readonly CalendarEntry[],
  options: {
    now: number;
    locale: 'en' | 'nl';
    leadTimesMinutes: readonly number[];
    labels: CalendarLabels;
  },
): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Opt-out Reminder//Opt-out Reminder//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const entry of entries) {
    const { checklist, deadline } = entry;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${checklist.id}-${utcStamp(deadline)}@optout-reminder`,
      `DTSTAMP:${utcStamp(options.now)}`,
      `DTSTART:${utcStamp(deadline)}`,
      'DURATION:PT30M',
      `SUMMARY:${escapeText(options.labels.summary(entry))}`,
      `DESCRIPTION:${escapeText(description(entry, options.labels, options.locale))}`,
      ...(checklist.settingsUrl ? [`URL:${checklist.settingsUrl}`] : []),
      'TRANSP:TRANSPARENT',
    );
    // Only alarms still to come: one already past would never go off.
    for (const minutes of options.leadTimesMinutes) {
      if (deadline - minutes * 60_000 <= options.now) continue;
      lines.push(
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `TRIGGER;RELATED=START:-PT${minutes}M`,
        `DESCRIPTION:${escapeText(options.labels.alarm(entry))}`,
        'END:VALARM',
      );
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
