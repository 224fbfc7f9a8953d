import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * How the stand-in presents the machine. In a child process the driver sets
 * these through OPTOUT_STANDIN_* environment variables (read here, never by
 * the app); in-process tests call `configure()`.
 */
export interface StandInConfig {
  userDataDir: string;
  systemLanguages: string[];
  notificationsSupported: boolean;
  /** When set, every notification fails with this error (like an unsigned macOS app). */
  notificationFailure: string | null;
  /** In a child process, quitting ends the process; in unit tests it only records. */
  exitOnQuit: boolean;
  appVersion: string;
  /** What `app.getAppPath()` returns (where package.json is read): the working directory by default. */
  appPath: string;
  /** What `app.getLocaleCountryCode()` answers ('' = unknown, as Electron does). */
  localeCountryCode: string;
  /** `app.isPackaged`: an installed build rather than `npm start`. */
  isPackaged: boolean;
}

function fromEnvironment(): StandInConfig {
  const env = process.env;
  return {
    userDataDir: env.OPTOUT_STANDIN_USER_DATA ?? mkdtempSync(join(tmpdir(), 'optout-standin-')),
    systemLanguages: (env.OPTOUT_STANDIN_LANGUAGES ?? 'en-US').split(',').filter(Boolean),
    notificationsSupported: env.OPTOUT_STANDIN_NOTIFICATIONS !== 'unsupported',
    notificationFailure: env.OPTOUT_STANDIN_NOTIFICATIONS === 'failing' ? 'not permitted' : null,
    exitOnQuit: env.OPTOUT_STANDIN_EXIT_ON_QUIT === '1',
    // Like Electron: the version in the app's package.json.
    appVersion: JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')).version,
    appPath: env.OPTOUT_STANDIN_APP_PATH ?? process.cwd(),
    localeCountryCode: env.OPTOUT_STANDIN_COUNTRY ?? '',
    isPackaged: env.OPTOUT_STANDIN_PACKAGED === '1',
  };
}

export const config: StandInConfig = fromEnvironment();

export function configure(changes: Partial<StandInConfig>): void {
  Object.assign(config, changes);
}
