import { useEffect, useState } from 'react';
import { translate } from '../../shared/i18n/index.ts';
import type { IpcResult, OptoutApi, StateSnapshot } from '../../shared/ipc.ts';
import { useAppState } from '../hooks/use-app-state.ts';
import { createShowRequests, type ShowRequests } from '../lib/show-requests.ts';
import { Shell } from './shell.tsx';

export function App({
  api,
  showRequests,
  firstState,
}: {
  api: OptoutApi | undefined;
  showRequests?: ShowRequests;
  /** The first getState() call, if the caller already started it. */
  firstState?: Promise<IpcResult<StateSnapshot>>;
}) {
  const { state, apply } = useAppState(api, firstState);
  const [requests] = useState(() => showRequests ?? createShowRequests(api));
  const locale = state.status === 'ready' ? state.snapshot.locale : 'en';
  // The document language drives screen-reader pronunciation and hyphenation.
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = translate(locale, 'app.name');
  }, [locale]);

  if (state.status === 'loading')
    return (
      <main className="app" aria-busy="true">
        <p>{translate('en', 'list.loading')}</p>
      </main>
    );
  if (state.status === 'error' || !api)
    return (
      <main className="app">
        <p role="alert">
          {(state.status === 'error' && state.error?.message) ||
            translate('en', 'error.unavailable')}
        </p>
      </main>
    );
  return <Shell api={api} snapshot={state.snapshot} apply={apply} showRequests={requests} />;
}
