import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { IpcError } from '../../../shared/ipc.ts';
import { useUi } from '../../hooks/ui-context.ts';
import {
  buildChecklist,
  type CustomDraft,
  customId,
  type DraftIssues,
  draftFromChecklist,
  draftIssues,
  emptyDraft,
} from '../../lib/custom-draft.ts';
import { ViewHeading } from '../view-heading.tsx';
import { StepFields } from './step-fields.tsx';
import { TextField } from './text-field.tsx';

/** Add or edit one of the user's own checklists. `id` null = a new one. */
export default function CustomEditor({ id }: { id: string | null }) {
  const { snapshot, t, api, apply, navigate } = useUi();
  const existing = id
    ? snapshot.checklists.find((view) => view.checklist.id === id && view.origin.kind === 'custom')
    : undefined;
  const [draft, setDraft] = useState<CustomDraft>(() =>
    existing
      ? draftFromChecklist(existing.checklist, snapshot.zone, snapshot.locale)
      : emptyDraft(),
  );
  const [issues, setIssues] = useState<DraftIssues>({});
  const [saveError, setSaveError] = useState<IpcError | null>(null);
  const [isSaving, setSaving] = useState(false);
  const [failedAttempts, setFailedAttempts] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  // After a failed check, take the user to the first problem rather than leaving them to search.
  useEffect(() => {
    if (failedAttempts > 0)
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [failedAttempts]);
  const set = (change: Partial<CustomDraft>) => setDraft((current) => ({ ...current, ...change }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = draftIssues(draft);
    setIssues(found);
    if (Object.keys(found).length > 0) {
      // An earlier refusal from main no longer describes this draft.
      setSaveError(null);
      setFailedAttempts((count) => count + 1);
      return;
    }
    const checklist = buildChecklist(draft, {
      id:
        existing?.checklist.id ??
        customId(
          draft.title,
          snapshot.checklists.map((v) => v.checklist.id),
        ),
      version: (existing?.checklist.version ?? 0) + 1,
      zone: snapshot.zone,
      now: snapshot.now,
      ...(existing ? { previous: existing.checklist } : {}),
    });
    setSaving(true);
    const result = await api.saveCustomChecklist(checklist);
    setSaving(false);
    if (!result.ok) {
      setSaveError(result.error);
      return;
    }
    apply(result.value);
    navigate({ name: 'detail', id: checklist.id });
  };

  return (
    <section className="view" aria-labelledby="editor-heading">
      <button
        type="button"
        className="button button--quiet back"
        onClick={() => navigate({ name: 'yours' })}
      >
        {t('editor.back')}
      </button>
      <ViewHeading id="editor-heading">
        {t(existing ? 'editor.editHeading' : 'editor.addHeading')}
      </ViewHeading>
      <p className="hint">{t('editor.intro')}</p>
      <form ref={form} className="editor" noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          label={t('editor.title')}
          value={draft.title}
          issue={issues.title}
          required
          onChange={(title) => set({ title })}
        />
        <TextField
          label={t('editor.organisation')}
          value={draft.organisation}
          issue={issues.organisation}
          required
          onChange={(organisation) => set({ organisation })}
        />
        <TextField
          label={t('editor.summary')}
          value={draft.summary}
          issue={issues.summary}
          multiline
          onChange={(summary) => set({ summary })}
        />
        <fieldset>
          <legend>{t('editor.deadline')}</legend>
          <p className="hint">{t('editor.deadlineHint', { zone: snapshot.zone })}</p>
          <div className="inline-fields">
            <TextField
              label={t('editor.date')}
              type="date"
              value={draft.date}
              issue={issues.date}
              onChange={(date) => set({ date })}
            />
            <TextField
              label={t('editor.time')}
              type="time"
              value={draft.time}
              issue={issues.time}
              onChange={(time) => set({ time })}
            />
          </div>
        </fieldset>
        <TextField
          label={t('editor.settingsUrl')}
          type="url"
          value={draft.settingsUrl}
          issue={issues.settingsUrl}
          hint={t('editor.httpsHint')}
          onChange={(settingsUrl) => set({ settingsUrl })}
        />
        <StepFields steps={draft.steps} issues={issues} onChange={(steps) => set({ steps })} />
        <div role="alert">
          {saveError && (
            <div className="banner banner--error">
              <p className="banner__text">{saveError.message}</p>
              {saveError.details && (
                <ul className="banner__details">
                  {saveError.details.map((detail) => (
                    <li key={detail}>{detail}</li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </div>
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={isSaving}>
            {t('editor.save')}
          </button>
          <button type="button" className="button" onClick={() => navigate({ name: 'yours' })}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
