import { useEffect, useRef, useState } from 'react';
import type { AboutInfo } from '../../../shared/ipc.ts';
import { useUi } from '../../hooks/ui-context.ts';
import { UpdateStatusView } from './update-status.tsx';

/**
 * Settings › About: the version, the Electron and Chromium it runs on, where
 * data and log live, and "Copy diagnostics" for a bug report.
 */
export function AboutSection({ isTarget }: { isTarget: boolean }) {
  const { t, api, request } = useUi();
  const [about, setAbout] = useState<AboutInfo | null>(null);
  const [isCopied, setIsCopied] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const hasFocused = useRef(false);
  useEffect(() => {
    let isCurrent = true;
    void api.getAbout().then((result) => {
      if (isCurrent && result.ok) setAbout(result.value);
    });
    return () => {
      isCurrent = false;
    };
  }, [api]);
  const isLoaded = about !== null;
  // Opened from the tray's "About Opt-out Reminder": land on this section, once.
  useEffect(() => {
    if (!isTarget || !isLoaded || hasFocused.current) return;
    hasFocused.current = true;
    heading.current?.scrollIntoView?.({ block: 'start' });
    heading.current?.focus();
  }, [isTarget, isLoaded]);

  const copy = async () => {
    setIsCopied(false);
    const result = await request(api.copyDiagnostics());
    if (result.ok) setIsCopied(true);
  };
  const folders = about
    ? ([
        ['data', t('about.dataFolder'), about.dataFolder],
        ['logs', t('about.logFolder'), about.logFolder],
      ] as const)
    : [];
  return (
    <section aria-labelledby="about-heading" className="settings__group about">
      <h2 id="about-heading" ref={heading} tabIndex={-1}>
        {t('about.heading')}
      </h2>
      {about && (
        <>
          <p className="about__version">{t('about.version', { version: about.version })}</p>
          <p className="hint">
            {t('about.runtime', { electron: about.electron, chromium: about.chromium })}
          </p>
          <UpdateStatusView />
          <dl className="about__folders">
            {folders.map(([kind, label, path]) => (
              <div key={kind} className="about__folder">
                <dt id={`about-${kind}`}>{label}</dt>
                <dd>
                  {path === null ? (
                    t('about.noLog')
                  ) : (
                    <>
                      <code className="path">{path}</code>{' '}
                      <button
                        type="button"
                        className="button button--quiet"
                        aria-describedby={`about-${kind}`}
                        onClick={() => void request(api.openFolder(kind))}
                      >
                        {t('about.openFolder')}
                      </button>
                    </>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <button type="button" className="button" onClick={() => void copy()}>
        {t('about.copyDiagnostics')}
      </button>
      <p role="status" className="hint">
        {isCopied ? t('about.copied') : ''}
      </p>
    </section>
  );
}
