import { describe, expect, it, vi } from 'vitest';
import { createTrayCommands } from '../../../src/main/tray/tray-commands.ts';
import type { UpdateService } from '../../../src/main/update/update-service.ts';
import { makeChecklist } from '../../shared/support/fixtures.ts';
import { createTestAppState } from '../../support/app-state.ts';

const NOW = Date.parse('2026-11-24T15:30:00+01:00');

function setup(
  options: { setLoginItem?: (enabled: boolean) => void; updates?: UpdateService | null } = {},
) {
  const app = createTestAppState({ now: NOW });
  const opened: (string | undefined)[] = [];
  const quit = vi.fn();
  const openAbout = vi.fn();
  const log = vi.fn();
  const setLoginItem = vi.fn(options.setLoginItem ?? (() => {}));
  const run = createTrayCommands({
    state: app.state,
    openWindow: (checklistId) => opened.push(checklistId),
    openAbout,
    updates: () => options.updates ?? null,
    setLoginItem,
    quit,
    log,
  });
  return { ...app, run, opened, openAbout, quit, log, setLoginItem };
}

describe('tray commands', () => {
  it('opens the window, at a checklist when a line names one', () => {
    const { run, opened } = setup();
    run({ kind: 'open' });
    run({ kind: 'open-checklist', checklistId: 'linkedin-ai-training' });
    expect(opened).toEqual([undefined, 'linkedin-ai-training']);
  });

  it('snoozes all reminders until the chosen end, and resumes them', () => {
    const { run, state } = setup();
    run({ kind: 'snooze-all', preset: 'tomorrow-9' });
    expect(state.data.settings.snoozeAllUntil).toBe('2026-11-25T08:00:00.000Z');
    run({ kind: 'snooze-all', preset: 'off' });
    expect(state.data.settings.snoozeAllUntil).toBeNull();
  });

  it('ends "Snooze all" at the last reminder before a deadline it would hide', () => {
    const { run, state } = setup();
    state.update((data) => ({
      ...data,
      customChecklists: [makeChecklist('soon', { deadline: '2026-11-29T15:30:00+01:00' })],
    }));
    run({ kind: 'snooze-all', preset: '1w' });
    // Deadline minus the 2-hour lead time, not 1 December.
    expect(state.data.settings.snoozeAllUntil).toBe('2026-11-29T12:30:00.000Z');
  });

  it('toggles the pause by what the tray shows: an expired pause counts as not paused', () => {
    const { run, state } = setup();
    run({ kind: 'toggle-pause' });
    expect(state.data.settings.paused).toBe(true);
    run({ kind: 'toggle-pause' });
    expect(state.data.settings.paused).toBe(false);
    state.update((data) => ({
      ...data,
      settings: { ...data.settings, paused: { until: '2026-11-01T00:00:00.000Z' } },
    }));
    run({ kind: 'toggle-pause' });
    expect(state.data.settings.paused).toBe(true);
  });

  it('changes start at login in the OS and then in the settings', () => {
    const { run, state, setLoginItem } = setup();
    run({ kind: 'toggle-start-at-login' });
    expect(setLoginItem.mock.calls).toEqual([[true]]);
    expect(state.data.settings.startAtLogin).toBe(true);
  });

  it('keeps the setting and logs when the OS refuses start at login', () => {
    const { run, state, log } = setup({
      setLoginItem: () => {
        throw new Error('EACCES');
      },
    });
    run({ kind: 'toggle-start-at-login' });
    expect(state.data.settings.startAtLogin).toBe(false);
    expect(log).toHaveBeenCalledWith('Start at login could not be changed', expect.any(Error));
  });

  it('opens About', () => {
    const { run, openAbout, opened } = setup();
    run({ kind: 'about' });
    expect(openAbout).toHaveBeenCalledTimes(1);
    expect(opened).toEqual([]);
  });

  it('quits', () => {
    const { run, quit } = setup();
    run({ kind: 'quit' });
    expect(quit).toHaveBeenCalledTimes(1);
  });

  it('the new-version line restarts into a downloaded update, and otherwise opens About', () => {
    let phase = 'available';
    const install = vi.fn(async () => {});
    // Only what the command reads of the service.
    const updates = { status: () => ({ phase }), install } as unknown as UpdateService;
    const { run, openAbout } = setup({ updates });
    run({ kind: 'update' });
    expect(openAbout).toHaveBeenCalledTimes(1);
    expect(install).not.toHaveBeenCalled();
    phase = 'downloaded';
    run({ kind: 'update' });
    expect(install).toHaveBeenCalledTimes(1);
    expect(openAbout).toHaveBeenCalledTimes(1);
  });
});
