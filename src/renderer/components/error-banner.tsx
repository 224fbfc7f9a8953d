import type { IpcError } from '../../shared/ipc.ts';
import { useUi } from '../hooks/ui-context.ts';

/** The last failed request, with main's localized message and any details. */
export function ErrorBanner({
  error,
  onDismiss,
}: {
  error: IpcError | null;
  onDismiss: () => void;
}) {
  const { t } = useUi();
  return (
    <div role="alert" className={error ? 'banner banner--error' : 'visually-hidden'}>
      {error && (
        <>
          <p className="banner__text">{error.message}</p>
          {error.details && error.details.length > 0 && (
            <ul className="banner__details">
              {error.details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          )}
          <button type="button" className="button button--quiet" onClick={onDismiss}>
            {t('common.dismiss')}
          </button>
        </>
      )}
    </div>
  );
}
