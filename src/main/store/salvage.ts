import type { z } from 'zod';
import { defaultStoreData, type StoreData, storeSchema } from './schema.ts';

/** A place in the data file: object keys and array indices, from the root. */
export type DataPath = (string | number)[];

/**
 * One thing salvage changed: a value set back to its default, an entry taken
 * out, or a text cut to the length the schema takes.
 */
export interface SalvageChange {
  path: DataPath;
  action: 'reset' | 'removed' | 'shortened';
}

export type SalvageResult =
  | { kind: 'salvaged'; data: StoreData; changes: SalvageChange[] }
  | { kind: 'hopeless' };

/**
 * More rounds than this and the damage does not settle: treat the file as
 * corrupt. Each round mends every problem the schema reports, so a list with
 * thousands of bad entries takes one round, and a required field missing
 * deep down takes one round per level it climbs.
 */
const MAX_ROUNDS = 50;

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (!isContainer(value)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function hasValueAt(root: unknown, path: readonly PropertyKey[]): boolean {
  if (path.length === 0) return true;
  const parent = valueAt(root, path.slice(0, -1));
  return isContainer(parent) && Object.hasOwn(parent, path.at(-1) as PropertyKey);
}

function removeAt(root: unknown, path: readonly PropertyKey[]): void {
  const parent = valueAt(root, path.slice(0, -1));
  const key = path.at(-1) as PropertyKey;
  if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else if (isContainer(parent)) delete (parent as Record<PropertyKey, unknown>)[key];
}

function setAt(root: unknown, path: readonly PropertyKey[], value: unknown): void {
  const parent = valueAt(root, path.slice(0, -1));
  if (isContainer(parent))
    (parent as Record<PropertyKey, unknown>)[path.at(-1) as PropertyKey] = value;
}

function toDataPath(path: readonly PropertyKey[]): DataPath {
  return path.map((key) => (typeof key === 'number' ? key : String(key)));
}

/**
 * Keeps what is valid in a data file of the current schema version that
 * fails validation, and resets only what is not: an unknown key is dropped;
 * a bad value that has a default (a setting, a section) gets the default;
 * any other bad value is taken out of its record or list, and a bad entry
 * missing a required field goes as a whole (one tick, one checklist's
 * progress, one custom checklist). Gives up ('hopeless') when the root itself
 * is wrong or the damage does not settle within a bounded number of rounds.
 * Does not change `document`.
 */
export function salvageStoreData(document: Record<string, unknown>): SalvageResult {
  const working: unknown = structuredClone(document);
  const defaults = defaultStoreData();
  const changes: SalvageChange[] = [];
  // A field taken out and then its whole entry (the field was required): name the entry only.
  const record = (path: readonly PropertyKey[], action: SalvageChange['action']) => {
    const change = { path: toDataPath(path), action };
    const within = (earlier: SalvageChange) =>
      change.path.every((key, index) => earlier.path[index] === key);
    for (let index = changes.length - 1; index >= 0; index--)
      if (within(changes[index] as SalvageChange)) changes.splice(index, 1);
    changes.push(change);
  };
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const parsed = storeSchema.safeParse(working);
    if (parsed.success) return { kind: 'salvaged', data: parsed.data, changes };
    const mends = parsed.error.issues.map((issue) => mendFor(issue, working, defaults));
    if (mends.some((mend) => mend === null) || mends.length === 0) return { kind: 'hopeless' };
    // Deepest and last first, so taking an entry out of a list does not move one still to mend;
    // a place inside another that is mended too is left to that one.
    const ordered = (mends as Mend[]).sort((a, b) => comparePaths(b.path, a.path));
    const mended: (readonly PropertyKey[])[] = [];
    for (const mend of ordered) {
      if (mended.some((done) => startsWith(mend.path, done) && mend.kind !== 'unknown-keys'))
        continue;
      if (mended.some((done) => startsWith(done, mend.path) && done.length > mend.path.length))
        // A deeper place was mended already in this round; this one is mended next round if still wrong.
        continue;
      applyMend(working, mend, defaults, record);
      mended.push(mend.path);
    }
  }
  return { kind: 'hopeless' };
}

/** The fields that hold words (a text in English or Dutch, a name): cut when too long. */
const WORDS = new Set(['en', 'nl', 'organisation', 'name', 'note']);

type Mend =
  | { kind: 'unknown-keys'; path: readonly PropertyKey[]; keys: string[] }
  | { kind: 'shorten'; path: readonly PropertyKey[]; maximum: number }
  | { kind: 'reset' | 'remove'; path: readonly PropertyKey[] };

/**
 * How to mend the place one schema issue names: drop unknown keys; cut a
 * text that is too long; set a value with a default back to it; else take
 * the value out (a required field that is missing: the entry holding it).
 * Null when the issue is about the whole file.
 */
function mendFor(issue: z.core.$ZodIssue, working: unknown, defaults: unknown): Mend | null {
  if (issue.code === 'unrecognized_keys') {
    const target = valueAt(working, issue.path);
    return isContainer(target) && !Array.isArray(target)
      ? { kind: 'unknown-keys', path: issue.path, keys: issue.keys }
      : null;
  }
  const value = valueAt(working, issue.path);
  // Words cut to length, rather than the checklist they belong to taken out (not an
  // id: a shorter id would be another one).
  if (
    issue.code === 'too_big' &&
    issue.origin === 'string' &&
    typeof value === 'string' &&
    WORDS.has(String(issue.path.at(-1)))
  )
    return { kind: 'shorten', path: issue.path, maximum: Number(issue.maximum) };
  let path: readonly PropertyKey[] = issue.path;
  if (path.length > 0 && !hasValueAt(working, path) && !hasValueAt(defaults, path))
    path = path.slice(0, -1);
  if (path.length === 0) return null;
  return { kind: hasValueAt(defaults, path) ? 'reset' : 'remove', path };
}

function applyMend(
  working: unknown,
  mend: Mend,
  defaults: unknown,
  record: (path: readonly PropertyKey[], action: SalvageChange['action']) => void,
): void {
  switch (mend.kind) {
    case 'unknown-keys': {
      const target = valueAt(working, mend.path) as Record<string, unknown>;
      for (const key of mend.keys) {
        delete target[key];
        record([...mend.path, key], 'removed');
      }
      return;
    }
    case 'shorten': {
      const text = valueAt(working, mend.path) as string;
      let cut = text.slice(0, mend.maximum);
      // Not half a surrogate pair.
      if (/[\uD800-\uDBFF]$/u.test(cut)) cut = cut.slice(0, -1);
      setAt(working, mend.path, cut);
      record(mend.path, 'shortened');
      return;
    }
    case 'reset':
      setAt(working, mend.path, structuredClone(valueAt(defaults, mend.path)));
      record(mend.path, 'reset');
      return;
    case 'remove':
      removeAt(working, mend.path);
      record(mend.path, 'removed');
  }
}

/** Path order: by key, numbers as numbers, a prefix before what it holds. */
function comparePaths(a: readonly PropertyKey[], b: readonly PropertyKey[]): number {
  for (let index = 0; index < Math.min(a.length, b.length); index++) {
    const left = a[index];
    const right = b[index];
    if (left === right) continue;
    if (typeof left === 'number' && typeof right === 'number') return left - right;
    return String(left) < String(right) ? -1 : 1;
  }
  return a.length - b.length;
}

function startsWith(path: readonly PropertyKey[], prefix: readonly PropertyKey[]): boolean {
  return prefix.length <= path.length && prefix.every((key, index) => path[index] === key);
}
