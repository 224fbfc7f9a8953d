/**
 * The app's one log: a small rotating file, for "it did not remind me".
 * Log events and ids only — checklist ids, counts, instants, error
 * messages — never checklist text, step text, file contents or anything
 * else about the user.
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

/**
 * Starts writing to `<logsDir>/main.log` (Electron's `app.getPath('logs')`),
 * beginning with the lines logged so far.
 */
export async function setupLog(logsDir: string): Promise<void> {
  folder = logsDir;
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
  const toFile = (line: Line, transports?: ['file']): void =>
    logger.processMessage(
      { data: [line.text], level: line.level, date: line.date },
      transports ? { transports } : undefined,
    );
  // The early lines already reached the console if they needed to.
  for (const line of early.splice(0)) toFile(line, ['file']);
  write = (line) => toFile(line);
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
