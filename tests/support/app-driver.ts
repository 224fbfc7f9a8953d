/**
 * Launches the built app (out/main/index.js) in a child Node process with
 * Electron replaced by the stand-in, and shows its windows in headless
 * Chromium with the built preload. Tests drive it as a user would: tray
 * menu clicks, notification clicks, the page itself.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { AppView, DriverCommand, ToChild, ToDriver } from './app-process/protocol.ts';
import { sharedBrowser } from './chromium.ts';
import { dispatchFunction, invokeBinding, wrapPreload } from './preload-shim.ts';

export type { AppView } from './app-process/protocol.ts';

const childPath = resolve(import.meta.dirname, 'app-process/child.ts');

export interface LaunchOptions {
  /** Reuse a profile to simulate a restart; a fresh temporary one by default. */
  userDataDir?: string;
  /** The OS languages, most preferred first. */
  languages?: string[];
  /** Start a test-controlled clock at this instant (epoch ms). */
  clock?: number;
  /**
   * Let that clock run at real speed from its start (no `tick`), for code that
   * waits on `Date.now()` in a loop (electron-store's atomic-write retry).
   */
  isClockRunning?: boolean;
  colorScheme?: 'light' | 'dark';
  /** The OS time zone (TZ); Europe/Amsterdam unless given, so runs are deterministic. */
  timeZone?: string;
  notifications?: 'supported' | 'unsupported' | 'failing';
  /** What the OS reports as the user's country (`app.getLocaleCountryCode()`); unknown by default. */
  countryCode?: string;
  /** Run as an installed build (`app.isPackaged`). */
  isPackaged?: boolean;
  mainPath?: string;
  /** Where `app.getAppPath()` points (its package.json names the catalog feed). */
  appPath?: string;
  /** Command-line arguments after the app, e.g. `--open=linkedin-ai-training`. */
  args?: string[];
  /** More environment for the app process, e.g. NODE_EXTRA_CA_CERTS for a test server. */
  env?: Record<string, string>;
  /** The OS the app believes it runs on; the real one unless given. */
  platform?: 'linux' | 'darwin' | 'win32';
  /**
   * Run the app as this user (uid = gid). Only root can: where the tests run
   * as root, folder permissions bind only another user, so an "unwritable
   * folder" needs one.
   */
  user?: number;
}

interface OpenWindow {
  page: Page;
}

type RecordedCall = Extract<ToDriver, { type: 'record' }>['call'];

export class AppDriver {
  readonly userDataDir: string;
  readonly calls: RecordedCall[] = [];
  readonly output: string[] = [];
  readonly exited: Promise<{ code: number | null; signal: string | null }>;
  readonly #child: ChildProcess;
  readonly #options: LaunchOptions;
  readonly #windows = new Map<number, OpenWindow>();
  readonly #pending = new Map<
    number,
    { resolve(value: unknown): void; reject(error: Error): void }
  >();
  readonly #callWaiters = new Set<() => void>();
  readonly #windowWaiters = new Set<() => void>();
  readonly pageErrors: string[] = [];
  readonly #windowOf = new WeakMap<Page, number>();
  #context: Promise<BrowserContext> | null = null;
  #nextRequestId = 1;
  #ready: Promise<void>;

  private constructor(options: LaunchOptions) {
    this.#options = options;
    this.userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'optout-e2e-'));
    this.#child = fork(childPath, options.args ?? [], {
      silent: true,
      serialization: 'advanced',
      ...(options.user === undefined ? {} : { uid: options.user, gid: options.user }),
      env: {
        ...process.env,
        TZ: options.timeZone ?? 'Europe/Amsterdam',
        // Start-at-login entries go to the profile, never the real ~/.config.
        XDG_CONFIG_HOME: join(this.userDataDir, 'xdg-config'),
        OPTOUT_STANDIN_USER_DATA: this.userDataDir,
        OPTOUT_STANDIN_LANGUAGES: (options.languages ?? ['en-US']).join(','),
        OPTOUT_STANDIN_EXIT_ON_QUIT: '1',
        OPTOUT_STANDIN_NOTIFICATIONS: options.notifications ?? 'supported',
        OPTOUT_STANDIN_COUNTRY: options.countryCode ?? '',
        OPTOUT_STANDIN_PACKAGED: options.isPackaged ? '1' : '0',
        ...(options.mainPath ? { OPTOUT_STANDIN_MAIN: options.mainPath } : {}),
        ...(options.appPath ? { OPTOUT_STANDIN_APP_PATH: options.appPath } : {}),
        ...(options.platform ? { OPTOUT_STANDIN_PLATFORM: options.platform } : {}),
        ...(options.clock === undefined ? {} : { OPTOUT_STANDIN_CLOCK: String(options.clock) }),
        ...(options.isClockRunning ? { OPTOUT_STANDIN_CLOCK_RUNS: '1' } : {}),
        ...options.env,
      },
    });
    this.#child.stdout?.on('data', (chunk) => this.output.push(String(chunk)));
    this.#child.stderr?.on('data', (chunk) => this.output.push(String(chunk)));
    this.exited = new Promise((resolveExit) =>
      this.#child.on('exit', (code, signal) => {
        for (const waiter of this.#pending.values())
          waiter.reject(new Error(`the app exited (${code ?? signal}):\n${this.output.join('')}`));
        this.#pending.clear();
        resolveExit({ code, signal });
      }),
    );
    this.#ready = new Promise((resolveReady, reject) => {
      this.#child.on('message', (message: ToDriver) => {
        if (message.type === 'ready') resolveReady();
        else this.#onMessage(message);
      });
      void this.exited.then(({ code, signal }) =>
        reject(
          new Error(
            `the app exited before it was ready (${code ?? signal}):\n${this.output.join('')}`,
          ),
        ),
      );
    });
  }

  /** Starts the app and resolves once Electron's `ready` has been handled. */
  static async launch(options: LaunchOptions = {}): Promise<AppDriver> {
    const driver = new AppDriver(options);
    await driver.#ready;
    return driver;
  }

  get pid(): number | undefined {
    return this.#child.pid;
  }

  command(command: DriverCommand): Promise<unknown> {
    return this.#request((requestId) => ({ type: 'command', requestId, command }));
  }

  snapshot(): Promise<AppView> {
    return this.command({ name: 'snapshot' }) as Promise<AppView>;
  }

  clickTrayMenu(...labels: string[]): Promise<unknown> {
    return this.command({ name: 'clickTrayMenu', labels });
  }

  /** Resolves with the first recorded call (past or future) that matches. */
  async waitForCall(
    api: string,
    method: string,
    matches: (call: RecordedCall) => boolean = () => true,
  ) {
    const find = () =>
      this.calls.find((call) => call.api === api && call.method === method && matches(call));
    return this.#waitUntil(this.#callWaiters, find, `${api}.${method}`);
  }

  /** The page of the open window, once it has loaded. */
  async page(): Promise<Page> {
    const find = () => [...this.#windows.values()].at(-1)?.page;
    return this.#waitUntil(this.#windowWaiters, find, 'a window');
  }

  openWindowCount(): number {
    return this.#windows.size;
  }

  /**
   * Closes the open windows as the user would (the app keeps running in the
   * tray). Before a tick of days: an open window re-renders at every
   * five-minute wake-up, which under the stand-in costs seconds a day.
   */
  async closeWindows(): Promise<void> {
    for (const shown of (await this.snapshot()).windows)
      await this.command({ name: 'closeWindow', windowId: shown.id });
  }

  /** Quits through the tray menu item with this label and waits for the process to end. */
  async quitVia(label: string): Promise<number | null> {
    await this.clickTrayMenu(label).catch((error: unknown) => {
      // Quitting may end the process before it answers the click: only then is that fine.
      if (this.#child.exitCode === null && this.#child.signalCode === null) throw error;
    });
    return (await this.exited).code;
  }

  /** Ends the process like a crash or power loss would. */
  async kill(): Promise<void> {
    this.#child.kill('SIGKILL');
    await this.exited;
    await this.#closeAllPages();
  }

  async dispose(): Promise<void> {
    if (this.#child.exitCode === null && this.#child.signalCode === null) await this.kill();
    await this.#closeAllPages();
  }

  #request(build: (requestId: number) => ToChild): Promise<unknown> {
    const requestId = this.#nextRequestId++;
    return new Promise((resolveRequest, reject) => {
      if (!this.#child.connected) {
        reject(new Error(`the app is not running:\n${this.output.join('')}`));
        return;
      }
      this.#pending.set(requestId, { resolve: resolveRequest, reject });
      this.#child.send(build(requestId));
    });
  }

  /** Sends to the child unless it is gone (a reply to a process that died is moot). */
  #send(message: ToChild): void {
    if (this.#child.connected) this.#child.send(message);
  }

  #waitUntil<T>(waiters: Set<() => void>, find: () => T | undefined, what: string): Promise<T> {
    const found = find();
    if (found !== undefined) return Promise.resolve(found);
    return new Promise((resolveWait, reject) => {
      const check = () => {
        const value = find();
        if (value === undefined) return;
        waiters.delete(check);
        resolveWait(value);
      };
      waiters.add(check);
      void this.exited.then(() => {
        if (!waiters.delete(check)) return;
        reject(new Error(`the app exited while waiting for ${what}:\n${this.output.join('')}`));
      });
    });
  }

  #onMessage(message: ToDriver): void {
    switch (message.type) {
      case 'reply': {
        const waiter = this.#pending.get(message.requestId);
        this.#pending.delete(message.requestId);
        if (message.error) waiter?.reject(new Error(message.error));
        else waiter?.resolve(message.value);
        return;
      }
      case 'record':
        this.calls.push(message.call);
        for (const waiter of [...this.#callWaiters]) waiter();
        return;
      case 'window:open':
        this.#openWindow(message.windowId, message.url, message.preload).then(
          () => this.#send({ type: 'reply', requestId: message.requestId }),
          (error: Error) =>
            this.#send({ type: 'reply', requestId: message.requestId, error: String(error) }),
        );
        return;
      case 'window:send': {
        const open = this.#windows.get(message.windowId);
        void open?.page
          .evaluate(
            ([fn, channel, args]) =>
              (globalThis as unknown as Record<string, (c: string, a: unknown[]) => void>)[fn]?.(
                channel,
                args,
              ),
            [dispatchFunction, message.channel, message.args] as const,
          )
          .catch(() => {});
        return;
      }
      case 'window:close': {
        const open = this.#windows.get(message.windowId);
        this.#windows.delete(message.windowId);
        void open?.page.close();
        return;
      }
      case 'exit':
        return;
    }
  }

  /**
   * One browser context per app, like Electron's default session: every
   * window of the app shares it (and its caches); each window is a page.
   */
  #session(preload: string | undefined): Promise<BrowserContext> {
    this.#context ??= (async () => {
      const browser = await sharedBrowser();
      const context = await browser.newContext({
        colorScheme: this.#options.colorScheme ?? 'light',
        locale: this.#options.languages?.[0] ?? 'en-US',
        viewport: { width: 880, height: 680 },
      });
      await context.exposeBinding(invokeBinding, (source, channel: string, args: unknown[]) => {
        const windowId = this.#windowOf.get(source.page);
        if (windowId === undefined) throw new Error('no window for this page');
        return this.#request((requestId) => ({
          type: 'ipc:invoke',
          requestId,
          windowId,
          channel,
          args,
        }));
      });
      if (preload)
        await context.addInitScript({ content: wrapPreload(readFileSync(preload, 'utf8')) });
      return context;
    })();
    return this.#context;
  }

  async #openWindow(windowId: number, url: string, preload: string | undefined): Promise<void> {
    // A reload after a renderer crash: the old page is gone, a new one takes its place.
    const previous = this.#windows.get(windowId);
    this.#windows.delete(windowId);
    await previous?.page.close();
    const page = await (await this.#session(preload)).newPage();
    this.#windowOf.set(page, windowId);
    page.on('pageerror', (error) => this.pageErrors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') this.pageErrors.push(message.text());
    });
    await page.goto(url);
    this.#windows.set(windowId, { page });
    for (const waiter of [...this.#windowWaiters]) waiter();
  }

  async #closeAllPages(): Promise<void> {
    this.#windows.clear();
    const context = this.#context;
    this.#context = null;
    await (await context)?.close().catch(() => {});
  }
}
