import type { Checklist } from '../../shared/catalog/schema.ts';
import type { Platform } from '../../shared/constants.ts';
import type { ChecklistView, StateSnapshot } from '../../shared/ipc.ts';
import { platformsOf } from '../../shared/progress/rules.ts';

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

/** Dismissed by the user, or outside their region. */
export function isNotRelevant(view: ChecklistView): boolean {
  return view.status === 'dismissed' || !view.isRelevant;
}
