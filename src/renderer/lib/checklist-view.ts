import type { Checklist, Platform } from '../../shared/catalog/schema.ts';
import type { ChecklistView, StateSnapshot } from '../../shared/ipc.ts';

/**
 * Platforms in display order. Kept here rather than imported from the
 * catalog schema so the window's bundle does not pull in zod.
 */
export const PLATFORM_ORDER = [
  'web',
  'ios',
  'android',
  'desktop-app',
  'other',
] as const satisfies readonly Platform[];

/** Platforms the checklist has a path for, in display order. */
export function platformsOf(checklist: Checklist): Platform[] {
  return PLATFORM_ORDER.filter((platform) => checklist.paths[platform] !== undefined);
}

/**
 * The tab to show: the user's last choice, then the OS, when the checklist
 * has a path for it; otherwise its first path.
 */
export function chosenPlatform(
  checklist: Checklist,
  platform: StateSnapshot['platform'],
): Platform | null {
  const available = platformsOf(checklist);
  for (const wanted of [platform.preferred, platform.os]) {
    if (wanted && available.includes(wanted)) return wanted;
  }
  return available[0] ?? null;
}

/** Ticked and total steps of one path. */
export function stepCounts(
  view: ChecklistView,
  platform: Platform | null,
): { done: number; total: number } {
  const steps = platform ? (view.checklist.paths[platform]?.steps ?? []) : [];
  const ticked = (platform && view.progress.steps[platform]) || {};
  return {
    done: steps.filter((step) => Object.hasOwn(ticked, step.id)).length,
    total: steps.length,
  };
}

/** The deadline as epoch ms, or null when the checklist has none. */
export function deadlineOf(checklist: Checklist): number | null {
  return checklist.deadline ? Date.parse(checklist.deadline.instant) : null;
}

/** Dismissed by the user, or outside their region. */
export function isNotRelevant(view: ChecklistView): boolean {
  return view.status === 'dismissed' || !view.isRelevant;
}

/** The platform whose path completed the checklist, if it was finished by its steps. */
export function completedPlatform(view: ChecklistView): Platform | null {
  const how = view.progress.completedHow;
  return how?.startsWith('path:') ? (how.slice('path:'.length) as Platform) : null;
}
