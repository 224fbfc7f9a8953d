/**
 * The app's one log: a small rotating file, for "it did not remind me".
 * Log events and ids only — checklist ids, counts, instants, error
 * messages — never checklist text, step text, file contents or anything
 * else about the user.
 *
 * electron-log's node entry is used, not `electron-log/main`: the main
 * entry registers `__ELECTRON_LOG__` IPC handlers for renderers, and this
 * app's windows get no IPC beyond the typed API of src/shared/ipc.ts.
 * Until `setupLog` names the folder, nothing is written to disk.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import electronLog from 'electron-log/node';

/** The log rotates at this size: main.log moves to main.old.log (so at most ~2 MB on disk). */
export const LOG_MAX_BYTES = 1024 * 1024;
export const LOG_FILE_NAME = 'main.log';

const logger = electronLog.create({ logId: 'optout' });
logger.transports.file.level = false;
logger.transports.file.maxSize = LOG_MAX_BYTES;
logger.transports.file.format = '[{iso}] [{level}] {text}';
// The console only carries what needs attention; the file carries the rest.
logger.transports.console.level = 'warn';
logger.transports.console.format = '[{level}] {text}';
// electron-log/node can also post logs to a URL or over IPC; this app sends them nowhere.
for (const name of ['remote', 'ipc'] as const) {
  const transport = logger.transports[name];
  if (transport) transport.level = false;
}

let folder: string | null = null;

/** Starts writing to `<logsDir>/main.log` (Electron's `app.getPath('logs')`). */
export function setupLog(logsDir: string): void {
  folder = logsDir;
  logger.transports.file.resolvePathFn = () => join(logsDir, LOG_FILE_NAME);
  logger.transports.file.level = 'info';
}

/** The folder the log is written to, once set up. */
export function logFolder(): string | null {
  return folder;
}

type Details = Readonly<Record<string, unknown>>;

/** An error's name and message, the home folder (which names the user) shown as `~`. */
export function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.replaceAll(homedir(), '~');
}

function line(event: string, details?: Details): string {
  return details ? `${event} ${JSON.stringify(details)}` : event;
}

/** Log an event with ids and numbers only, e.g. `log.info('reminders fired', { checklistIds })`. */
export const log = {
  info(event: string, details?: Details): void {
    logger.info(line(event, details));
  },
  warn(event: string, details?: Details): void {
    logger.warn(line(event, details));
  },
  error(event: string, error?: unknown, details?: Details): void {
    logger.error(
      line(event, error === undefined ? details : { ...details, error: describeError(error) }),
    );
  },
};
