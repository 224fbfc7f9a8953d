import { appliesToCountry } from '../catalog/regions.ts';
import type { Checklist } from '../catalog/schema.ts';
import { PLATFORMS, type Platform } from '../constants.ts';
import type { Progress } from './schema.ts';

/** Progress of a checklist nobody has touched (here, not in schema.ts: the tray draws without zod). */
export const EMPTY_PROGRESS: Progress = Object.freeze({ steps: {} }) as Progress;

/** Epoch milliseconds → ISO 8601 instant in UTC, the form progress is stored in. */
export function toIso(now: number): string {
  return new Date(now).toISOString();
}

/** Platforms the checklist has a path for, in display order. */
export function platformsOf(checklist: Checklist): Platform[] {
  return PLATFORMS.filter((platform) => checklist.paths[platform] !== undefined);
}

/** The platform whose path completed the checklist; null when open or done elsewhere. */
export function completedPlatform(progress: Progress): Platform | null {
  const how = progress.completedHow;
  return how?.startsWith('path:') ? (how.slice('path:'.length) as Platform) : null;
}

/** True when every step of the checklist's path for `platform` is ticked. */
export function isPathComplete(
  checklist: Checklist,
  progress: Progress,
  platform: Platform,
): boolean {
  const path = checklist.paths[platform];
  if (!path) return false;
  // Loops without closures or default objects: the planner asks this for every checklist.
  const done = progress.steps[platform];
  for (const step of path.steps) if (!done || !Object.hasOwn(done, step.id)) return false;
  return true;
}

/**
 * True when the checklist is done: marked done elsewhere, or by its steps —
 * one complete path for `account` scope, every path for `device` scope.
 */
export function isComplete(checklist: Checklist, progress: Progress): boolean {
  if (progress.completedHow === 'elsewhere' && progress.completedAt) return true;
  const needsAll = checklist.scope !== 'account';
  for (const platform of PLATFORMS) {
    if (checklist.paths[platform] === undefined) continue;
    if (isPathComplete(checklist, progress, platform) !== needsAll) return !needsAll;
  }
  // Account scope: no path complete. Device scope: none incomplete.
  return needsAll;
}

/** Recomputes `completedAt`/`completedHow` after the steps changed; keeps the first completion time. */
function withCompletion(
  checklist: Checklist,
  progress: Progress,
  platform: Platform,
  now: number,
): Progress {
  const { completedAt: _at, completedHow: _how, ...open } = progress;
  if (progress.completedHow === 'elsewhere') return progress;
  if (!isComplete(checklist, open)) return open;
  const previous = completedPlatform(progress);
  const keepsPrevious = previous !== null && isPathComplete(checklist, open, previous);
  return {
    ...open,
    completedAt: progress.completedAt ?? toIso(now),
    completedHow: keepsPrevious ? `path:${previous}` : `path:${platform}`,
  };
}

/**
 * Ticks (or unticks) one step. Completing the last needed step completes the
 * checklist; unticking a step of a completed path reopens it.
 * Unknown platforms or step ids leave the progress unchanged.
 */
export function toggleStep(
  checklist: Checklist,
  progress: Progress,
  platform: Platform,
  stepId: string,
  now: number,
): Progress {
  const path = checklist.paths[platform];
  if (!path?.steps.some((step) => step.id === stepId)) return progress;
  const done = { ...(progress.steps[platform] ?? {}) };
  if (Object.hasOwn(done, stepId)) delete done[stepId];
  else done[stepId] = toIso(now);
  return withCompletion(
    checklist,
    { ...progress, steps: { ...progress.steps, [platform]: done } },
    platform,
    now,
  );
}

/**
 * Progress after the checklist's steps changed (the user edited their own):
 * ticks of steps that no longer exist are dropped — so a step added later
 * under an old id can never inherit one — and completion follows the steps.
 */
export function reconcileProgress(checklist: Checklist, progress: Progress, now: number): Progress {
  const steps: Progress['steps'] = {};
  for (const platform of platformsOf(checklist)) {
    const done = progress.steps[platform];
    if (!done) continue;
    const ids = new Set(checklist.paths[platform]?.steps.map((step) => step.id));
    const kept = Object.fromEntries(Object.entries(done).filter(([id]) => ids.has(id)));
    if (Object.keys(kept).length > 0) steps[platform] = kept;
  }
  const pruned = { ...progress, steps };
  if (progress.completedHow === 'elsewhere') return pruned;
  const completeOn = platformsOf(checklist).find((platform) =>
    isPathComplete(checklist, pruned, platform),
  );
  return withCompletion(checklist, pruned, completeOn ?? 'web', now);
}

/** "Done elsewhere": the user switched it off without following our steps. */
export function markDoneElsewhere(progress: Progress, now: number): Progress {
  return { ...progress, completedAt: toIso(now), completedHow: 'elsewhere' };
}

/** "Not relevant to me": no reminders, shown as dismissed. */
export function dismiss(progress: Progress, now: number): Progress {
  return { ...progress, dismissedAt: toIso(now) };
}

/** Undoes completion, dismissal and snooze; ticked steps stay ticked. */
export function reopen(checklist: Checklist, progress: Progress): Progress {
  const {
    completedAt: _a,
    completedHow: _h,
    dismissedAt: _d,
    snoozedUntil: _s,
    recheckedAt: _r,
    ...rest
  } = progress;
  // A fully ticked path would immediately complete it again; clear that path's ticks.
  const steps = { ...rest.steps };
  for (const platform of platformsOf(checklist)) {
    if (isPathComplete(checklist, rest, platform)) delete steps[platform];
  }
  return { ...rest, steps };
}

/** Snoozes the checklist's reminders until `until` (epoch ms); `null` ends the snooze. */
export function snooze(progress: Progress, until: number | null): Progress {
  const { snoozedUntil: _s, ...rest } = progress;
  return until === null ? rest : { ...rest, snoozedUntil: toIso(until) };
}

/** After a re-check reminder: the user confirmed the setting is still off. */
export function confirmStillDone(progress: Progress, now: number): Progress {
  return { ...progress, recheckedAt: toIso(now) };
}

/** The user wants reminders for this checklist although it is outside their region. */
export function follow(progress: Progress, now: number): Progress {
  return { ...progress, followedAt: toIso(now) };
}

/**
 * Whether the checklist concerns the user: their `country` is in its regions,
 * the country is unknown, the user opted in to other regions, or followed it.
 */
export function isRelevant(
  checklist: Checklist,
  progress: Progress,
  country: string | null | undefined,
  includeOtherRegions: boolean,
): boolean {
  return (
    includeOtherRegions ||
    progress.followedAt !== undefined ||
    appliesToCountry(checklist.regions, country)
  );
}
