import { z } from 'zod';
import { checklistsImportIssues } from '../../shared/catalog/import-checks.ts';
import type { DocumentIssue } from '../../shared/catalog/parse.ts';
import { isoInstantSchema } from '../../shared/catalog/primitives.ts';
import { checklistSchema } from '../../shared/catalog/schema.ts';
import { progressMapSchema } from '../../shared/progress/schema.ts';
import { settingsSchema } from '../../shared/settings/schema.ts';
import { packRecordSchema, STORE_LIMITS, type StoreData } from '../store/schema.ts';

export const BACKUP_FORMAT = 'optout-reminder/backup';
/** Largest backup file accepted, in bytes. */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;

/** Everything the user made: progress, settings, own checklists, imported packs. */
export const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(1),
  exportedAt: isoInstantSchema,
  progress: progressMapSchema,
  settings: settingsSchema,
  customChecklists: z.array(checklistSchema).max(STORE_LIMITS.customChecklists),
  packs: z.array(packRecordSchema).max(STORE_LIMITS.packs),
});
export type Backup = z.infer<typeof backupSchema>;

export function toBackup(data: StoreData, now: number): Backup {
  return {
    format: BACKUP_FORMAT,
    formatVersion: 1,
    exportedAt: new Date(now).toISOString(),
    progress: data.progress,
    settings: data.settings,
    customChecklists: data.customChecklists,
    packs: data.packs,
  };
}

/** What the import checks refuse in a backup's own and pack checklists (see checklistImportIssues). */
export function backupImportIssues(backup: Backup): DocumentIssue[] {
  return [
    ...checklistsImportIssues(backup.customChecklists, ['customChecklists']),
    ...backup.packs.flatMap((pack, index) =>
      checklistsImportIssues(pack.checklists, ['packs', index, 'checklists']),
    ),
  ].slice(0, 50);
}

/**
 * Ids a restored backup would hold twice: an own or pack checklist with a
 * built-in's id (or each other's), or two packs with one id. Pack import
 * refuses such clashes; a restore refuses them too, for the whole file —
 * deleting an impostor later would delete the built-in's ticks.
 */
export function clashingIds(backup: Backup, builtinIds: readonly string[]): string[] {
  const clashes = new Set<string>();
  const checklistIds = new Set(builtinIds);
  const ids = [
    ...backup.customChecklists.map((checklist) => checklist.id),
    ...backup.packs.flatMap((pack) => pack.checklists.map((checklist) => checklist.id)),
  ];
  for (const id of ids) {
    if (checklistIds.has(id)) clashes.add(id);
    checklistIds.add(id);
  }
  const packIds = new Set<string>();
  for (const pack of backup.packs) {
    if (packIds.has(pack.id)) clashes.add(pack.id);
    packIds.add(pack.id);
  }
  return [...clashes];
}

/**
 * Replaces what a backup holds; keeps the reminder log and window state of
 * this machine, and whether it starts at login here (the OS entry is this
 * machine's, and a restore does not change it).
 */
export function restoreBackup(data: StoreData, backup: Backup): StoreData {
  return {
    ...data,
    progress: backup.progress,
    settings: { ...backup.settings, startAtLogin: data.settings.startAtLogin },
    customChecklists: backup.customChecklists,
    packs: backup.packs,
  };
}

/** What a restore would bring in, for the question asked before it replaces anything. */
export interface BackupSummary {
  exportedAt: string;
  tickedSteps: number;
  customChecklists: number;
  packs: number;
}

export function summarizeBackup(backup: Backup): BackupSummary {
  let tickedSteps = 0;
  for (const progress of Object.values(backup.progress))
    for (const steps of Object.values(progress.steps)) tickedSteps += Object.keys(steps).length;
  return {
    exportedAt: backup.exportedAt,
    tickedSteps,
    customChecklists: backup.customChecklists.length,
    packs: backup.packs.length,
  };
}
