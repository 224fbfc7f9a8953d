import { checklistImportIssues } from '../../shared/catalog/import-checks.ts';
/**
 * What each window request does to the saved state, as pure functions of
 * (data, arguments, now): main validates, calls one of these, persists the
 * result whole.
 */
import type { Checklist, Platform } from '../../shared/catalog/schema.ts';
import { uniqueSlug } from '../../shared/catalog/slugs.ts';
import type { NoticeKind, SettingsChange } from '../../shared/ipc.ts';
import {
  confirmStillDone,
  dismiss,
  follow,
  markDoneElsewhere,
  reconcileProgress,
  reopen,
  snooze,
  toggleStep,
} from '../../shared/progress/rules.ts';
import { EMPTY_PROGRESS, type Progress } from '../../shared/progress/schema.ts';
import { applySettingsChange } from '../../shared/settings/change.ts';
import { fileStamp } from '../store/repository.ts';
import type { StoreData } from '../store/schema.ts';
import { STORE_LIMITS } from '../store/schema.ts';
import { allChecklists, findChecklist } from './catalog.ts';
import { UserFacingError } from './errors.ts';

function requireChecklist(data: StoreData, id: string): Checklist {
  const entry = findChecklist(data, id);
  if (!entry) throw new UserFacingError('not-found', 'error.checklistNotFound');
  return entry.checklist;
}

function withProgress(
  data: StoreData,
  checklistId: string,
  change: (progress: Progress, checklist: Checklist) => Progress,
): StoreData {
  const checklist = requireChecklist(data, checklistId);
  const progress = data.progress[checklistId] ?? EMPTY_PROGRESS;
  return { ...data, progress: { ...data.progress, [checklistId]: change(progress, checklist) } };
}

export function setStepDone(
  data: StoreData,
  args: { checklistId: string; platform: Platform; stepId: string; done: boolean },
  now: number,
): StoreData {
  return withProgress(data, args.checklistId, (progress, checklist) => {
    const steps = checklist.paths[args.platform]?.steps ?? [];
    if (!steps.some((step) => step.id === args.stepId))
      throw new UserFacingError('not-found', 'error.stepNotFound');
    const isDone = Object.hasOwn(progress.steps[args.platform] ?? {}, args.stepId);
    return isDone === args.done
      ? progress
      : toggleStep(checklist, progress, args.platform, args.stepId, now);
  });
}

export const progressActions = {
  markDoneElsewhere: (data: StoreData, id: string, now: number) =>
    withProgress(data, id, (progress) => markDoneElsewhere(progress, now)),
  dismiss: (data: StoreData, id: string, now: number) =>
    withProgress(data, id, (progress) => dismiss(progress, now)),
  reopen: (data: StoreData, id: string) =>
    withProgress(data, id, (progress, checklist) => reopen(checklist, progress)),
  confirmStillDone: (data: StoreData, id: string, now: number) =>
    withProgress(data, id, (progress) => confirmStillDone(progress, now)),
  follow: (data: StoreData, id: string, now: number) =>
    withProgress(data, id, (progress) => follow(progress, now)),
  snooze: (data: StoreData, id: string, until: number | null) =>
    withProgress(data, id, (progress) => snooze(progress, until)),
};

export function snoozeAll(data: StoreData, until: number | null): StoreData {
  return {
    ...data,
    settings: {
      ...data.settings,
      snoozeAllUntil: until === null ? null : new Date(until).toISOString(),
    },
  };
}

/** Merges the change onto the stored settings; what it does not name is kept. */
export function updateSettings(data: StoreData, change: SettingsChange): StoreData {
  try {
    return { ...data, settings: applySettingsChange(data.settings, change) };
  } catch (error) {
    // A valid change can still make invalid settings, e.g. an 11th lead time.
    throw new UserFacingError('invalid-payload', 'error.settingsRefused', { cause: error });
  }
}

export function setPreferredPlatform(data: StoreData, platform: Platform): StoreData {
  return { ...data, ui: { ...data.ui, preferredPlatform: platform } };
}

export function finishWelcome(data: StoreData, now: number): StoreData {
  return { ...data, ui: { ...data.ui, welcomeFinishedAt: new Date(now).toISOString() } };
}

export function addNotice(
  data: StoreData,
  kind: NoticeKind,
  now: number,
  detail?: string,
): StoreData {
  const notice = { kind, at: new Date(now).toISOString(), ...(detail ? { detail } : {}) };
  const others = data.notices.filter((existing) => existing.kind !== kind);
  return { ...data, notices: [...others, notice].slice(-STORE_LIMITS.notices) };
}

export function dismissNotice(data: StoreData, kind: NoticeKind): StoreData {
  return { ...data, notices: data.notices.filter((notice) => notice.kind !== kind) };
}

/** Adds or replaces one of the user's own checklists; ids of other origins are refused. */
export function saveCustomChecklist(data: StoreData, checklist: Checklist, now: number): StoreData {
  const existing = findChecklist(data, checklist.id);
  if (existing && existing.origin.kind !== 'custom')
    throw new UserFacingError('invalid-payload', 'error.idTaken', {
      params: { id: checklist.id },
    });
  const refused = checklistImportIssues(checklist, [])[0];
  if (refused)
    throw new UserFacingError(
      'invalid-payload',
      refused.code === 'invisible_text' ? 'error.invisibleName' : 'error.linkNotOpenable',
    );
  const others = data.customChecklists.filter((entry) => entry.id !== checklist.id);
  if (!existing && others.length >= STORE_LIMITS.customChecklists)
    throw new UserFacingError('invalid-payload', 'error.tooManyChecklists', {
      params: { maximum: STORE_LIMITS.customChecklists },
    });
  const progress = data.progress[checklist.id];
  return {
    ...data,
    customChecklists: [...others, checklist],
    // Ticks stay with their step ids; those of removed steps go, completion follows the steps.
    progress: progress
      ? { ...data.progress, [checklist.id]: reconcileProgress(checklist, progress, now) }
      : data.progress,
  };
}

export function deleteCustomChecklist(data: StoreData, id: string): StoreData {
  if (!data.customChecklists.some((entry) => entry.id === id))
    throw new UserFacingError('not-found', 'error.checklistNotFound');
  const { [id]: _removed, ...progress } = data.progress;
  return {
    ...data,
    customChecklists: data.customChecklists.filter((entry) => entry.id !== id),
    progress,
    firedLog: data.firedLog.filter((entry) => entry.checklistId !== id),
  };
}

/** A pack as read from its file, to be added. */
export interface PackToAdd {
  /** The pack's own name, else its file name. */
  name: string;
  fileName: string;
  checklists: Checklist[];
}

/**
 * Refuses a pack that cannot be added: one of its checklist ids is taken
 * already (by a built-in, a pack or the user's own), or the packs are at
 * their limit. Asked before the user confirms, and again when adding.
 */
export function checkPackFits(data: StoreData, checklists: readonly Checklist[]): void {
  const taken = new Set(allChecklists(data).map((entry) => entry.checklist.id));
  const clashes = checklists.filter((checklist) => taken.has(checklist.id));
  if (clashes.length > 0)
    throw new UserFacingError('invalid-file', 'error.packClash', {
      details: clashes.map((checklist) => checklist.id),
    });
  if (data.packs.length >= STORE_LIMITS.packs)
    throw new UserFacingError('invalid-file', 'error.tooManyPacks', {
      params: { maximum: STORE_LIMITS.packs },
    });
}

/** Adds a pack (see checkPackFits) under an id from the import time that no other pack has. */
export function addPack(data: StoreData, pack: PackToAdd, now: number): StoreData {
  checkPackFits(data, pack.checklists);
  const stamp = fileStamp(now)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
  const id = uniqueSlug(
    `pack-${stamp}`.replace(/-+$/, ''),
    new Set(data.packs.map((entry) => entry.id)),
  );
  const { name, fileName, checklists } = pack;
  const importedAt = new Date(now).toISOString();
  return { ...data, packs: [...data.packs, { id, name, fileName, importedAt, checklists }] };
}

export function removePack(data: StoreData, packId: string): StoreData {
  const pack = data.packs.find((entry) => entry.id === packId);
  if (!pack) throw new UserFacingError('not-found', 'error.packNotFound');
  // Progress on its checklists is kept: importing the pack again brings it back.
  return { ...data, packs: data.packs.filter((entry) => entry.id !== packId) };
}
