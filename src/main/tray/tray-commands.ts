import { isPausedAt } from '../../shared/settings/paused.ts';
import * as actions from '../state/actions.ts';
import type { AppState } from '../state/app-state.ts';
import { cappedSnoozeEnd } from '../state/snooze.ts';
import { applyStartAtLogin } from '../state/start-at-login.ts';
import type { UpdateService } from '../update/update-service.ts';
import type { TrayCommand } from './tray-view.ts';

export interface TrayCommandDependencies {
  state: AppState;
  openWindow(checklistId?: string): void;
  /** Shows the window at Settings › About. */
  openAbout(): void;
  /** The update check, once loaded. */
  updates(): UpdateService | null;
  setLoginItem(enabled: boolean): void;
  quit(): void;
  log(message: string, error: unknown): void;
}

/** What each tray menu line does. A failure is logged: the tray has nowhere to show it. */
export function createTrayCommands(dependencies: TrayCommandDependencies) {
  const { state, openWindow, openAbout, updates, setLoginItem, quit, log } = dependencies;
  return function runTrayCommand(command: TrayCommand): void {
    const { settings } = state.data;
    switch (command.kind) {
      case 'open':
        openWindow();
        return;
      case 'open-checklist':
        openWindow(command.checklistId);
        return;
      case 'snooze-all': {
        const clock = { now: state.now(), zone: state.zone() };
        state.tryUpdate((data) =>
          actions.snoozeAll(data, cappedSnoozeEnd(data, command.preset, clock)),
        );
        return;
      }
      case 'toggle-pause': {
        const paused = !isPausedAt(settings, state.now());
        state.tryUpdate((data) => actions.updateSettings(data, { paused }));
        return;
      }
      case 'toggle-start-at-login': {
        const enabled = !settings.startAtLogin;
        try {
          applyStartAtLogin(enabled, settings.startAtLogin, setLoginItem, () =>
            state.update((data) => actions.updateSettings(data, { startAtLogin: enabled })),
          );
        } catch (error) {
          log('Start at login could not be changed', error);
        }
        return;
      }
      case 'about':
        openAbout();
        return;
      case 'update': {
        // Downloaded: restart into the new version. Otherwise About shows it with its buttons.
        const service = updates();
        if (service?.status().phase === 'downloaded')
          service.install().catch((error: unknown) => log('The update could not start', error));
        else openAbout();
        return;
      }
      case 'quit':
        quit();
        return;
    }
  };
}
