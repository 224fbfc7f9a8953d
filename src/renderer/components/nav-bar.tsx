import type { MessageKey } from '../../shared/i18n/index.ts';
import { useUi, type View } from '../hooks/ui-context.ts';

const ITEMS: { name: 'list' | 'yours' | 'settings'; label: MessageKey }[] = [
  { name: 'list', label: 'nav.checklists' },
  { name: 'yours', label: 'nav.yours' },
  { name: 'settings', label: 'nav.settings' },
];

/** Which top-level section a view belongs to, for aria-current. */
function sectionOf(view: View): 'list' | 'yours' | 'settings' {
  if (view.name === 'settings') return 'settings';
  if (view.name === 'yours' || view.name === 'edit') return 'yours';
  return 'list';
}

export function NavBar({ view }: { view: View }) {
  const { t, navigate } = useUi();
  const current = sectionOf(view);
  return (
    <header className="nav-bar">
      <p className="nav-bar__name">{t('app.name')}</p>
      <nav aria-label={t('nav.label')}>
        <ul className="nav-bar__items">
          {ITEMS.map((item) => (
            <li key={item.name}>
              <button
                type="button"
                className="nav-bar__item"
                aria-current={current === item.name ? 'page' : undefined}
                onClick={() => navigate({ name: item.name })}
              >
                {t(item.label)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
