import { type FormEvent, useId, useState } from 'react';
import type { FeedView } from '../../../shared/ipc.ts';
import { type Translate, useUi } from '../../hooks/ui-context.ts';
import { formatDateTime } from '../../lib/intl.ts';

/** "Last checked 24 Nov 2026, 10:00: no new deadlines." in plain words. */
export function feedStatusLine(feed: FeedView, zone: string, locale: 'en' | 'nl', t: Translate) {
  const check = feed.lastCheck;
  if (!check) return t('feeds.never');
  // An accepted feed that brought nothing new reads like one that had not changed.
  const isQuiet = check.outcome === 'updated' && !check.added && !check.changed && !check.withdrawn;
  let result = t(`feeds.outcome.${isQuiet ? 'up-to-date' : check.outcome}`, {
    added: check.added ?? 0,
    changed: check.changed ?? 0,
    withdrawn: check.withdrawn ?? 0,
  });
  if (check.skipped) result += ` ${t('feeds.outcome.skipped', { count: check.skipped })}`;
  return t('feeds.lastChecked', {
    when: formatDateTime(Date.parse(check.at), zone, locale),
    result,
  });
}

function feedName(feed: FeedView, t: Translate): string {
  if (feed.isProject) return t('feeds.project', { host: feed.host });
  return t(feed.isSigned ? 'feeds.signed' : 'feeds.unsigned', { host: feed.host });
}

/** Settings › New deadlines: consent, each feed's last check, Check now, organisation feeds. */
export function FeedSettings() {
  const { snapshot, t, api, change } = useUi();
  const [url, setUrl] = useState('');
  const [key, setKey] = useState('');
  const [isChecking, setChecking] = useState(false);
  const urlId = useId();
  const keyId = useId();
  const hasConsent = snapshot.settings.checkNewDeadlines;
  const checkNow = async () => {
    setChecking(true);
    try {
      await change(api.checkFeedsNow());
    } finally {
      setChecking(false);
    }
  };
  const subscribe = async (event: FormEvent) => {
    event.preventDefault();
    const result = await change(api.subscribeFeed({ url, publicKey: key.trim() || null }));
    if (result.ok) {
      setUrl('');
      setKey('');
    }
  };
  const busy = isChecking || snapshot.isCheckingFeeds;
  return (
    <section aria-labelledby="feeds-heading" className="settings__group">
      <h2 id="feeds-heading">{t('feeds.heading')}</h2>
      <ul className="plain-list feeds">
        {snapshot.feeds.map((feed) => (
          <li key={feed.id}>
            <strong>{feedName(feed, t)}</strong>
            <p className="hint" data-feed-status={feed.id}>
              {feedStatusLine(feed, snapshot.zone, snapshot.locale, t)}
            </p>
            {!feed.isProject && (
              <button
                type="button"
                className="button"
                onClick={() => void change(api.unsubscribeFeed(feed.id))}
              >
                {t('feeds.remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {hasConsent ? (
        <button type="button" className="button" disabled={busy} onClick={() => void checkNow()}>
          {busy ? t('feeds.checking') : t('feeds.checkNow')}
        </button>
      ) : (
        <p className="hint">{t('feeds.needsConsent')}</p>
      )}

      <form className="feed-form" onSubmit={(event) => void subscribe(event)}>
        <h3>{t('feeds.organisations')}</h3>
        <p className="hint">{t('feeds.organisationsHint')}</p>
        <div className="field">
          <label htmlFor={urlId}>{t('feeds.url')}</label>
          <input
            id={urlId}
            type="url"
            required
            value={url}
            onChange={(event) => setUrl(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={keyId}>{t('feeds.key')}</label>
          <input
            id={keyId}
            type="text"
            value={key}
            aria-describedby={`${keyId}-hint`}
            onChange={(event) => setKey(event.target.value)}
          />
          <p id={`${keyId}-hint`} className="hint">
            {t('feeds.keyHint')}
          </p>
        </div>
        <button type="submit" className="button">
          {t('feeds.add')}
        </button>
      </form>
    </section>
  );
}
