import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';
import { createEvent } from './events.ts';
import { record } from './recorder.ts';
import { rendererHost } from './renderer-host.ts';

/** A frame as `event.senderFrame` reports it. */
export class WebFrameMain {
  url = '';
}

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };
type Bounds = { x: number; y: number; width: number; height: number };

let nextContentsId = 1;

export class WebContents extends EventEmitter {
  static readonly all = new Map<number, WebContents>();
  readonly id = nextContentsId++;
  readonly mainFrame = new WebFrameMain();
  readonly owner: BrowserWindow;
  readonly sent: Array<{ channel: string; args: unknown[] }> = [];
  #windowOpenHandler: WindowOpenHandler | null = null;
  #destroyed = false;

  constructor(owner: BrowserWindow) {
    super();
    this.owner = owner;
    WebContents.all.set(this.id, this);
  }

  async loadURL(url: string): Promise<void> {
    record('WebContents', 'loadURL', url);
    this.mainFrame.url = url;
    const host = rendererHost();
    if (host)
      await host.open(this.owner.id, url, this.owner.options.webPreferences?.preload ?? undefined);
    if (this.#destroyed) return;
    this.emit('did-finish-load');
    this.owner.emit('ready-to-show', createEvent());
  }

  /** Loads the current page again (a renderer that is gone gets a new one). */
  reload(): void {
    record('WebContents', 'reload', this.owner.id);
    void this.loadURL(this.mainFrame.url);
  }

  getURL(): string {
    return this.mainFrame.url;
  }

  send(channel: string, ...args: unknown[]): void {
    if (this.#destroyed) throw new Error('Object has been destroyed');
    record('WebContents', 'send', channel, ...args);
    this.sent.push({ channel, args });
    rendererHost()?.send(this.owner.id, channel, args);
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.#windowOpenHandler = handler;
  }

  isDestroyed(): boolean {
    return this.#destroyed;
  }

  destroy(): void {
    this.#destroyed = true;
    WebContents.all.delete(this.id);
  }

  /** Test driver: the page tries to navigate; returns true when the app blocked it. */
  simulateNavigation(url: string): boolean {
    const event = createEvent({ url });
    this.emit('will-navigate', event, url);
    return event.defaultPrevented;
  }

  /** Test driver: the page calls window.open; returns the app's decision. */
  simulateWindowOpen(url: string): 'allow' | 'deny' {
    return this.#windowOpenHandler?.({ url }).action ?? 'allow';
  }
}

export interface BrowserWindowOptions {
  width?: number;
  height?: number;
  x?: number;
  y?: number;
  show?: boolean;
  title?: string;
  webPreferences?: {
    preload?: string;
    contextIsolation?: boolean;
    sandbox?: boolean;
    nodeIntegration?: boolean;
    webSecurity?: boolean;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

let nextWindowId = 1;
let onCreated: (contents: WebContents, window: BrowserWindow) => void = () => {};
let onAllClosed: () => void = () => {};

/** Lets `app` hear about new web contents and the last window closing. */
export function bindApp(hooks: {
  created(contents: WebContents, window: BrowserWindow): void;
  allClosed(): void;
}): void {
  onCreated = hooks.created;
  onAllClosed = hooks.allClosed;
}

export class BrowserWindow extends EventEmitter {
  static readonly #all = new Map<number, BrowserWindow>();
  readonly id = nextWindowId++;
  readonly options: BrowserWindowOptions;
  readonly webContents: WebContents;
  #bounds: Bounds;
  #visible: boolean;
  #minimized = false;
  #focused = false;
  #destroyed = false;

  constructor(options: BrowserWindowOptions = {}) {
    super();
    this.options = options;
    this.#bounds = {
      x: options.x ?? 100,
      y: options.y ?? 100,
      width: options.width ?? 800,
      height: options.height ?? 600,
    };
    this.#visible = options.show ?? true;
    this.webContents = new WebContents(this);
    BrowserWindow.#all.set(this.id, this);
    record('BrowserWindow', 'constructor', options);
    onCreated(this.webContents, this);
  }

  static getAllWindows(): BrowserWindow[] {
    return [...BrowserWindow.#all.values()];
  }

  static fromWebContents(contents: WebContents): BrowserWindow | null {
    return contents.owner.isDestroyed() ? null : contents.owner;
  }

  loadFile(path: string, options: { hash?: string; query?: Record<string, string> } = {}) {
    const url = pathToFileURL(path);
    if (options.query) url.search = new URLSearchParams(options.query).toString();
    if (options.hash) url.hash = options.hash;
    return this.webContents.loadURL(url.href);
  }

  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url);
  }

  show(): void {
    this.#visible = true;
    this.#focused = true;
    record('BrowserWindow', 'show', this.id);
    this.emit('show');
  }

  hide(): void {
    this.#visible = false;
    record('BrowserWindow', 'hide', this.id);
  }

  focus(): void {
    this.#focused = true;
    record('BrowserWindow', 'focus', this.id);
  }

  isVisible(): boolean {
    return this.#visible;
  }

  isFocused(): boolean {
    return this.#focused;
  }

  minimize(): void {
    this.#minimized = true;
  }

  restore(): void {
    this.#minimized = false;
    record('BrowserWindow', 'restore', this.id);
  }

  isMinimized(): boolean {
    return this.#minimized;
  }

  isMaximized(): boolean {
    return false;
  }

  getBounds(): Bounds {
    return { ...this.#bounds };
  }

  getNormalBounds(): Bounds {
    return this.getBounds();
  }

  setBounds(bounds: Partial<Bounds>): void {
    this.#bounds = { ...this.#bounds, ...bounds };
    this.emit('resize');
  }

  setTitle(title: string): void {
    this.options.title = title;
  }

  getTitle(): string {
    return this.options.title ?? '';
  }

  /** What the user's close button does: 'close' (preventable), then destroy. */
  close(): void {
    if (this.#destroyed) return;
    const event = createEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.destroy();
  }

  destroy(): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    record('BrowserWindow', 'destroy', this.id);
    rendererHost()?.close(this.id);
    this.webContents.destroy();
    BrowserWindow.#all.delete(this.id);
    this.emit('closed');
    if (BrowserWindow.#all.size === 0) onAllClosed();
  }

  isDestroyed(): boolean {
    return this.#destroyed;
  }
}
