import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { translate } from '../../shared/i18n/index.ts';
import type { IpcError, IpcResult, OptoutApi, StateSnapshot } from '../../shared/ipc.ts';
import { type Ui, UiContext, type View } from '../hooks/ui-context.ts';
import type { ShowRequests } from '../lib/show-requests.ts';
import { ErrorBanner } from './error-banner.tsx';
import { ChecklistList } from './list/checklist-list.tsx';
import { NavBar } from './nav-bar.tsx';
import { NoticeBanners } from './notice-banners.tsx';
import { QuietBanner } from './quiet-banner.tsx';

// Everything but the list loads on demand: the first paint's JavaScript has a
// hard budget (80 KB gzip, React alone is most of it). The detail is fetched
// right after the first render so opening a checklist does not wait.
const loadDetail = () => import('./detail/checklist-detail.tsx');
const ChecklistDetail = lazy(loadDetail);
const SettingsView = lazy(() => import('./settings/settings-view.tsx'));
const YourChecklists = lazy(() => import('./custom/your-checklists.tsx'));
const CustomEditor = lazy(() => import('./custom/custom-editor.tsx'));
const Welcome = lazy(() => import('./welcome/welcome.tsx'));

interface ShellProps {
  api: OptoutApi;
  snapshot: StateSnapshot;
  apply: (snapshot: StateSnapshot) => void;
  showRequests: ShowRequests;
}

/** The window once the first snapshot is in: navigation, banners and the current view. */
export function Shell({ api, snapshot, apply, showRequests }: ShellProps) {
  const [view, setView] = useState<View>({ name: 'list' });
  const [hasNavigated, setHasNavigated] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  // A new paragraph per message, so the same words said twice are read twice.
  const [announcement, setAnnouncement] = useState({ text: '', count: 0 });
  const announce = useCallback(
    (text: string) => setAnnouncement((last) => ({ text, count: last.count + 1 })),
    [],
  );
  const { locale } = snapshot;

  const navigate = useCallback((next: View) => {
    setView(next);
    setHasNavigated(true);
  }, []);

  useEffect(
    () =>
      showRequests.subscribe((request) =>
        navigate(
          request.name === 'about'
            ? { name: 'settings', section: 'about' }
            : { name: 'detail', id: request.id },
        ),
      ),
    [showRequests, navigate],
  );
  useEffect(() => {
    // After the list has painted, not in its way.
    const timer = setTimeout(() => void loadDetail(), 300);
    return () => clearTimeout(timer);
  }, []);

  const ui = useMemo<Ui>(() => {
    const request = async <T,>(call: Promise<IpcResult<T>>) => {
      const result = await call;
      setError(result.ok ? null : result.error);
      return result;
    };
    return {
      snapshot,
      api,
      t: (key, params) => translate(locale, key, params),
      request,
      async change(call) {
        const result = await request(call);
        if (result.ok) apply(result.value);
        return result;
      },
      apply,
      navigate,
      hasNavigated,
      announce,
    };
  }, [snapshot, api, locale, apply, navigate, hasNavigated, announce]);

  const isWelcome = snapshot.welcome !== null;
  // "Get started" removes the welcome and its button: the list that replaces it is a
  // navigation, so its heading takes focus (not <body>).
  const [wasWelcome, setWasWelcome] = useState(isWelcome);
  if (wasWelcome !== isWelcome) {
    setWasWelcome(isWelcome);
    if (!isWelcome) setHasNavigated(true);
  }
  return (
    <UiContext value={ui}>
      <div className="app">
        {!isWelcome && <NavBar view={view} />}
        <NoticeBanners />
        {!isWelcome && <QuietBanner />}
        <ErrorBanner error={error} onDismiss={() => setError(null)} />
        <main className="app__main">
          <Suspense fallback={<p aria-busy="true">{ui.t('app.loadingView')}</p>}>
            {isWelcome ? <Welcome /> : <CurrentView view={view} />}
          </Suspense>
        </main>
        {/* In the page from the start: screen readers only read changes to a region they already know. */}
        <div id="announcer" aria-live="polite" aria-atomic="true" className="visually-hidden">
          {announcement.text && <p key={announcement.count}>{announcement.text}</p>}
        </div>
      </div>
    </UiContext>
  );
}

function CurrentView({ view }: { view: View }) {
  switch (view.name) {
    case 'list':
      return <ChecklistList focusId={view.focusId} />;
    case 'detail':
      return <ChecklistDetail id={view.id} />;
    case 'settings':
      return <SettingsView section={view.section} />;
    case 'yours':
      return <YourChecklists />;
    case 'edit':
      return <CustomEditor id={view.id} />;
  }
}
