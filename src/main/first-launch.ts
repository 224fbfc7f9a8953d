import { isCountryCode } from '../shared/catalog/regions.ts';
import type { AppState } from './state/app-state.ts';

export interface FirstLaunchEnvironment {
  /** True in an installed build, false under `npm start`/`dev`. */
  isPackaged: boolean;
  /** `app.getLocaleCountryCode()`: the OS's country, '' when unknown. */
  countryCode: string;
  /** OS locales, most telling first (`app.getSystemLocale()`, then preferred languages). */
  locales: readonly string[];
}

/**
 * The user's country as the OS knows it: its country code, else the region
 * of the first locale that names one (`nl-NL` → `NL`; a bare `nl` names
 * none, and a language is no country). `null` when neither says.
 */
export function countryFromSystem(countryCode: string, locales: readonly string[]): string | null {
  const code = countryCode.trim().toUpperCase();
  if (isCountryCode(code)) return code;
  for (const tag of locales) {
    try {
      const region = new Intl.Locale(tag.replace('_', '-')).region;
      if (region && isCountryCode(region)) return region;
    } catch {
      // Not a BCP 47 tag (e.g. "C" or "POSIX"): try the next one.
    }
  }
  return null;
}

/**
 * Defaults a fresh install takes from the system, before anything is
 * planned: the country (shown in the welcome to confirm or change), and in
 * an installed build "Start at login" switched on — a tray app that is not
 * running after the next reboot reminds nobody. A fresh install is one
 * whose welcome is not finished and whose checklists were never seen.
 */
export function setupFirstLaunch(
  state: AppState,
  environment: FirstLaunchEnvironment,
  setStartAtLogin: (enabled: boolean) => void,
): void {
  const { settings, ui, progress } = state.data;
  const isFresh =
    ui.welcomeFinishedAt === null && Object.values(progress).every((entry) => !entry?.firstSeenAt);
  if (!isFresh) return;
  const country =
    settings.country ?? countryFromSystem(environment.countryCode, environment.locales);
  let startAtLogin = settings.startAtLogin;
  if (environment.isPackaged && !startAtLogin) {
    try {
      setStartAtLogin(true);
      startAtLogin = true;
    } catch (error) {
      console.error('Start at login could not be switched on', error);
    }
  }
  if (country === settings.country && startAtLogin === settings.startAtLogin) return;
  state.tryUpdate((data) => ({
    ...data,
    settings: { ...data.settings, country, startAtLogin },
  }));
}
