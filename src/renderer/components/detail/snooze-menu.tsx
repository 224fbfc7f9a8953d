import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { type SnoozePreset, snoozePresets } from '../../../shared/constants.ts';
import type { ChecklistView } from '../../../shared/ipc.ts';
import { useUi } from '../../hooks/ui-context.ts';

/** `off` is offered as "Stop snoozing" only while snoozed. */
const PRESETS = snoozePresets.filter((preset) => preset !== 'off');

/**
 * A disclosure with the snooze choices. A plain list of buttons rather than
 * role="menu": it needs no extra keyboard model and reads well everywhere.
 */
export function SnoozeMenu({ view }: { view: ChecklistView }) {
  const { snapshot, t, api, change } = useUi();
  const [isOpen, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const isSnoozed = view.snoozedUntil !== null && view.snoozedUntil > snapshot.now;

  const pick = (preset: SnoozePreset) => {
    setOpen(false);
    toggle.current?.focus();
    void change(api.snooze(view.checklist.id, preset));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !isOpen) return;
    setOpen(false);
    toggle.current?.focus();
  };
  return (
    <div className="snooze">
      <button
        ref={toggle}
        type="button"
        className="button"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onKeyDown={onKeyDown}
        onClick={() => setOpen(!isOpen)}
      >
        {t('snooze.toggle')}
      </button>
      <ul id={panelId} className="snooze__choices" hidden={!isOpen}>
        {PRESETS.map((preset) => (
          <li key={preset}>
            <button
              type="button"
              className="button button--quiet"
              onKeyDown={onKeyDown}
              onClick={() => pick(preset)}
            >
              {t(`snooze.${preset}`)}
            </button>
          </li>
        ))}
        {isSnoozed && (
          <li>
            <button
              type="button"
              className="button button--quiet"
              onKeyDown={onKeyDown}
              onClick={() => pick('off')}
            >
              {t('snooze.off')}
            </button>
          </li>
        )}
      </ul>
    </div>
  );
}
