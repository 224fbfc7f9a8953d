import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { clearInterval, setImmediate, setInterval } from 'node:timers';
import { config } from './config.ts';
import { createEvent } from './events.ts';
import { record } from './recorder.ts';
import { SingleInstanceLock } from './single-instance-lock.ts';

type LoginItemSettings = { openAtLogin: boolean; openAsHidden?: boolean; path?: string };

/** Electron's `app`: lifecycle, paths, locale, single-instance lock, login items. */
export class StandInApp extends EventEmitter {
  isPackaged = config.isPackaged;
  isReady = false;
  hasQuit = false;
  exitCode: number | null = null;
  readonly #ready: Promise<void>;
  readonly #paths = new Map<string, string>();
  #lock: SingleInstanceLock | null = null;
  #loginItem: LoginItemSettings = { openAtLogin: false };
  #closeAllWindows: () => void = () => {};
  #isQuitting = false;
  // Like Electron's own event loop, the app lives until it quits.
  readonly #keepAlive = config.exitOnQuit ? setInterval(() => {}, 1 << 30) : null;

  constructor() {
    super();
    // Real timers from node:timers: a test may fake the global ones.
    this.#ready = new Promise((resolve) =>
      setImmediate(() => {
        this.isReady = true;
        this.emit('ready', createEvent());
        resolve();
      }),
    );
  }

  /** Lets the BrowserWindow module close every window on quit. */
  bindWindows(closeAll: () => void): void {
    this.#closeAllWindows = closeAll;
  }

  whenReady(): Promise<void> {
    return this.#ready;
  }

  getName(): string {
    return 'Opt-out Reminder';
  }

  getVersion(): string {
    return config.appVersion;
  }

  getAppPath(): string {
    return config.appPath;
  }

  getPath(name: string): string {
    const set = this.#paths.get(name);
    if (set) return set;
    if (name === 'userData') return config.userDataDir;
    if (name === 'logs') return join(config.userDataDir, 'logs');
    if (name === 'temp') return join(config.userDataDir, 'tmp');
    return join(config.userDataDir, '..', name);
  }

  setPath(name: string, value: string): void {
    record('app', 'setPath', name, value);
    this.#paths.set(name, value);
  }

  getLocale(): string {
    return config.systemLanguages[0] ?? 'en-US';
  }

  getSystemLocale(): string {
    return this.getLocale();
  }

  getLocaleCountryCode(): string {
    return config.localeCountryCode;
  }

  getPreferredSystemLanguages(): string[] {
    return [...config.systemLanguages];
  }

  setAppUserModelId(id: string): void {
    record('app', 'setAppUserModelId', id);
  }

  setLoginItemSettings(settings: LoginItemSettings): void {
    record('app', 'setLoginItemSettings', settings);
    this.#loginItem = { ...this.#loginItem, ...settings };
  }

  getLoginItemSettings(): LoginItemSettings {
    return { ...this.#loginItem };
  }

  requestSingleInstanceLock(): boolean {
    this.#lock ??= new SingleInstanceLock(config.userDataDir);
    const acquired = this.#lock.acquire((argv) =>
      this.emit('second-instance', createEvent(), argv, process.cwd()),
    );
    record('app', 'requestSingleInstanceLock', acquired);
    return acquired;
  }

  releaseSingleInstanceLock(): void {
    this.#lock?.release();
  }

  focus(): void {
    record('app', 'focus');
  }

  /** Like Electron: before-quit (preventable), windows closed, will-quit, quit. */
  quit(): void {
    record('app', 'quit');
    const beforeQuit = createEvent();
    this.emit('before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented) return;
    this.#isQuitting = true;
    this.#closeAllWindows();
    const willQuit = createEvent();
    this.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) return;
    this.emit('quit', createEvent(), 0);
    this.#terminate(0);
  }

  exit(code = 0): void {
    record('app', 'exit', code);
    this.#terminate(code);
  }

  /** Called when the last window closed; Electron quits unless someone listens. */
  onAllWindowsClosed(): void {
    if (this.#isQuitting) return;
    if (this.listenerCount('window-all-closed') > 0) this.emit('window-all-closed');
    else this.quit();
  }

  #terminate(code: number): void {
    this.hasQuit = true;
    this.exitCode = code;
    if (this.#keepAlive) clearInterval(this.#keepAlive);
    const lock = this.#lock;
    lock?.release();
    if (!config.exitOnQuit) return;
    void (lock?.settled() ?? Promise.resolve()).then(() => {
      this.emit('stand-in:exit', code);
      process.exitCode = code;
      // Let the driver receive the last messages before the process goes.
      setImmediate(() => process.exit(code));
    });
  }
}
