import { defaultStoreData, type StoreData, storeSchema } from './schema.ts';

/** A place in the data file: object keys and array indices, from the root. */
export type DataPath = (string | number)[];

/** One thing salvage changed: a value set back to its default, or an entry taken out. */
export interface SalvageChange {
  path: DataPath;
  action: 'reset' | 'removed';
}

export type SalvageResult =
  | { kind: 'salvaged'; data: StoreData; changes: SalvageChange[] }
  | { kind: 'hopeless' };

/** More rounds than this and the file is damaged beyond a few fields: treat it as corrupt. */
const MAX_ROUNDS = 200;

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
    const issue = parsed.error.issues[0];
    if (!issue) return { kind: 'hopeless' };
    if (issue.code === 'unrecognized_keys') {
      const target = valueAt(working, issue.path);
      if (!isContainer(target) || Array.isArray(target)) return { kind: 'hopeless' };
      for (const key of issue.keys) {
        delete target[key];
        record([...issue.path, key], 'removed');
      }
      continue;
    }
    let path: readonly PropertyKey[] = issue.path;
    // A required field that is missing: the entry holding it goes.
    if (path.length > 0 && !hasValueAt(working, path) && !hasValueAt(defaults, path))
      path = path.slice(0, -1);
    if (path.length === 0) return { kind: 'hopeless' };
    if (hasValueAt(defaults, path)) {
      setAt(working, path, structuredClone(valueAt(defaults, path)));
      record(path, 'reset');
    } else {
      removeAt(working, path);
      record(path, 'removed');
    }
  }
  return { kind: 'hopeless' };
}
