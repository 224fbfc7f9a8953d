/**
 * Runs the built main process under plain Node with `electron` redirected
 * to the stand-in, obeying a driver over the fork IPC channel. Started by
 * app-driver.ts; never imported by the app.
 */
import { readFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import FakeTimers from '@sinonjs/fake-timers';
import type { DriverCommand, ToChild, ToDriver } from './protocol.ts';

const standInUrl = new URL('../electron-stand-in/index.ts', import.meta.url).href;
registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'electron') return { url: standInUrl, shortCircuit: true };
    return nextResolve(specifier, context);
  },
});

// The test controls time: Date and timers are fake from here on, so the
// app's scheduler sees exactly the clock the scenario sets. The stand-in
// and this file use node:timers, which stay real.
const clockStart = process.env.OPTOUT_STANDIN_CLOCK;
const isClockRunning = process.env.OPTOUT_STANDIN_CLOCK_RUNS === '1';
const clock =
  clockStart === undefined || isClockRunning
    ? null
    : FakeTimers.withGlobal(globalThis).install({
        now: Number(clockStart),
        toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
      });
if (clockStart !== undefined && isClockRunning) startDateAt(Number(clockStart));

/**
 * A clock that starts at the test's instant and then runs at real speed:
 * only `Date` is moved, timers stay real. For code that waits on
 * `Date.now()` in a loop, which a standing fake clock would never end.
 */
function startDateAt(start: number): void {
  const RealDate = Date;
  const offset = start - RealDate.now();
  const now = () => RealDate.now() + offset;
  globalThis.Date = new Proxy(RealDate, {
    construct: (target, args, newTarget) =>
      Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget),
    apply: () => new RealDate(now()).toString(),
    get: (target, key, receiver) => (key === 'now' ? now : Reflect.get(target, key, receiver)),
  });
}

// Counts timer callbacks that actually ran, for the idle benchmark.
let firedTimers = 0;
if (clock) {
  const fakeSetTimeout = globalThis.setTimeout;
  globalThis.setTimeout = ((
    callback: (...args: unknown[]) => void,
    delay?: number,
    ...args: unknown[]
  ) =>
    fakeSetTimeout(
      (...inner: unknown[]) => {
        firedTimers++;
        callback(...inner);
      },
      delay,
      ...args,
    )) as typeof setTimeout;
}

// What Electron's main process reports as process.versions.electron: the installed package's.
Object.defineProperty(process.versions, 'electron', {
  value: JSON.parse(readFileSync(resolve('node_modules/electron/package.json'), 'utf8')).version,
  enumerable: true,
});

// A packaged app finds what electron-builder put beside it (app-update.yml, package-type) here.
if (process.env.OPTOUT_STANDIN_RESOURCES)
  Object.assign(process, { resourcesPath: process.env.OPTOUT_STANDIN_RESOURCES });

const standIn = await import('../electron-stand-in/index.ts');
const { calls, onRecord } = await import('../electron-stand-in/recorder.ts');
const { setRendererHost } = await import('../electron-stand-in/renderer-host.ts');
const { liveTray } = await import('../electron-stand-in/tray.ts');
type MenuLike = import('../electron-stand-in/tray.ts').Menu;

function send(message: ToDriver): void {
  process.send?.(message);
}

/** Drops what cannot cross the process boundary (functions, class instances' internals). */
function plain(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value ?? null, (_key, inner) =>
      typeof inner === 'function' ? undefined : inner,
    ),
  );
}

let nextRequestId = 1;
const pending = new Map<
  number,
  { resolve: (value: unknown) => void; reject: (error: Error) => void }
>();
function request(
  message: Omit<Extract<ToDriver, { type: 'window:open' }>, 'requestId'>,
): Promise<unknown> {
  const requestId = nextRequestId++;
  return new Promise((resolvePromise, reject) => {
    pending.set(requestId, { resolve: resolvePromise, reject });
    send({ ...message, requestId });
  });
}

setRendererHost({
  async open(windowId, url, preload) {
    await request({ type: 'window:open', windowId, url, ...(preload ? { preload } : {}) });
  },
  send(windowId, channel, args) {
    send({ type: 'window:send', windowId, channel, args: plain(args) as unknown[] });
  },
  close(windowId) {
    send({ type: 'window:close', windowId });
  },
});

function menuView(menu: MenuLike | null | undefined): unknown[] {
  return (menu?.items ?? []).map((item) => ({
    label: item.label,
    type: item.type,
    checked: item.checked,
    enabled: item.enabled,
    ...(item.submenu ? { submenu: menuView(item.submenu) } : {}),
  }));
}

function windowById(windowId: number) {
  const window = standIn.BrowserWindow.getAllWindows().find(
    (candidate) => candidate.id === windowId,
  );
  if (!window) throw new Error(`no window ${windowId}`);
  return window;
}

async function run(command: DriverCommand): Promise<unknown> {
  switch (command.name) {
    case 'snapshot': {
      const tray = liveTray();
      return {
        tray: tray && {
          tooltip: tray.tooltip,
          iconPath: tray.image.path,
          menu: menuView(tray.contextMenu),
        },
        windows: standIn.BrowserWindow.getAllWindows().map((window) => ({
          id: window.id,
          url: window.webContents.getURL(),
          visible: window.isVisible(),
          title: window.getTitle(),
        })),
        notifications: standIn.Notification.shown.map((notification) => ({
          title: notification.options.title ?? '',
          body: notification.options.body ?? '',
          actions: (notification.options.actions ?? []).map((action) => action.text),
        })),
        loginItem: standIn.app.getLoginItemSettings(),
        clipboard: standIn.clipboard.readText(),
        calls: plain(calls),
        now: Date.now(),
      };
    }
    case 'clickTrayMenu': {
      const menu = liveTray()?.contextMenu;
      if (!menu) throw new Error('the tray has no context menu');
      menu.find(command.labels).click();
      return null;
    }
    case 'clickTray':
      liveTray()?.simulateClick();
      return null;
    case 'closeWindow':
      windowById(command.windowId).close();
      return null;
    case 'clickNotification':
      notification(command.index).simulateClick();
      return null;
    case 'notificationAction':
      notification(command.index).simulateAction(command.action);
      return null;
    case 'failNotification':
      notification(command.index).simulateFailure(command.error);
      return null;
    case 'powerMonitor':
      standIn.powerMonitor.emit(command.event);
      return null;
    case 'tick':
      if (!clock) throw new Error('launch the app with a clock to tick it');
      await clock.tickAsync(command.ms);
      return Date.now();
    case 'setSystemTime':
      // A wall-clock jump (sleep, NTP, the user changing the time): timers do not fire.
      if (!clock) throw new Error('launch the app with a clock to set it');
      clock.setSystemTime(command.epochMs);
      return Date.now();
    case 'notificationLog':
      return standIn.Notification.shown.map((shown) => ({
        at: shown.shownAt,
        title: shown.options.title ?? '',
        body: shown.options.body ?? '',
      }));
    case 'timerStats':
      return { fired: firedTimers, pending: clock?.countTimers() ?? 0 };
    case 'crashRenderer':
      windowById(command.windowId).webContents.emit(
        'render-process-gone',
        { defaultPrevented: false, preventDefault() {} },
        { reason: command.reason, exitCode: 139 },
      );
      return null;
    case 'throwInMain':
      // Outside this request's promise chain, as a bug in a timer or event handler would be.
      setImmediate(() => {
        throw new Error(command.message);
      });
      return null;
    case 'queueDialogAnswer':
      standIn.dialog.queueAnswer(command.answer);
      return null;
    case 'quit':
      standIn.app.quit();
      return null;
  }
}

function notification(index: number) {
  const shown = standIn.Notification.shown[index];
  if (!shown) throw new Error(`no notification #${index}`);
  return shown;
}

process.on('message', (message: ToChild) => {
  if (message.type === 'reply') {
    const waiter = pending.get(message.requestId);
    pending.delete(message.requestId);
    if (message.error) waiter?.reject(new Error(message.error));
    else waiter?.resolve(undefined);
    return;
  }
  // Through a promise, so a request for a window that just closed becomes an error reply.
  const work = Promise.resolve().then(() =>
    message.type === 'command'
      ? run(message.command)
      : standIn.ipcMain.invoke(
          windowById(message.windowId).webContents.id,
          message.channel,
          message.args,
        ),
  );
  work.then(
    (value) => send({ type: 'reply', requestId: message.requestId, value: plain(value) }),
    (error: Error) =>
      send({ type: 'reply', requestId: message.requestId, error: String(error?.stack ?? error) }),
  );
});

onRecord((call) => send({ type: 'record', call: plain(call) as typeof call }));
standIn.app.on('stand-in:exit', (code: number) => send({ type: 'exit', code }));
// If the driver goes away, so does the app: no orphaned processes.
process.on('disconnect', () => process.exit(1));

// The OS the app believes it runs on (notification actions exist on macOS and Windows only).
const platform = process.env.OPTOUT_STANDIN_PLATFORM;
if (platform) Object.defineProperty(process, 'platform', { value: platform });

const mainPath = resolve(process.env.OPTOUT_STANDIN_MAIN ?? 'out/main/index.js');
await import(pathToFileURL(mainPath).href);
await standIn.app.whenReady();
// The app draws its tray first and opens its store and wires up notifications a moment
// later (src/main/index.ts onReady); a scenario starts once that is done (it listens for
// the machine waking up), or once the app quit instead (second instance, failed start).
const { powerMonitor } = standIn;
while (
  powerMonitor.listenerCount('resume') === 0 &&
  !standIn.app.hasQuit &&
  standIn.app.exitCode === null
)
  await new Promise((resolveTurn) => setImmediate(resolveTurn));
send({ type: 'ready' });
