import { checklistName } from '../catalog/names.ts';
import type { Checklist } from '../catalog/schema.ts';
import { HOUR_MS, MINUTE_MS } from '../constants.ts';
import { translate } from '../i18n/index.ts';
import {
  type ChecklistDescription,
  compareChecklists,
  compareOrganisations,
  describeChecklist,
} from '../progress/describe.ts';
import { EMPTY_PROGRESS } from '../progress/rules.ts';
import { systemLocalDay } from './instant.ts';
import {
  formatDeadlineDistance,
  formatMoreInMenu,
  formatMoreOpen,
  languageOf,
} from './time-words.ts';
import type { PlannerInput } from './types.ts';

/** Tray icon state: `soon` = an open deadline within 3 days; `overdue` beats `soon` beats `open`. */
export type TrayState = 'clear' | 'open' | 'soon' | 'overdue';

export interface TrayItem {
  readonly checklistId: string;
  /** e.g. "LinkedIn: AI training — 12 days left". */
  readonly label: string;
  readonly deadline: number | null;
}

export interface TraySummary {
  readonly state: TrayState;
  readonly tooltip: string;
  /**
   * A menu line for each of the first {@link TRAY_MENU_LIMIT} open checklists:
   * recently missed first, then by deadline, still-worth-doing last.
   */
  readonly items: readonly TrayItem[];
  /** The open checklists beyond those, as a menu line ("12 more checklists…"); null when all fit. */
  readonly more: { readonly count: number; readonly label: string } | null;
}

/**
 * How many open checklists the tray menu lists. A store at its limits holds
 * some 32,000 checklists; a menu of that many lines is unusable and slow to
 * build, so the rest is one line that opens the window.
 */
export const TRAY_MENU_LIMIT = 10;

/**
 * What the tray is drawn from: the planner's input without the fired log.
 * Day counts are local days in the OS zone unless `localDay` says otherwise:
 * read without Intl or Temporal (see systemLocalDay), so the tray stands
 * before either has loaded. The app's zone is always the OS zone, so the
 * words are the planner's.
 */
/** A checklist's name in a tray line is cut after this many characters, so its deadline words show. */
export const TRAY_NAME_MAX = 60;

/** The name, cut with "…" after TRAY_NAME_MAX characters (code points, so no emoji is split). */
function clipName(name: string): string {
  const characters = Array.from(name);
  return characters.length <= TRAY_NAME_MAX
    ? name
    : `${characters
        .slice(0, TRAY_NAME_MAX - 1)
        .join('')
        .trimEnd()}…`;
}

export type TrayInput = Pick<PlannerInput, 'checklists' | 'progress' | 'now'> & {
  readonly settings: Pick<PlannerInput['settings'], 'country' | 'includeOtherRegions'>;
  /** Local calendar day of an instant; tests name a zone with `zoneClock(zone).localDay`. */
  readonly localDay?: (instant: number) => number;
  readonly locale: string;
};

interface OpenChecklist {
  readonly checklist: Checklist;
  readonly description: ChecklistDescription;
}

/**
 * The tray's whole state from the planner's inputs, localized: icon state,
 * tooltip (the most pressing open checklist in words) and menu items.
 * Snoozed or paused checklists still count as open; dismissed, completed
 * and out-of-region ones do not. A deadline still worth doing (long past, or
 * past before the user had the checklist) has no day count and never makes
 * the icon `overdue`.
 */
/**
 * When the tray's words next need drawing in minutes, not at the scheduler's
 * five-minute cap: a minute from now while an open checklist's deadline is
 * less than an hour away ("6 minutes left" must not read "10 minutes left");
 * null otherwise, so an idle day stays quiet.
 */
export function minuteWordsWakeAt(
  input: Pick<TrayInput, 'checklists' | 'progress' | 'settings' | 'now'>,
): number | null {
  const { now } = input;
  for (const checklist of input.checklists) {
    const description = describeChecklist(
      checklist,
      input.progress[checklist.id] ?? EMPTY_PROGRESS,
      input.settings,
      now,
    );
    const { deadline } = description;
    if (
      description.status === 'open' &&
      description.isRelevant &&
      deadline !== null &&
      deadline > now &&
      deadline - now <= HOUR_MS
    )
      return now + MINUTE_MS;
  }
  return null;
}

export function summarizeTray(input: TrayInput): TraySummary {
  const { now, settings, locale } = input;
  const lang = languageOf(locale);
  const open: OpenChecklist[] = [];
  for (const checklist of input.checklists) {
    const progress = input.progress[checklist.id] ?? EMPTY_PROGRESS;
    const description = describeChecklist(checklist, progress, settings, now);
    if (description.status === 'open' && description.isRelevant)
      open.push({ checklist, description });
  }
  // As the window lists them: ties by organisation, then the catalog's order.
  open.sort(
    (a, b) =>
      compareChecklists(a.description, b.description) ||
      compareOrganisations(a.checklist.organisation, b.checklist.organisation),
  );
  const items = open.slice(0, TRAY_MENU_LIMIT).map(({ checklist, description }): TrayItem => {
    const { deadline } = description;
    const distance =
      deadline === null
        ? translate(lang, 'distance.none')
        : description.standing === 'worth-doing'
          ? translate(lang, 'distance.worthDoing')
          : formatDeadlineDistance(deadline, now, input.localDay ?? systemLocalDay, locale);
    return {
      checklistId: checklist.id,
      label: `${clipName(checklistName(checklist, lang))} — ${distance}`,
      deadline,
    };
  });
  const state: TrayState =
    open.length === 0
      ? 'clear'
      : open.some((o) => o.description.urgency === 'overdue')
        ? 'overdue'
        : open.some((o) => o.description.urgency === 'soon')
          ? 'soon'
          : 'open';
  const [first] = items;
  const tooltip = !first
    ? translate(lang, 'tray.allDone')
    : open.length === 1
      ? first.label
      : `${first.label} (${formatMoreOpen(open.length - 1, locale)})`;
  const moreCount = open.length - items.length;
  const more =
    moreCount > 0 ? { count: moreCount, label: formatMoreInMenu(moreCount, locale) } : null;
  return { state, tooltip, items, more };
}
