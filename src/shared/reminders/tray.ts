import { checklistName } from '../catalog/names.ts';
import type { Checklist } from '../catalog/schema.ts';
import { SOON_MS } from '../constants.ts';
import { isComplete, isRelevant } from '../progress/rules.ts';
import { EMPTY_PROGRESS } from '../progress/schema.ts';
import { formatDeadlineDistance, formatMoreOpen, languageOf, wordsFor } from './time-words.ts';
import type { PlannerInput } from './types.ts';
import { parseInstant } from './zone-clock.ts';

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
  /** One menu line per open checklist: overdue first (latest passed first), then by deadline. */
  readonly items: readonly TrayItem[];
}

interface OpenChecklist {
  readonly checklist: Checklist;
  readonly deadline: number | null;
}

/** Overdue ones (most recently passed first), then upcoming (nearest first), then undated. */
function trayOrder(now: number) {
  return (a: OpenChecklist, b: OpenChecklist): number => {
    const group = (x: OpenChecklist) => (x.deadline === null ? 2 : x.deadline <= now ? 0 : 1);
    const byGroup = group(a) - group(b);
    if (byGroup !== 0 || a.deadline === null || b.deadline === null) return byGroup;
    return group(a) === 0 ? b.deadline - a.deadline : a.deadline - b.deadline;
  };
}

/**
 * The tray's whole state from the planner's inputs, localized: icon state,
 * tooltip (the most pressing open checklist in words) and menu items.
 * Snoozed or paused checklists still count as open; dismissed, completed
 * and out-of-region ones do not.
 */
export function summarizeTray(input: PlannerInput & { readonly locale: string }): TraySummary {
  const { now, settings, locale } = input;
  const lang = languageOf(locale);
  const open: OpenChecklist[] = [];
  for (const checklist of input.checklists) {
    const progress = input.progress[checklist.id] ?? EMPTY_PROGRESS;
    if (progress.dismissedAt || isComplete(checklist, progress)) continue;
    if (!isRelevant(checklist, progress, settings.country, settings.includeOtherRegions)) continue;
    const deadline = checklist.deadline ? parseInstant(checklist.deadline.instant) : Number.NaN;
    open.push({ checklist, deadline: Number.isNaN(deadline) ? null : deadline });
  }
  open.sort(trayOrder(now));
  const items = open.map(({ checklist, deadline }): TrayItem => {
    const distance =
      deadline === null
        ? wordsFor(locale).noDeadline
        : formatDeadlineDistance(deadline, now, input.zone, locale);
    return {
      checklistId: checklist.id,
      label: `${checklistName(checklist, lang)} — ${distance}`,
      deadline,
    };
  });
  const state: TrayState =
    open.length === 0
      ? 'clear'
      : open.some((o) => o.deadline !== null && o.deadline <= now)
        ? 'overdue'
        : open.some((o) => o.deadline !== null && o.deadline - now <= SOON_MS)
          ? 'soon'
          : 'open';
  const [first] = items;
  const tooltip = !first
    ? wordsFor(locale).allDone
    : items.length === 1
      ? first.label
      : `${first.label} (${formatMoreOpen(items.length - 1, locale)})`;
  return { state, tooltip, items };
}
