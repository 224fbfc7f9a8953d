/**
 * App updates, the way users asked for them. Nothing is fetched until the
 * user agreed (settings.checkAppUpdates); then at most one check a day,
 * riding on the scheduler's one timer like the catalog feed. A new version
 * is shown in the tray and Settings › About and announced with one
 * notification per version (never daily, not in quiet hours or while
 * paused); it is downloaded and installed only when the user says so, and
 * the app restarts when they choose. A deb install links to the release
 * page instead. electron-updater itself is loaded on the first check.
 */
import { DAY_MS } from '../../shared/constants.ts';
import type { UpdateStatus } from '../../shared/ipc.ts';
import { isInQuietHours, quietWindow, zoneClock } from '../../shared/reminders/index.ts';
import { isPausedAt } from '../../shared/settings/paused.ts';
import { log } from '../log.ts';
import type { AppState } from '../state/app-state.ts';
import { UserFacingError } from '../state/errors.ts';
import { type UpdateCheck, updateCheckSchema } from '../store/schema.ts';
import { canSelfUpdate, type InstallKind, isNewerVersion } from './release.ts';

/** At most one check per day, across restarts, whatever the last one came to. */
export const UPDATE_CHECK_EVERY_MS = DAY_MS;

/**
 * How long a check may take. electron-updater has a time-out of its own,
 * but it waits for a `socket` event that Electron's `net` requests never
 * emit: a server that accepts the connection and never answers would keep
 * the check (and Settings' "Looking for a new version…") going until the
 * app quits.
 */
export const UPDATE_CHECK_TIMEOUT_MS = 60_000;

/** What the service needs of electron-updater (see electron-updater.ts). */
export interface Updater {
  /** Null when the updater is inactive for this copy (not packaged, an AppImage run unpacked). */
  checkForUpdates(): Promise<{ isUpdateAvailable: boolean; version: string } | null>;
  /** Forgets a check that did not end in time, so the next one asks again instead of waiting for it. */
  abandonCheck(): void;
  downloadUpdate(onProgress: (percent: number) => void): Promise<void>;
  quitAndInstall(): void;
  /**
   * Errors the updater reports outside a call: on macOS the OS checks the
   * downloaded update's signature after the download, and refuses one that
   * is not signed by the same developer (always so for an ad-hoc signature).
   */
  onError(listener: (error: unknown) => void): void;
}

export interface UpdateServiceOptions {
  state: AppState;
  /** This app's version (package.json). */
  currentVersion: string;
  installKind: InstallKind;
  /** The release page of a version (or of the latest): from electron-builder's publish config. */
  releasePage(version: string | null): string | null;
  /** Loads and configures electron-updater (a dynamic import). */
  loadUpdater(): Promise<Updater>;
  /** Shows the notification for a new version: once per version, ever. */
  announce(version: string, canInstall: boolean): void;
}

/** A short, content-free name for what went wrong: an error code, never a message or URL. */
export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const name = typeof code === 'string' ? code : error instanceof Error ? error.name : 'Error';
  return /^[A-Za-z0-9_.-]{1,64}$/.test(name) ? name : 'Error';
}

export class UpdateService {
  readonly #options: UpdateServiceOptions;
  readonly #canInstall: boolean;
  #updater: Promise<Updater> | null = null;
  #inFlight: Promise<void> | null = null;
  /** The version electron-updater found in this run (it downloads only what it found). */
  #foundThisRun: string | null = null;
  #download: { version: string; percent: number; isDone: boolean } | null = null;
  #downloading: Promise<void> | null = null;
  /** A version that was downloaded but could not be installed: only the release page is left. */
  #notInstallable: string | null = null;
  /**
   * This run's last check, saved or not: a check whose result cannot be
   * saved (read-only store, a file that cannot be replaced) is still not
   * due again for a day.
   */
  #checkThisRun: UpdateCheck | null = null;
  /** A version whose announcement could not be saved: not tried again this run. */
  #unsavedAnnouncement: string | null = null;

  constructor(options: UpdateServiceOptions) {
    this.#options = options;
    this.#canInstall = canSelfUpdate(options.installKind);
  }

  get isChecking(): boolean {
    return this.#inFlight !== null;
  }

  #hasConsent(): boolean {
    return this.#options.state.data.settings.checkAppUpdates;
  }

  #lastCheck(): UpdateCheck | null {
    return this.#checkThisRun ?? this.#options.state.data.updates.lastCheck;
  }

  /**
   * A newer version the last check found, if any. A failed check keeps the
   * version found before it (see `#run`): a server that is down for a day, or
   * a laptop that woke before its network, takes nothing off offer.
   */
  #available(): string | null {
    const last = this.#lastCheck();
    if ((last?.outcome !== 'available' && last?.outcome !== 'failed') || !last.version) return null;
    return isNewerVersion(last.version, this.#options.currentVersion) ? last.version : null;
  }

  status(): UpdateStatus {
    const last = this.#lastCheck();
    const available = this.#available();
    const base = {
      version: this.#download?.version ?? available,
      percent: this.#download && !this.#download.isDone ? this.#download.percent : null,
      canInstall: this.#canInstall,
      releasePage: this.#options.releasePage(this.#download?.version ?? available),
      lastCheckAt: last?.at ?? null,
    };
    // A downloaded update stays ready to install, consent or not: the user asked for it.
    if (this.#download?.isDone) return { ...base, phase: 'downloaded' };
    if (!this.#hasConsent()) return { ...base, phase: 'off' };
    if (this.#download) return { ...base, phase: 'downloading' };
    if (this.#inFlight) return { ...base, phase: 'checking' };
    if (available && available === this.#notInstallable)
      return { ...base, phase: 'install-failed' };
    if (available) return { ...base, phase: 'available' };
    if (!last) return { ...base, phase: 'idle' };
    if (last.outcome === 'failed' || last.outcome === 'unsupported')
      return { ...base, phase: last.outcome };
    return { ...base, phase: 'up-to-date' };
  }

  /** The next instant a check is due; null without consent (nothing is ever due then). */
  nextCheckAt(): number | null {
    if (!this.#hasConsent()) return null;
    const last = this.#lastCheck();
    if (!last) return Number.NEGATIVE_INFINITY;
    const at = Date.parse(last.at);
    // A clock that went back: check once now rather than wait for the old time to come again.
    if (Number.isNaN(at) || at > this.#options.state.now()) return Number.NEGATIVE_INFINITY;
    return at + UPDATE_CHECK_EVERY_MS;
  }

  /**
   * Called on every scheduler wake-up: announces a version found earlier
   * once quiet hours or a pause are over, starts a check that is due, and
   * returns when the next one is. No timer of its own.
   */
  onWake(): number | null {
    this.#announceIfDue();
    const next = this.nextCheckAt();
    if (next === null) return null;
    if (next <= this.#options.state.now()) {
      if (!this.#inFlight) void this.#run();
      return null;
    }
    return next;
  }

  /** Checks now (Settings › Check now); needs consent too. */
  checkNow(): Promise<void> {
    if (!this.#hasConsent()) return Promise.resolve();
    return this.#inFlight ?? this.#run();
  }

  #loadUpdater(): Promise<Updater> {
    this.#updater ??= this.#options.loadUpdater().then((updater) => {
      updater.onError((error) => this.#onLateError(error));
      return updater;
    });
    // A failed load may succeed later (it is retried on the next check).
    this.#updater.catch(() => {
      this.#updater = null;
    });
    return this.#updater;
  }

  #run(): Promise<void> {
    const { state, currentVersion } = this.#options;
    const run = (async () => {
      // Asynchronous from the start, so `#inFlight` is set before anything can re-enter.
      await Promise.resolve();
      state.markChanged();
      let check: UpdateCheck;
      try {
        // A development run or an unpacked folder has nothing to update: electron-updater
        // would ask nothing either, so it is not even loaded.
        const result =
          this.#options.installKind === 'unpackaged'
            ? null
            : await withinTime(await this.#loadUpdater());
        const at = new Date(state.now()).toISOString();
        if (!result) check = { at, outcome: 'unsupported' };
        else {
          const version = versionOf(result);
          const isNewer = result.isUpdateAvailable && isNewerVersion(version, currentVersion);
          check = { at, outcome: isNewer ? 'available' : 'up-to-date', version };
          // A version the store cannot hold (e.g. longer than 64 characters) is a failed check.
          if (!updateCheckSchema.safeParse(check).success)
            check = { at, outcome: 'failed', error: 'invalid-version' };
          else if (isNewer) this.#foundThisRun = version;
        }
      } catch (error) {
        const found = this.#available();
        check = {
          at: new Date(state.now()).toISOString(),
          outcome: 'failed',
          error: errorCode(error),
          // What an earlier check found stays on offer.
          ...(found ? { version: found } : {}),
        };
      } finally {
        this.#inFlight = null;
      }
      // Versions and an error code only: no address, nothing about the user.
      log.info('update check', { current: currentVersion, ...check });
      this.#checkThisRun = check;
      if (!state.tryUpdate((data) => ({ ...data, updates: { ...data.updates, lastCheck: check } })))
        state.markChanged();
      this.#announceIfDue();
    })();
    this.#inFlight = run;
    return run;
  }

  /** An error after the download (see Updater.onError): that version is left to the release page. */
  #onLateError(error: unknown): void {
    const download = this.#download;
    if (!download?.isDone) return;
    log.warn('update install failed', { version: download.version, error: errorCode(error) });
    this.#download = null;
    this.#notInstallable = download.version;
    this.#options.state.markChanged();
  }

  /** One notification per version: not while paused, not in quiet hours, not with notifications off. */
  #announceIfDue(): void {
    const { state } = this.#options;
    const version = this.#available();
    const { settings, updates } = state.data;
    if (!version || !this.#hasConsent() || updates.announcedVersion === version) return;
    if (version === this.#unsavedAnnouncement) return;
    const now = state.now();
    if (!settings.notificationsEnabled || isPausedAt(settings, now)) return;
    if (isInQuietHours(zoneClock(state.zone()), quietWindow(settings.quietHours), now)) return;
    if (
      !state.tryUpdate((data) => ({
        ...data,
        updates: { ...data.updates, announcedVersion: version },
      }))
    ) {
      // Announced only once it is saved (never daily); not tried again on every wake-up.
      this.#unsavedAnnouncement = version;
      return;
    }
    log.info('update announced', { version });
    this.#options.announce(version, this.#canInstall);
  }

  /**
   * Downloads the version found (the user pressed Download and install); it
   * is installed when they restart (now, or at the next quit).
   */
  download(): Promise<void> {
    const version = this.#available();
    if (!this.#canInstall || !version || !this.#hasConsent() || version === this.#notInstallable)
      throw new UserFacingError('not-found', 'error.noUpdate');
    this.#downloading ??= this.#runDownload(version).finally(() => {
      this.#downloading = null;
    });
    return this.#downloading;
  }

  async #runDownload(version: string): Promise<void> {
    const { state } = this.#options;
    this.#download = { version, percent: 0, isDone: false };
    state.markChanged();
    try {
      const updater = await this.#loadUpdater();
      // electron-updater downloads only what its own last check found: after
      // a restart, look again first (the user asked for this request).
      if (this.#foundThisRun !== version) {
        const result = await updater.checkForUpdates();
        if (!result?.isUpdateAvailable || versionOf(result) !== version)
          throw new Error('the update server no longer offers this version');
        this.#foundThisRun = version;
      }
      let shown = 0;
      await updater.downloadUpdate((percent) => {
        if (!this.#download || percent - shown < 1) return;
        shown = Math.floor(percent);
        this.#download = { ...this.#download, percent: shown };
        state.markChanged();
      });
      this.#download = { version, percent: 100, isDone: true };
      log.info('update downloaded', { version });
    } catch (error) {
      this.#download = null;
      log.warn('update download failed', { version, error: errorCode(error) });
      throw new UserFacingError('write-failed', 'error.updateDownload', { cause: error });
    } finally {
      state.markChanged();
    }
  }

  /** Quits, installs the downloaded version and starts it. */
  async install(): Promise<void> {
    const download = this.#download;
    if (!download?.isDone) throw new UserFacingError('not-found', 'error.noUpdate');
    log.info('update install', { from: this.#options.currentVersion, to: download.version });
    (await this.#loadUpdater()).quitAndInstall();
  }
}

/** The version a release file names: "v0.3.0" is version 0.3.0. */
function versionOf(result: { version: string }): string {
  return result.version.replace(/^v(?=\d)/, '');
}

/** The updater's check, failed with `timeout` when it takes longer than UPDATE_CHECK_TIMEOUT_MS. */
function withinTime(
  updater: Updater,
): Promise<{ isUpdateAvailable: boolean; version: string } | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      updater.abandonCheck();
      reject(Object.assign(new Error('the update check took too long'), { code: 'timeout' }));
    }, UPDATE_CHECK_TIMEOUT_MS);
  });
  return Promise.race([updater.checkForUpdates(), late]).finally(() => clearTimeout(timer));
}
