import { useState } from 'react';
import type { MessageKey } from '../../../shared/i18n/index.ts';
import type { FileOperationResult, IpcError, IpcResult } from '../../../shared/ipc.ts';
import { useUi } from '../../hooks/ui-context.ts';

type Operation = 'importPack' | 'exportData' | 'importData' | 'exportCalendar';

const OPERATIONS: { name: Operation; label: MessageKey; done: MessageKey }[] = [
  { name: 'importPack', label: 'files.importPack', done: 'files.importedPack' },
  { name: 'exportData', label: 'files.exportData', done: 'files.exported' },
  { name: 'importData', label: 'files.importData', done: 'files.importedData' },
  { name: 'exportCalendar', label: 'files.exportCalendar', done: 'files.exportedCalendar' },
];

type Outcome = { kind: 'done'; text: string } | { kind: 'error'; error: IpcError } | null;

/** Import/export and the calendar file. Main shows the file dialogs; this shows what happened. */
export function FileOperations() {
  const { t, api } = useUi();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const run = async (operation: (typeof OPERATIONS)[number]) => {
    setOutcome(null);
    const result: IpcResult<FileOperationResult> = await api[operation.name]();
    if (!result.ok) setOutcome({ kind: 'error', error: result.error });
    else if (result.value.status === 'cancelled')
      setOutcome({ kind: 'done', text: t('files.cancelled') });
    else {
      const { path, count = 0, keptCopy } = result.value;
      setOutcome({
        kind: 'done',
        text: keptCopy
          ? t('files.importedDataKept', { path, copy: keptCopy })
          : t(operation.done, { path, count }),
      });
    }
  };
  return (
    <section aria-labelledby="files-heading" className="settings__group">
      <h2 id="files-heading">{t('files.heading')}</h2>
      <div className="actions">
        {OPERATIONS.map((operation) => (
          <button
            key={operation.name}
            type="button"
            className="button"
            onClick={() => void run(operation)}
          >
            {t(operation.label)}
          </button>
        ))}
      </div>
      <div role="status">{outcome?.kind === 'done' && <p>{outcome.text}</p>}</div>
      <div role="alert">
        {outcome?.kind === 'error' && (
          <div className="banner banner--error">
            <p className="banner__text">{outcome.error.message}</p>
            {outcome.error.details && (
              <ul className="banner__details">
                {outcome.error.details.map((detail) => (
                  <li key={detail}>{detail}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
