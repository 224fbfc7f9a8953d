import { basename } from 'node:path';
import { type BrowserWindow, dialog, type MessageBoxOptions } from 'electron';
import { buildIcs, calendarEntries } from '../../shared/calendar/ics.ts';
import { builtinCatalog } from '../../shared/catalog/index.ts';
import { LIMITS } from '../../shared/catalog/limits.ts';
import { checklistName } from '../../shared/catalog/names.ts';
import { parseChecklistPackText, parseUntrustedJsonText } from '../../shared/catalog/parse.ts';
import { withoutInvisibleFormatting } from '../../shared/catalog/visible-text.ts';
import { translate } from '../../shared/i18n/index.ts';
import type { FileOperationResult } from '../../shared/ipc.ts';
import { parseInstant } from '../../shared/reminders/instant.ts';
import { formatDay } from '../../shared/reminders/time-words.ts';
import { addPack, checkPackFits } from '../state/actions.ts';
import type { AppState } from '../state/app-state.ts';
import { allChecklists } from '../state/catalog.ts';
import { UserFacingError } from '../state/errors.ts';
import {
  type Backup,
  backupImportIssues,
  backupSchema,
  clashingIds,
  MAX_BACKUP_BYTES,
  restoreBackup,
  summarizeBackup,
  toBackup,
} from './backup.ts';
import { describeIssues } from './describe-issues.ts';
import { readUserFile } from './read-user-file.ts';
import { writeFileAtomic } from './write-file.ts';

const jsonFilter = [{ name: 'JSON', extensions: ['json'] }];
const packFilter = [{ name: 'Checklist pack', extensions: ['optout-pack', 'json'] }];

/** What the user is asked before a pack file opened from outside the app is imported. */
export interface PackSummary {
  name: string;
  fileName: string;
  count: number;
}

function writeUserFile(path: string, text: string): void {
  try {
    writeFileAtomic(path, text);
  } catch (error) {
    throw new UserFacingError('write-failed', 'error.fileNotWritten', { cause: error });
  }
}

/** Import, export and calendar files: main owns the dialogs and the disk. */
export function createFileActions(state: AppState, parentWindow: () => BrowserWindow | null) {
  const today = () => new Date(state.now()).toISOString().slice(0, 10);

  async function askSavePath(defaultName: string, filters: typeof jsonFilter) {
    const parent = parentWindow();
    const options = { defaultPath: defaultName, filters };
    const answer = parent
      ? await dialog.showSaveDialog(parent, options)
      : await dialog.showSaveDialog(options);
    return answer.canceled || !answer.filePath ? null : answer.filePath;
  }

  async function askOpenPath(filters = jsonFilter) {
    const parent = parentWindow();
    const options = { properties: ['openFile' as const], filters };
    const answer = parent
      ? await dialog.showOpenDialog(parent, options)
      : await dialog.showOpenDialog(options);
    return answer.canceled ? null : (answer.filePaths[0] ?? null);
  }

  /**
   * A native message box, over the window when one is open. Its text is
   * neither escaped nor isolated, so file names are shown without bidi
   * controls and other invisible formatting (as launch.ts does for packs).
   */
  async function askMessage(shown: MessageBoxOptions): Promise<number> {
    const parent = parentWindow();
    const options = {
      ...shown,
      message: withoutInvisibleFormatting(shown.message),
      ...(shown.detail === undefined ? {} : { detail: withoutInvisibleFormatting(shown.detail) }),
    };
    const answer = parent
      ? await dialog.showMessageBox(parent, options)
      : await dialog.showMessageBox(options);
    return answer.response;
  }

  /** Asks before a restore replaces everything; Cancel is the default. */
  async function confirmRestore(path: string, backup: Backup): Promise<boolean> {
    const locale = state.locale();
    const summary = summarizeBackup(backup);
    const file = basename(path);
    const response = await askMessage({
      type: 'question',
      title: translate(locale, 'app.name'),
      message: translate(locale, 'restore.confirm', { file }),
      detail: translate(locale, 'restore.confirmDetail', {
        file,
        date: formatDay(parseInstant(summary.exportedAt), state.zone(), locale),
        steps: summary.tickedSteps,
        own: summary.customChecklists,
        packs: summary.packs,
      }),
      buttons: [translate(locale, 'restore.replace'), translate(locale, 'common.cancel')],
      defaultId: 1,
      cancelId: 1,
    });
    return response === 0;
  }

  return {
    async exportData(): Promise<FileOperationResult> {
      // Read-only mode shows defaults, not the user's data: exporting them would mislead.
      if (state.isReadOnly) throw state.readOnlyError();
      const path = await askSavePath(`opt-out-reminder-backup-${today()}.json`, jsonFilter);
      if (!path) return { status: 'cancelled' };
      writeUserFile(path, `${JSON.stringify(toBackup(state.data, state.now()), null, 2)}\n`);
      return { status: 'done', path };
    },

    /**
     * Restores a backup whole or not at all: the file is checked, then the user
     * is asked, then the current file is copied aside (the result says where).
     */
    async importData(): Promise<FileOperationResult> {
      const path = await askOpenPath();
      if (!path) return { status: 'cancelled' };
      const parsed = parseUntrustedJsonText(
        readUserFile(path, MAX_BACKUP_BYTES),
        backupSchema,
        MAX_BACKUP_BYTES,
      );
      const issues = parsed.ok ? backupImportIssues(parsed.value) : parsed.issues;
      if (!parsed.ok || issues.length > 0)
        throw new UserFacingError('invalid-file', 'error.backupInvalid', {
          details: describeIssues(issues, state.locale()),
        });
      const clashes = clashingIds(
        parsed.value,
        builtinCatalog.map((checklist) => checklist.id),
      );
      if (clashes.length > 0)
        throw new UserFacingError('invalid-file', 'error.backupClash', { details: clashes });
      if (state.isReadOnly) throw state.readOnlyError();
      if (!(await confirmRestore(path, parsed.value))) return { status: 'cancelled' };
      let keptCopy: string | null;
      try {
        keptCopy = state.backup('before-import');
      } catch (error) {
        throw new UserFacingError('write-failed', 'error.backupFailed', { cause: error });
      }
      state.update((data) => restoreBackup(data, parsed.value));
      return keptCopy === null ? { status: 'done', path } : { status: 'done', path, keptCopy };
    },

    /**
     * Imports a pack the user picks, or — from a double-click or the command
     * line — the file given, once `confirm` said yes. The file is checked
     * whole before anyone is asked.
     */
    async importPack(given?: {
      path: string;
      confirm(summary: PackSummary): Promise<boolean>;
    }): Promise<FileOperationResult> {
      const path = given?.path ?? (await askOpenPath(packFilter));
      if (!path) return { status: 'cancelled' };
      const result = parseChecklistPackText(readUserFile(path, LIMITS.packTextLength * 2));
      if (!result.ok)
        throw new UserFacingError('invalid-file', 'error.packInvalid', {
          details: describeIssues(result.issues, state.locale()),
        });
      // Checked before the user is asked; addPack checks again when it adds.
      checkPackFits(state.data, result.pack.checklists);
      const fileName = basename(path);
      const summary = {
        name: result.pack.name ?? fileName,
        fileName,
        count: result.pack.checklists.length,
      };
      if (given && !(await given.confirm(summary))) return { status: 'cancelled' };
      state.update((data) =>
        addPack(
          data,
          { name: summary.name, fileName, checklists: result.pack.checklists },
          state.now(),
        ),
      );
      return { status: 'done', path, count: result.pack.checklists.length };
    },

    async exportCalendar(): Promise<FileOperationResult> {
      const locale = state.locale();
      const data = state.data;
      const entries = calendarEntries(
        allChecklists(data).map((entry) => entry.checklist),
        data.progress,
        data.settings,
        state.now(),
      );
      // Asked before a file is chosen: an empty calendar is no use to anyone.
      if (entries.length === 0) throw new UserFacingError('not-found', 'error.noDeadlinesAhead');
      const path = await askSavePath('opt-out-deadlines.ics', [
        { name: 'iCalendar', extensions: ['ics'] },
      ]);
      if (!path) return { status: 'cancelled' };
      const text = buildIcs(entries, {
        now: state.now(),
        locale,
        leadTimesMinutes: data.settings.leadTimesMinutes,
        labels: {
          summary: ({ checklist }) =>
            translate(locale, 'calendar.summary', {
              name: checklistName(checklist, locale),
            }),
          platformName: (platform) => translate(locale, `calendar.platform.${platform}`),
          settingsPage: translate(locale, 'calendar.settingsPage'),
          alarm: ({ checklist }) =>
            translate(locale, 'calendar.alarm', {
              name: checklistName(checklist, locale),
            }),
        },
      });
      writeUserFile(path, text);
      return { status: 'done', path, count: entries.length };
    },
  };
}
