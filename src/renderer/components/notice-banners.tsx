import type { MessageKey } from '../../shared/i18n/index.ts';
import type { NoticeKind } from '../../shared/ipc.ts';
import { decodeSalvageDetail, describeSalvage } from '../../shared/store-salvage.ts';
import { useUi } from '../hooks/ui-context.ts';

const MESSAGES: Record<NoticeKind, MessageKey> = {
  'store-quarantined': 'notice.storeQuarantined',
  'store-salvaged': 'notice.storeSalvaged',
  'store-read-only': 'notice.storeReadOnly',
  'store-newer-version': 'notice.storeNewerVersion',
  'store-write-failed': 'notice.storeWriteFailed',
  'notification-failed': 'notice.notificationFailed',
  'notification-failed-macos': 'notice.notificationFailedMacos',
  'notifications-unsupported': 'notice.notificationsUnsupported',
  'login-item-missing': 'notice.loginItemMissing',
  'login-item-unexpected': 'notice.loginItemUnexpected',
  'zone-unknown': 'notice.zoneUnknown',
};

/** Start-at-login drift: resolve it either way, in one click. */
const LOGIN_ITEM_CHOICES: Partial<Record<NoticeKind, [MessageKey, boolean][]>> = {
  'login-item-missing': [
    ['notice.loginItemRestore', true],
    ['notice.loginItemLeaveOff', false],
  ],
  'login-item-unexpected': [
    ['notice.loginItemKeep', true],
    ['notice.loginItemSwitchOff', false],
  ],
};

/** Banners main raised (a set-aside data file, failed notifications…), each dismissable. */
export function NoticeBanners() {
  const { snapshot, t, change, api } = useUi();
  return (
    <section aria-label={t('notice.label')} aria-live="polite" className="notices">
      {snapshot.notices.map((notice) => (
        <div key={notice.kind} className="banner banner--notice">
          {notice.kind === 'store-salvaged' ? (
            <SalvageText detail={notice.detail ?? ''} />
          ) : (
            <p className="banner__text">{t(MESSAGES[notice.kind])}</p>
          )}
          {notice.detail && notice.kind !== 'store-salvaged' && (
            <p className="banner__detail">
              {t(notice.kind === 'store-quarantined' ? 'notice.keptAt' : 'notice.detail')}{' '}
              <code className="path">{notice.detail}</code>
            </p>
          )}
          {LOGIN_ITEM_CHOICES[notice.kind]?.map(([label, enabled]) => (
            <button
              key={label}
              type="button"
              className="button"
              onClick={() => void change(api.applyStartAtLogin(enabled))}
            >
              {t(label)}
            </button>
          ))}
          <button
            type="button"
            className="button button--quiet"
            onClick={() => void change(api.dismissNotice(notice.kind))}
          >
            {t('common.dismiss')}
          </button>
        </div>
      ))}
    </section>
  );
}

/** What of a repaired data file was reset, and where the file as it was is kept. */
function SalvageText({ detail }: { detail: string }) {
  const { snapshot, t } = useUi();
  const salvage = decodeSalvageDetail(detail);
  if (!salvage)
    return <p className="banner__text">{t('notice.storeSalvaged', { what: detail })}</p>;
  return (
    <>
      <p className="banner__text">
        {t('notice.storeSalvaged', { what: describeSalvage(salvage, snapshot.locale, t) })}
      </p>
      <p className="banner__detail">
        {t('notice.salvageKeptAt')} <code className="path">{salvage.keptAt}</code>
      </p>
    </>
  );
}
