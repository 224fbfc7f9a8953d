import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// log.ts keeps its state per process (the early lines, the file): a fresh copy per test.
async function freshLog() {
  vi.resetModules();
  return import('../../src/main/log.ts');
}

async function fileLines(path: string): Promise<string[]> {
  // electron-log's file transport appends synchronously per message; read what is there.
  return readFileSync(path, 'utf8').trim().split('\n');
}

describe('the log', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'optout-log-'));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes what was logged before the file was set up first, in order, with its own time', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { log, setupLog, LOG_FILE_NAME } = await freshLog();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.parse('2026-11-24T08:00:00.000Z'));
    log.info('start', { version: '1.2.3' });
    log.warn('store problem', { kind: 'read-only' });
    // Before the file exists, a warning is on the console at once.
    expect(warn).toHaveBeenCalledWith('[warn] store problem {"kind":"read-only"}');
    vi.setSystemTime(Date.parse('2026-11-24T08:00:05.000Z'));
    await setupLog(dir);
    log.info('wake-up', { nextPlanned: null });
    const lines = await fileLines(join(dir, LOG_FILE_NAME));
    // `[<iso time>] [<level>] <event> <details>`; electron-log pads the level.
    expect(lines.map((line) => line.replace(/^\[[^\]]+\] /, '').replace(/\] +/, '] '))).toEqual([
      '[info] start {"version":"1.2.3"}',
      '[warn] store problem {"kind":"read-only"}',
      '[info] wake-up {"nextPlanned":null}',
    ]);
    // The early lines carry the time they were logged, not the time the file was set up.
    expect(lines.map((line) => line.slice(1, line.indexOf(']')))).toEqual([
      '2026-11-24T08:00:00.000Z',
      '2026-11-24T08:00:00.000Z',
      '2026-11-24T08:00:05.000Z',
    ]);
    // Shown on the console once, not a second time when the file catches up.
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('names the folder it writes to and keeps the home folder out of error text', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { log, setupLog, logFolder, LOG_FILE_NAME } = await freshLog();
    expect(logFolder()).toBeNull();
    await setupLog(dir);
    expect(logFolder()).toBe(dir);
    const { homedir } = await import('node:os');
    log.error('could not read', new Error(`ENOENT: ${join(homedir(), 'secret', 'config.json')}`));
    const text = readFileSync(join(dir, LOG_FILE_NAME), 'utf8');
    expect(text).toContain('could not read {"error":"Error: ENOENT: ~');
    expect(text).not.toContain(homedir());
  });

  it('names no folder when no line could be written there, so About says no log is written', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { log, setupLog, logFolder } = await freshLog();
    // A folder that cannot be made (its parent is a file), whoever runs the test.
    writeFileSync(join(dir, 'not-a-folder'), '');
    const logsDir = join(dir, 'not-a-folder', 'logs');
    log.info('start', { version: '1.2.3' });
    await setupLog(logsDir);
    expect(logFolder()).toBeNull();
    log.warn('store problem', { kind: 'read-only' });
    expect(logFolder()).toBeNull();
  });

  it('stops naming the folder once lines fail to reach the file', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { log, setupLog, logFolder, LOG_FILE_NAME } = await freshLog();
    log.info('start', { version: '1.2.3' });
    await setupLog(dir);
    expect(logFolder()).toBe(dir);
    // The log file gives way to a folder of the same name: appending to it fails.
    rmSync(join(dir, LOG_FILE_NAME));
    mkdirSync(join(dir, LOG_FILE_NAME));
    log.info('wake-up', { nextPlanned: null });
    expect(logFolder()).toBeNull();
  });
});
