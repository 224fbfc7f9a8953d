import { translate } from '../../shared/i18n/index.ts';
import type { OptoutApi } from '../../shared/ipc.ts';
import { useAppState } from '../hooks/use-app-state.ts';
import { ChecklistList } from './checklist-list.tsx';

export function App({ api }: { api: OptoutApi | undefined }) {
  const state = useAppState(api);
  if (state.status === 'loading')
    return (
      <main className="app" aria-busy="true">
        <p>{translate('en', 'list.loading')}</p>
      </main>
    );
  if (state.status === 'error')
    return (
      <main className="app">
        <p role="alert">{state.error?.message ?? translate('en', 'error.unavailable')}</p>
      </main>
    );
  const { snapshot } = state;
  return (
    <main className="app" lang={snapshot.locale}>
      <h1>{translate(snapshot.locale, 'list.heading')}</h1>
      <ChecklistList checklists={snapshot.checklists} locale={snapshot.locale} />
    </main>
  );
}
