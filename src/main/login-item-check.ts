import { powerMonitor } from 'electron';
import type { NoticeKind } from '../shared/ipc.ts';
import { checkStartAtLogin, type LoginItemEnvironment } from './login-item.ts';
import type { AppState } from './state/app-state.ts';

const DRIFT_NOTICES = {
  missing: 'login-item-missing',
  unexpected: 'login-item-unexpected',
} as const satisfies Record<string, NoticeKind>;

/**
 * Keeps "Start at login" honest: on every launch and after resume the
 * setting is compared with the OS (login item, or the XDG autostart entry,
 * rewritten for a new AppImage), and a difference is shown as a notice the
 * user can resolve either way. Another tool, the system settings or a
 * deleted file can change the OS side behind the app's back.
 * Returns the check, for a re-check after the user acted.
 */
export function setupLoginItemCheck(
  state: AppState,
  environment: LoginItemEnvironment,
): () => void {
  const check = () => {
    let drift: ReturnType<typeof checkStartAtLogin>;
    try {
      drift = checkStartAtLogin(state.data.settings.startAtLogin, environment);
    } catch (error) {
      console.error('Start at login could not be checked', error);
      return;
    }
    for (const [kind, notice] of Object.entries(DRIFT_NOTICES)) {
      if (kind === drift) {
        if (!state.hasNotice(notice)) state.addTransientNotice(notice);
      } else if (state.hasNotice(notice)) state.dismissTransientNotice(notice);
    }
  };
  check();
  powerMonitor.on('resume', check);
  // A change of the setting (window, tray) applies it to the OS: clear a notice that no longer holds.
  state.on('changed', () => {
    if (Object.values(DRIFT_NOTICES).some((notice) => state.hasNotice(notice))) check();
  });
  return check;
}
