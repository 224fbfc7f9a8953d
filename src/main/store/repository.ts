import * as nodeFs from 'node:fs';
import { dirname, join } from 'node:path';
import { migrate } from './migrations.ts';
import { type SalvageChange, salvageStoreData } from './salvage.ts';
import { CURRENT_SCHEMA_VERSION, defaultStoreData, type StoreData, storeSchema } from './schema.ts';
import { parseStoreText } from './store-text.ts';

/** The part of a conf / electron-store instance the repository uses. */
export interface BackingStore {
  readonly path: string;
  store: Record<string, unknown>;
}

/** Creates the backing store over `cwd/name.json` (electron-store in the app, conf in tests). */
export type BackingStoreFactory = (options: {
  cwd: string;
  name: string;
  defaults: StoreData;
}) => BackingStore;

export type FileSystem = Pick<
  typeof nodeFs,
  'readFileSync' | 'statSync' | 'renameSync' | 'copyFileSync' | 'existsSync'
>;

/** Why the file on disk was not used as it was. */
export type StoreProblem =
  | {
      kind: 'quarantined';
      reason: 'unreadable' | 'not-json' | 'invalid' | 'not-a-file';
      movedTo: string;
    }
  | {
      /** Part of the file failed validation: that part was reset, the rest kept. */
      kind: 'salvaged';
      changes: SalvageChange[];
      /** A copy of the file as it was. */
      keptAt: string;
    }
  | {
      kind: 'read-only';
      reason: 'newer-version' | 'cannot-move-aside' | 'cannot-write';
      version?: number;
    };

export class StoreWriteError extends Error {
  readonly reason: 'read-only' | 'invalid' | 'io';
  constructor(reason: 'read-only' | 'invalid' | 'io', message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'StoreWriteError';
    this.reason = reason;
  }
}

/** The only way the app reads and writes its saved state. */
export interface StoreRepository {
  readonly path: string;
  readonly isReadOnly: boolean;
  /** What happened to the file at start, for a notice; null when all was well. */
  readonly problem: StoreProblem | null;
  read(): StoreData;
  /**
   * Applies `change`, validates the result and writes it durably (temp file
   * + rename) before returning. On any failure nothing changes, in memory
   * or on disk, and a StoreWriteError is thrown.
   */
  update(change: (data: StoreData) => StoreData): StoreData;
  /**
   * Copies the current file next to it under a dated name that is never
   * reused; returns the copy's path, or null when there is no file yet.
   * Throws when the copy cannot be made.
   */
  backup(label: string): string | null;
}

export interface OpenStoreOptions {
  cwd: string;
  name?: string;
  now: () => number;
  createBackingStore: BackingStoreFactory;
  fs?: FileSystem;
}

/** A file-name-safe UTC stamp, e.g. 2026-11-23T12-57-00Z. */
export function fileStamp(now: number): string {
  return new Date(now)
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replaceAll(':', '-');
}

type Inspection =
  | { kind: 'missing' }
  | { kind: 'usable'; data: StoreData; migrated: boolean }
  | { kind: 'salvaged'; data: StoreData; changes: SalvageChange[] }
  | { kind: 'corrupt'; reason: 'unreadable' | 'not-json' | 'invalid' | 'not-a-file' }
  | { kind: 'newer'; version: number; readable: StoreData | null };

function inspect(path: string, fs: FileSystem, now: number): Inspection {
  let text: string;
  try {
    if (!fs.statSync(path).isFile()) return { kind: 'corrupt', reason: 'not-a-file' };
    text = fs.readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'corrupt', reason: 'unreadable' };
  }
  let document: unknown;
  try {
    document = parseStoreText(text);
  } catch {
    return { kind: 'corrupt', reason: 'not-json' };
  }
  if (document === null || typeof document !== 'object' || Array.isArray(document))
    return { kind: 'corrupt', reason: 'invalid' };
  const record = document as Record<string, unknown>;
  const outcome = migrate(record, now);
  if (outcome.kind === 'newer')
    return { kind: 'newer', version: outcome.version, readable: readAsCurrent(record) };
  if (outcome.kind === 'unknown-version') return { kind: 'corrupt', reason: 'invalid' };
  const parsed = storeSchema.safeParse(outcome.data);
  if (!parsed.success) {
    const salvage = salvageStoreData(outcome.data);
    if (salvage.kind === 'hopeless') return { kind: 'corrupt', reason: 'invalid' };
    return { kind: 'salvaged', data: salvage.data, changes: salvage.changes };
  }
  return { kind: 'usable', data: parsed.data, migrated: outcome.kind === 'migrated' };
}

/**
 * What of a newer version's file this version understands: its known
 * fields, if they still pass today's schema. Shown read-only, so a user who
 * went back a version still sees their progress.
 */
function readAsCurrent(document: Record<string, unknown>): StoreData | null {
  const known = Object.fromEntries(
    Object.keys(storeSchema.shape)
      .filter((key) => key in document)
      .map((key) => [key, document[key]]),
  );
  const parsed = storeSchema.safeParse({
    ...defaultStoreData(),
    ...known,
    schemaVersion: CURRENT_SCHEMA_VERSION,
  });
  return parsed.success ? parsed.data : null;
}

/**
 * Opens the store. A file that cannot be used is never silently reset: it
 * is moved aside under a dated name and the app starts from defaults; a file
 * of which only some fields are wrong is copied aside and saved with just
 * those fields reset; a file written by a newer version is left untouched
 * and the store is read-only.
 */
export function openStore(options: OpenStoreOptions): StoreRepository {
  const fs = options.fs ?? nodeFs;
  const name = options.name ?? 'config';
  const path = join(options.cwd, `${name}.json`);
  const inspection = inspect(path, fs, options.now());
  let problem: StoreProblem | null = null;
  let backing: BackingStore | null = null;
  let data = defaultStoreData();

  if (inspection.kind === 'newer') {
    problem = { kind: 'read-only', reason: 'newer-version', version: inspection.version };
    if (inspection.readable) data = inspection.readable;
  } else {
    if (inspection.kind === 'corrupt') {
      const movedTo = join(dirname(path), `${name}.corrupt-${fileStamp(options.now())}.json`);
      try {
        fs.renameSync(path, movedTo);
        problem = { kind: 'quarantined', reason: inspection.reason, movedTo };
      } catch {
        problem = { kind: 'read-only', reason: 'cannot-move-aside' };
      }
    }
    if (inspection.kind === 'salvaged') {
      // The file as it was stays on disk before the repaired data is written over it.
      try {
        const keptAt = copyAside(fs, path, `${name}.before-repair`, options.now());
        problem = { kind: 'salvaged', changes: inspection.changes, keptAt };
      } catch {
        data = inspection.data;
        problem = { kind: 'read-only', reason: 'cannot-move-aside' };
      }
    }
    if (problem === null || problem.kind === 'quarantined' || problem.kind === 'salvaged') {
      try {
        if (inspection.kind === 'usable' && inspection.migrated)
          copyAside(fs, path, `${name}.before-migration`, options.now());
        backing = options.createBackingStore({ cwd: options.cwd, name, defaults: data });
        if (inspection.kind === 'usable' || inspection.kind === 'salvaged') {
          data = inspection.data;
          if (inspection.kind === 'salvaged' || inspection.migrated) backing.store = data;
        }
      } catch {
        // The folder cannot be written: show what there is, change nothing.
        backing = null;
        if (inspection.kind === 'usable' || inspection.kind === 'salvaged') data = inspection.data;
        problem =
          problem?.kind === 'quarantined' ? problem : { kind: 'read-only', reason: 'cannot-write' };
      }
    }
  }

  const write = (next: StoreData): StoreData => {
    if (!backing) throw new StoreWriteError('read-only', 'the store is read-only');
    const parsed = storeSchema.safeParse(next);
    if (!parsed.success)
      throw new StoreWriteError('invalid', 'the change would make the store invalid', {
        cause: parsed.error,
      });
    try {
      backing.store = parsed.data;
    } catch (error) {
      throw new StoreWriteError('io', 'the store could not be written', { cause: error });
    }
    data = parsed.data;
    return data;
  };

  return {
    path,
    isReadOnly: backing === null,
    problem,
    read: () => data,
    // The change works on a copy, so even a change that mutates cannot leave memory half-changed.
    update: (change) => write(change(structuredClone(data))),
    backup: (label) =>
      fs.existsSync(path) ? copyAside(fs, path, `${name}.${label}`, options.now()) : null,
  };
}

/** Copies `path` to `<prefix>-<stamp>[-n].json` beside it, never over an existing file. */
function copyAside(fs: FileSystem, path: string, prefix: string, now: number): string {
  for (let attempt = 0; ; attempt++) {
    const suffix = attempt === 0 ? '' : `-${attempt}`;
    const copy = join(dirname(path), `${prefix}-${fileStamp(now)}${suffix}.json`);
    try {
      fs.copyFileSync(path, copy, nodeFs.constants.COPYFILE_EXCL);
      return copy;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 100) throw error;
    }
  }
}
