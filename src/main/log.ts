/**
 * The app's one log: a small rotating file, for "it did not remind me".
 * Log events and ids only — checklist ids (always through
 * `checklistIdsForLog` in log-ids.ts: the user's own ids are made from
 * their titles), counts, instants, error messages — never checklist text,
 * step text, file contents or anything else about the user.
 *
 * electron-log is loaded by `setupLog`, after the tray stands: with its
 * transports (one of them pulls in node:https) it costs more start-up time
 * than the rest of the tray. Lines logged before that are kept in memory
 * with their time and written first; warnings and errors also go to the
 * console at once, so nothing waits for the file to tell of a problem.
 *
 * electron-log's node entry is used, not `electron-log/main`: the main
 * entry registers `__ELECTRON_LOG__` IPC handlers for renderers, and this
 * app's windows get no IPC beyond the typed API of src/shared/ipc.ts.
 * Until `setupLog` names the folder, nothing is written to disk.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The log rotates at this size: main.log moves to main.old.log (so at most ~2 MB on disk). */
export const LOG_MAX_BYTES = 1024 * 1024;
export const LOG_FILE_NAME = 'main.log';
/** Lines kept while the log file is not set up yet (a start logs a handful). */
const EARLY_LINES_MAX = 500;

type Level = 'info' | 'warn' | 'error';
interface Line {
  level: Level;
  text: string;
  date: Date;
}

let folder: string | null = null;
/** Whether the last line sent to the file got there (an unwritable folder takes none). */
let isWritten = false;
let write: ((line: Line) => void) | null = null;
const early: Line[] = [];

function emit(level: Level, text: string): void {
  const entry = { level, text, date: new Date() };
  if (write) {
    write(entry);
    return;
  }
  // The console only carries what needs attention; the file carries the rest.
  if (level !== 'info') console[level](`[${level}] ${text}`);
  if (early.length < EARLY_LINES_MAX) early.push(entry);
}

/** electron-log's stand-in for a file it could not write (`isNull()` is not in its types). */
function isNullFile(file: object): boolean {
  return 'isNull' in file && typeof file.isNull === 'function' && file.isNull() === true;
}

/**
 * Starts writing to `<logsDir>/main.log` (Electron's `app.getPath('logs')`),
 * beginning with the lines logged so far.
 */
export async function setupLog(logsDir: string): Promise<void> {
  const { default: electronLog } = await import('electron-log/node');
  const logger = electronLog.create({ logId: 'optout' });
  logger.transports.file.maxSize = LOG_MAX_BYTES;
  logger.transports.file.format = '[{iso}] [{level}] {text}';
  logger.transports.file.resolvePathFn = () => join(logsDir, LOG_FILE_NAME);
  logger.transports.file.level = 'info';
  logger.transports.console.level = 'warn';
  logger.transports.console.format = '[{level}] {text}';
  // electron-log/node can also post logs to a URL or over IPC; this app sends them nowhere.
  for (const name of ['remote', 'ipc'] as const) {
    const transport = logger.transports[name];
    if (transport) transport.level = false;
  }
  // electron-log tries the file when it first provides it (a NullFile, which
  // drops every line, if it cannot be made or appended to), reports a failed
  // write on the console and drops the line; what it wrote shows in the
  // file's byte count (reset on rotation).
  const file = logger.transports.file.getFile();
  isWritten = !isNullFile(file);
  const toFile = (line: Line, transports?: ['file']): void => {
    const before = file.bytesWritten;
    logger.processMessage(
      { data: [line.text], level: line.level, date: line.date },
      transports ? { transports } : undefined,
    );
    isWritten = file.bytesWritten !== before;
  };
  // The early lines already reached the console if they needed to.
  for (const line of early.splice(0)) toFile(line, ['file']);
  write = (line) => toFile(line);
  folder = logsDir;
}

/**
 * The folder the log is written to: only once a line got there, and not
 * while lines fail to (an unwritable folder, a full disk), so About never
 * offers a folder that holds no log.
 */
export function logFolder(): string | null {
  return isWritten ? folder : null;
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

/**
 * Log an event with ids and numbers only, e.g.
 * `log.info('reminders due', { checklistIds: checklistIdsForLog(data, ids) })`.
 */
export const log = {
  info(event: string, details?: Details): void {
    emit('info', line(event, details));
  },
  warn(event: string, details?: Details): void {
    emit('warn', line(event, details));
  },
  error(event: string, error?: unknown, details?: Details): void {
    emit(
      'error',
      line(event, error === undefined ? details : { ...details, error: describeError(error) }),
    );
  },
};
