import type { UpdateStatus } from '../../../shared/ipc.ts';
import { type Translate, useUi } from '../../hooks/ui-context.ts';
import { formatDateTime } from '../../lib/intl.ts';

/** Where the update check stands, in words. */
export function updateStatusLine(update: UpdateStatus, when: string, t: Translate): string {
  const version = update.version ?? '';
  switch (update.phase) {
    case 'off':
      return t('update.off');
    case 'idle':
      return t('update.idle');
    case 'checking':
      return t('update.checking');
    case 'up-to-date':
      return t('update.upToDate', { when });
    case 'available':
      return t(update.canInstall ? 'update.available' : 'update.availableElsewhere', { version });
    case 'downloading':
      return t('update.downloading', { version, percent: update.percent ?? 0 });
    case 'downloaded':
      return t('update.downloaded', { version });
    case 'install-failed':
      return t('update.installFailed', { version });
    case 'failed':
      return t('update.failed', { when });
    case 'unsupported':
      return t('update.unsupported');
  }
}

/**
 * Settings › About: the update check and the user's next step — download
 * and install, restart, or (for a deb) the release page.
 */
export function UpdateStatusView() {
  const { snapshot, t, api, request } = useUi();
  const update = snapshot.update;
  if (!update) return null;
  const when =
    update.lastCheckAt === null
      ? ''
      : formatDateTime(Date.parse(update.lastCheckAt), snapshot.zone, snapshot.locale);
  const canCheck = !['off', 'checking', 'downloading', 'downloaded', 'unsupported'].includes(
    update.phase,
  );
  // Always a way to get a new version by hand: a deb has no other, and a download
  // can fail (on macOS an ad-hoc signed copy cannot replace itself).
  const offersReleasePage =
    update.releasePage !== null &&
    (update.phase === 'available' ||
      update.phase === 'install-failed' ||
      update.phase === 'failed');
  return (
    <div className="update-status">
      <p role="status" className="hint" data-update-phase={update.phase}>
        {updateStatusLine(update, when, t)}
      </p>
      <div className="actions">
        {update.phase === 'available' && update.canInstall && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => void request(api.downloadUpdate())}
          >
            {t('update.download')}
          </button>
        )}
        {update.phase === 'downloaded' && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => void request(api.installUpdate())}
          >
            {t('update.restart')}
          </button>
        )}
        {offersReleasePage && (
          <button
            type="button"
            className="button"
            onClick={() => void request(api.openReleasePage())}
          >
            {t('update.releasePage')}
          </button>
        )}
        {canCheck && (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => void request(api.checkForUpdates())}
          >
            {t('update.checkNow')}
          </button>
        )}
      </div>
    </div>
  );
}
