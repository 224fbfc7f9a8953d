import { type RefObject, useEffect, useRef, useState } from 'react';
import type { ChecklistView, IpcResult, StateSnapshot } from '../../../shared/ipc.ts';
import { useUi } from '../../hooks/ui-context.ts';
import { deadlineWords } from '../../lib/status-words.ts';
import { ConfirmButton } from '../confirm-button.tsx';
import { ViewHeading } from '../view-heading.tsx';
import { FileOperations } from './file-operations.tsx';

interface Pack {
  packId: string;
  packName: string;
  fileName: string;
  count: number;
}

function packsOf(views: readonly ChecklistView[]): Pack[] {
  const packs = new Map<string, Pack>();
  for (const { origin } of views) {
    if (origin.kind !== 'pack') continue;
    const pack = packs.get(origin.packId) ?? { ...origin, count: 0 };
    pack.count += 1;
    packs.set(origin.packId, pack);
  }
  return [...packs.values()];
}

/** The user's own checklists, imported packs, and moving data in and out. */
export default function YourChecklists() {
  const { snapshot, t, api, change, navigate } = useUi();
  const custom = snapshot.checklists.filter((view) => view.origin.kind === 'custom');
  const packs = packsOf(snapshot.checklists);
  const customHeading = useRef<HTMLHeadingElement>(null);
  const packsHeading = useRef<HTMLHeadingElement>(null);
  // A new object per removal, so the effect runs once for each.
  const [removed, setRemoved] = useState<{ heading: RefObject<HTMLHeadingElement | null> } | null>(
    null,
  );
  useEffect(() => {
    removed?.heading.current?.focus();
  }, [removed]);
  // The row (and the button that had focus) goes with the removal: focus
  // moves to the list's heading once it has rendered, not to <body>.
  const remove = async (
    call: Promise<IpcResult<StateSnapshot>>,
    heading: RefObject<HTMLHeadingElement | null>,
  ) => {
    const result = await change(call);
    if (result.ok) setRemoved({ heading });
  };
  return (
    <section className="view" aria-labelledby="yours-heading">
      <ViewHeading id="yours-heading">{t('yours.heading')}</ViewHeading>

      <section aria-labelledby="custom-heading" className="settings__group">
        <h2 id="custom-heading" ref={customHeading} tabIndex={-1}>
          {t('yours.custom')}
        </h2>
        {custom.length === 0 ? (
          <p>{t('yours.noCustom')}</p>
        ) : (
          <ul className="plain-list">
            {custom.map((view) => {
              const { checklist } = view;
              const title = checklist.title[snapshot.locale];
              return (
                <li key={checklist.id} className="row">
                  <span className="row__text">
                    <strong>{title}</strong> · {checklist.organisation} ·{' '}
                    {deadlineWords(view, snapshot, t)}
                  </span>
                  <span className="actions">
                    <button
                      type="button"
                      className="button"
                      aria-label={t('yours.editNamed', { title })}
                      onClick={() => navigate({ name: 'edit', id: checklist.id })}
                    >
                      {t('yours.edit')}
                    </button>
                    <ConfirmButton
                      label={t('yours.delete')}
                      question={t('yours.deleteQuestion', { title })}
                      onConfirm={() =>
                        void remove(api.deleteCustomChecklist(checklist.id), customHeading)
                      }
                    />
                  </span>
                </li>
              );
            })}
          </ul>
        )}
        <button
          type="button"
          className="button button--primary"
          onClick={() => navigate({ name: 'edit', id: null })}
        >
          {t('yours.add')}
        </button>
      </section>

      <section aria-labelledby="packs-heading" className="settings__group">
        <h2 id="packs-heading" ref={packsHeading} tabIndex={-1}>
          {t('yours.packs')}
        </h2>
        {packs.length === 0 ? (
          <p>{t('yours.noPacks')}</p>
        ) : (
          <ul className="plain-list">
            {packs.map((pack) => (
              <li key={pack.packId} className="row">
                <span className="row__text">
                  {t('yours.packLine', {
                    name: pack.packName,
                    file: pack.fileName,
                    count: pack.count,
                  })}
                </span>
                <ConfirmButton
                  label={t('yours.removePack')}
                  question={t('yours.removePackQuestion', { name: pack.packName })}
                  onConfirm={() => void remove(api.removePack(pack.packId), packsHeading)}
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      <FileOperations />
    </section>
  );
}
