import { EventEmitter } from 'node:events';
import { config } from './config.ts';
import { createEvent } from './events.ts';
import { netRequest } from './net-request.ts';
import { record } from './recorder.ts';
import { BrowserWindow, WebContents, type WebFrameMain } from './window.ts';

type InvokeHandler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

export interface IpcMainInvokeEvent {
  sender: WebContents;
  senderFrame: WebFrameMain | null;
  processId: number;
  frameId: number;
}

export class IpcMain extends EventEmitter {
  readonly #handlers = new Map<string, InvokeHandler>();

  handle(channel: string, handler: InvokeHandler): void {
    if (this.#handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    record('ipcMain', 'handle', channel);
    this.#handlers.set(channel, handler);
  }

  removeHandler(channel: string): void {
    this.#handlers.delete(channel);
  }

  channels(): string[] {
    return [...this.#handlers.keys()];
  }

  /**
   * What `ipcRenderer.invoke` in a page does. `frame` defaults to the main
   * frame of the sender; pass another (or null) to act as an iframe or a
   * frame that navigated away.
   */
  async invoke(
    senderId: number,
    channel: string,
    args: unknown[],
    frame?: WebFrameMain | null,
  ): Promise<unknown> {
    const sender = WebContents.all.get(senderId);
    if (!sender) throw new Error(`no web contents ${senderId}`);
    const handler = this.#handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    const event = {
      sender,
      senderFrame: frame === undefined ? sender.mainFrame : frame,
      processId: 1,
      frameId: 1,
    };
    return await handler(event, ...structuredClone(args));
  }
}

export type NotificationOptions = {
  title?: string;
  body?: string;
  silent?: boolean;
  actions?: Array<{ type: 'button'; text: string }>;
  [key: string]: unknown;
};

export class Notification extends EventEmitter {
  static readonly shown: Notification[] = [];
  readonly options: NotificationOptions;
  /** The app's clock when it was shown (the fake one in end-to-end runs). */
  shownAt: number | null = null;

  constructor(options: NotificationOptions = {}) {
    super();
    this.options = options;
  }

  static isSupported(): boolean {
    return config.notificationsSupported;
  }

  show(): void {
    this.shownAt = Date.now();
    Notification.shown.push(this);
    record('Notification', 'show', this.options);
    if (config.notificationFailure) this.emit('failed', createEvent(), config.notificationFailure);
    else this.emit('show', createEvent());
  }

  close(): void {
    record('Notification', 'close', this.options);
    this.emit('close', createEvent());
  }

  simulateClick(): void {
    this.emit('click', createEvent());
  }

  simulateAction(index: number): void {
    this.emit('action', createEvent(), index);
  }

  simulateFailure(error: string): void {
    this.emit('failed', createEvent(), error);
  }
}

export const shell = {
  async openExternal(url: string): Promise<void> {
    record('shell', 'openExternal', url);
  },
  async openPath(path: string): Promise<string> {
    record('shell', 'openPath', path);
    return '';
  },
  showItemInFolder(path: string): void {
    record('shell', 'showItemInFolder', path);
  },
};

/** The system clipboard, as text; tests read what the app put there. */
export const clipboard = {
  text: '',
  writeText(text: string): void {
    record('clipboard', 'writeText', text);
    clipboard.text = text;
  },
  readText(): string {
    return clipboard.text;
  },
  clear(): void {
    clipboard.text = '';
  },
};

export const powerMonitor = new EventEmitter();

type FileDialogAnswer = { canceled: boolean; filePaths?: string[]; filePath?: string };
/** Which button of a message box the user pressed (its index in `buttons`). */
type MessageBoxAnswer = { response: number };
const fileDialogAnswers: FileDialogAnswer[] = [];
const messageBoxAnswers: MessageBoxAnswer[] = [];

/**
 * A dialog's arguments as recorded: a parent window becomes `{ window: id }`.
 * The window itself holds its web contents and listeners (a circular
 * structure), which cannot be sent to the test process.
 */
function dialogArgs(args: unknown[]): unknown[] {
  return args.map((arg) => (arg instanceof BrowserWindow ? { window: arg.id } : arg));
}

export const dialog = {
  /**
   * Test driver: the next file dialog (or, for `{ response }`, the next
   * message box) returns this. Unanswered file dialogs are cancelled;
   * unanswered message boxes return their first button.
   */
  queueAnswer(answer: FileDialogAnswer | MessageBoxAnswer): void {
    if ('response' in answer) messageBoxAnswers.push(answer);
    else fileDialogAnswers.push(answer);
  },
  async showOpenDialog(...args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> {
    record('dialog', 'showOpenDialog', ...dialogArgs(args));
    const answer = fileDialogAnswers.shift() ?? { canceled: true };
    return { canceled: answer.canceled, filePaths: answer.filePaths ?? [] };
  },
  async showSaveDialog(...args: unknown[]): Promise<{ canceled: boolean; filePath: string }> {
    record('dialog', 'showSaveDialog', ...dialogArgs(args));
    const answer = fileDialogAnswers.shift() ?? { canceled: true };
    return { canceled: answer.canceled, filePath: answer.filePath ?? '' };
  },
  async showMessageBox(...args: unknown[]): Promise<{ response: number }> {
    record('dialog', 'showMessageBox', ...dialogArgs(args));
    return messageBoxAnswers.shift() ?? { response: 0 };
  },
  showErrorBox(title: string, content: string): void {
    record('dialog', 'showErrorBox', title, content);
  },
};

type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
) => void;
type PermissionCheckHandler = (contents: unknown, permission: string) => boolean;

class Session {
  #requestHandler: PermissionRequestHandler | null = null;
  #checkHandler: PermissionCheckHandler | null = null;

  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    record('session', 'setPermissionRequestHandler');
    this.#requestHandler = handler;
  }

  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    record('session', 'setPermissionCheckHandler');
    this.#checkHandler = handler;
  }

  /** Test driver: what a page asking for `permission` gets (Electron grants by default). */
  requestPermission(permission: string): Promise<boolean> {
    const handler = this.#requestHandler;
    if (!handler) return Promise.resolve(true);
    return new Promise((resolve) => handler(null, permission, resolve));
  }

  checkPermission(permission: string): boolean {
    return this.#checkHandler?.(null, permission) ?? true;
  }
}

const partitions = new Map<string, Session>();

export const session = {
  defaultSession: new Session(),
  /** A named session: electron-updater makes its requests in "electron-updater". */
  fromPartition(partition: string, _options: { cache?: boolean } = {}): Session {
    record('session', 'fromPartition', partition);
    let found = partitions.get(partition);
    if (!found) {
      found = new Session();
      partitions.set(partition, found);
    }
    return found;
  },
};

/**
 * Electron's built-in `autoUpdater` (Squirrel): this app uses electron-updater
 * instead, which only emits 'before-quit-for-update' on it before installing.
 */
export const autoUpdater = Object.assign(new EventEmitter(), {
  checkForUpdates(): void {
    record('autoUpdater', 'checkForUpdates');
  },
});

export const screen = {
  getAllDisplays: () => [
    {
      id: 1,
      bounds: { x: 0, y: 0, width: 1920, height: 1080 },
      workArea: { x: 0, y: 0, width: 1920, height: 1040 },
    },
  ],
  getPrimaryDisplay() {
    return screen.getAllDisplays()[0];
  },
};

/**
 * Electron's `net`: `fetch` goes through Node's fetch (which trusts the CAs in
 * NODE_EXTRA_CA_CERTS, so a test can serve https with its own certificate);
 * `request` through Node's http(s) (see net-request.ts). Every request is recorded.
 */
export const net = {
  request: netRequest,
  fetch(url: string, init?: RequestInit): Promise<Response> {
    record('net', 'fetch', url);
    return globalThis.fetch(url, init);
  },
  isOnline(): boolean {
    return true;
  },
};
