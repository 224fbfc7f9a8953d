import type { ChecklistView } from '../../../shared/ipc.ts';
import { useUi } from '../../hooks/ui-context.ts';
import { formatDateTime } from '../../lib/intl.ts';

/** Says plainly when a checklist is not one of the app's own reviewed entries. */
export function OriginNote({ view }: { view: ChecklistView }) {
  const { snapshot, t } = useUi();
  const { origin } = view;
  if (origin.kind === 'builtin') return null;
  if (origin.kind === 'custom') return <p className="origin-note">{t('origin.custom')}</p>;
  if (origin.kind === 'feed') {
    if (origin.isWithdrawn) return <p className="origin-note">{t('origin.withdrawnNote')}</p>;
    if (origin.isProject) return <p className="origin-note">{t('origin.projectFeed')}</p>;
    const trust = t(origin.isSigned ? 'feeds.signed' : 'feeds.unsigned', { host: origin.host });
    return <p className="origin-note">{t('origin.feed', { trust })}</p>;
  }
  return (
    <p className="origin-note">
      {t('origin.pack', {
        name: origin.packName,
        file: origin.fileName,
        date: formatDateTime(Date.parse(origin.importedAt), snapshot.zone, snapshot.locale),
      })}
    </p>
  );
}
