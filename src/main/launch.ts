import { basename } from 'node:path';
import { type BrowserWindow, dialog, type MessageBoxOptions } from 'electron';
import { withoutInvisibleFormatting } from '../shared/catalog/visible-text.ts';
import { translate } from '../shared/i18n/index.ts';
import { type LaunchRequest, packFilePath } from './command-line.ts';
import type { createFileActions, PackSummary } from './files/file-actions.ts';
import { log } from './log.ts';
import type { AppState } from './state/app-state.ts';
import { findChecklist } from './state/catalog.ts';
import { UserFacingError } from './state/errors.ts';
import type { WindowController } from './window/main-window.ts';

export interface LaunchDependencies {
  state: AppState;
  /** The window controller, loaded on first use. */
  windows(): Promise<WindowController>;
  importPack: ReturnType<typeof createFileActions>['importPack'];
}

/**
 * Acts on what a launch asked for: `--open`, `--open=<id>`, pack files from
 * a double-click. A plain second launch shows the window (the tray may be
 * missing, e.g. GNOME without the AppIndicator extension); a plain first
 * launch stays quietly in the tray.
 */
export function createLaunchHandler({ state, windows, importPack }: LaunchDependencies) {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(state.locale(), key, params);

  /**
   * A native message box: its text is neither escaped nor isolated, so the
   * pack's name, the file's name and the problems found in it are shown
   * without bidi controls and other invisible formatting.
   */
  async function showMessage(shown: MessageBoxOptions): Promise<number> {
    const options = {
      ...shown,
      message: withoutInvisibleFormatting(shown.message),
      ...(shown.detail === undefined ? {} : { detail: withoutInvisibleFormatting(shown.detail) }),
    };
    const parent: BrowserWindow | null = (await windows()).current();
    const answer = parent
      ? await dialog.showMessageBox(parent, options)
      : await dialog.showMessageBox(options);
    return answer.response;
  }

  async function confirmPack(summary: PackSummary): Promise<boolean> {
    const response = await showMessage({
      type: 'question',
      title: t('app.name'),
      message: t('pack.confirm', { name: summary.name }),
      detail: t('pack.confirmDetail', {
        count: summary.count,
        file: summary.fileName,
        section: t('nav.yours'),
      }),
      buttons: [t('pack.import'), t('common.cancel')],
      defaultId: 0,
      cancelId: 1,
    });
    return response === 0;
  }

  async function importPackFile(location: string): Promise<void> {
    const path = packFilePath(location);
    try {
      if (path === null) throw new UserFacingError('invalid-file', 'error.fileUnreadable');
      const result = await importPack({ path, confirm: confirmPack });
      log.info('pack file opened', { outcome: result.status });
      if (result.status === 'done') (await windows()).open();
    } catch (error) {
      log.warn('pack file refused', {
        reason: error instanceof UserFacingError ? error.messageKey : 'internal',
      });
      const isKnown = error instanceof UserFacingError;
      await showMessage({
        type: 'error',
        title: t('app.name'),
        message: isKnown ? t(error.messageKey, error.params) : t('error.internal'),
        detail: [basename(path ?? location), ...(isKnown ? (error.details ?? []) : [])].join('\n'),
      });
    }
  }

  return async function handleLaunch(
    request: LaunchRequest,
    launch: 'first' | 'second',
  ): Promise<void> {
    for (const location of request.packFiles) await importPackFile(location);
    const { checklistId } = request;
    if (checklistId !== null && findChecklist(state.data, checklistId)) {
      (await windows()).open(checklistId);
      return;
    }
    if (checklistId !== null) log.warn('--open names no known checklist');
    if (request.open || (launch === 'second' && request.packFiles.length === 0))
      (await windows()).open();
  };
}
