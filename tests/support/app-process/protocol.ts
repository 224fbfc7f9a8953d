/** Messages between the e2e driver (test process) and the app's child process. */

/** What the driver asks the child to do. */
export type DriverCommand =
  | { name: 'snapshot' }
  | { name: 'clickTrayMenu'; labels: string[] }
  | { name: 'clickTray' }
  | { name: 'closeWindow'; windowId: number }
  | { name: 'clickNotification'; index: number }
  | { name: 'notificationAction'; index: number; action: number }
  | { name: 'failNotification'; index: number; error: string }
  | { name: 'powerMonitor'; event: string }
  | { name: 'tick'; ms: number }
  | { name: 'setSystemTime'; epochMs: number }
  | {
      name: 'queueDialogAnswer';
      /** For the next file dialog, or (`response`: a button's index) the next message box. */
      answer: { canceled: boolean; filePaths?: string[]; filePath?: string } | { response: number };
    }
  | { name: 'timerStats' }
  /** The window's renderer process dies (Electron's 'render-process-gone'). */
  | { name: 'crashRenderer'; windowId: number; reason: string }
  /** Something in main throws where nobody catches it. */
  | { name: 'throwInMain'; message: string }
  /** Every notification shown in this run, with the app's clock at that moment. */
  | { name: 'notificationLog' }
  | { name: 'quit' };

export type ToChild =
  | { type: 'command'; requestId: number; command: DriverCommand }
  | { type: 'ipc:invoke'; requestId: number; windowId: number; channel: string; args: unknown[] }
  | { type: 'reply'; requestId: number; error?: string };

export type ToDriver =
  | { type: 'ready' }
  | { type: 'reply'; requestId: number; value?: unknown; error?: string }
  | { type: 'window:open'; requestId: number; windowId: number; url: string; preload?: string }
  | { type: 'window:send'; windowId: number; channel: string; args: unknown[] }
  | { type: 'window:close'; windowId: number }
  | { type: 'record'; call: { api: string; method: string; args: unknown[] } }
  | { type: 'exit'; code: number };

/** What `snapshot` returns: the app as the user would see it. */
export interface AppView {
  tray: { tooltip: string; iconPath: string | null; menu: MenuView[] } | null;
  windows: Array<{ id: number; url: string; visible: boolean; title: string }>;
  notifications: Array<{ title: string; body: string; actions: string[] }>;
  loginItem: { openAtLogin: boolean };
  clipboard: string;
  calls: Array<{ api: string; method: string; args: unknown[] }>;
  now: number;
}

export interface MenuView {
  label: string;
  type: string;
  checked: boolean;
  enabled: boolean;
  submenu?: MenuView[];
}
