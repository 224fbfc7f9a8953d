import { CURRENT_SCHEMA_VERSION } from './schema.ts';

type Json = Record<string, unknown>;

/**
 * One migration per schema version: `migrations[n]` turns a version-n
 * document into version n+1. Each is a pure function of plain JSON and has
 * its own test.
 */
export const migrations: Record<number, (data: Json, now: number) => Json> = {
  /**
   * v0 is the unversioned file of the first development builds: progress,
   * settings and a `fired` list of reminder keys, nothing else. v1 adds the
   * version, custom checklists, packs, UI state and notices. v0's fired
   * keys (`<checklist>:<kind>:…`) carry no time, so every checklist that
   * had one counts as reminded up to the migration: nothing fires twice.
   */
  0: (data, now) => {
    const { fired, ...rest } = data;
    const migratedAt = new Date(now).toISOString();
    const checklistIds = new Set(
      (Array.isArray(fired) ? fired : [])
        .filter((key): key is string => typeof key === 'string')
        .map((key) => key.split(':')[0] ?? ''),
    );
    const firedLog = [...checklistIds]
      .filter((id) => id !== '')
      .map((checklistId) => ({
        key: `${checklistId}:migrated`,
        checklistId,
        occurrence: now,
        firedAt: now,
      }));
    return {
      progress: {},
      settings: {},
      customChecklists: [],
      packs: [],
      ui: { preferredPlatform: null, welcomeFinishedAt: migratedAt, windowBounds: null },
      notices: [],
      ...rest,
      firedLog,
      schemaVersion: 1,
    };
  },
};

export type MigrationOutcome =
  | { kind: 'current'; data: Json }
  | { kind: 'migrated'; from: number; data: Json }
  | { kind: 'newer'; version: number }
  | { kind: 'unknown-version'; version: unknown };

/** Reads a document's version (absent = 0) and brings it up to the current one. */
export function migrate(document: Json, now: number): MigrationOutcome {
  const version = document.schemaVersion ?? 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    return { kind: 'unknown-version', version };
  if (version > CURRENT_SCHEMA_VERSION) return { kind: 'newer', version };
  if (version === CURRENT_SCHEMA_VERSION) return { kind: 'current', data: document };
  let data = document;
  for (let step = version; step < CURRENT_SCHEMA_VERSION; step++) {
    const migration = migrations[step];
    if (!migration) return { kind: 'unknown-version', version };
    data = migration(data, now);
  }
  return { kind: 'migrated', from: version, data };
}
