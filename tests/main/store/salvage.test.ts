import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DataPath, salvageStoreData } from '../../../src/main/store/salvage.ts';
import { defaultStoreData, type StoreData, storeSchema } from '../../../src/main/store/schema.ts';
import { dueChecklist } from '../../support/fixtures.ts';

const DEADLINE = Date.UTC(2027, 0, 15, 12);

/** A returning user with something in every part of the file. */
function richData(): StoreData {
  const base = defaultStoreData();
  return storeSchema.parse({
    ...base,
    progress: {
      'linkedin-ai-training': {
        steps: {
          web: {
            'open-settings': '2026-11-01T10:00:00.000Z',
            'switch-off': '2026-11-01T10:05:00.000Z',
          },
        },
        firstSeenAt: '2026-10-01T08:00:00.000Z',
      },
      'meta-ai-training': {
        steps: {},
        completedAt: '2026-11-02T09:00:00.000Z',
        completedHow: 'elsewhere',
      },
    },
    settings: {
      ...base.settings,
      country: 'NL',
      leadTimesMinutes: [10_080, 1_440],
      quietHours: { start: '23:00', end: '07:00' },
      checkNewDeadlines: true,
    },
    customChecklists: [dueChecklist('my-own-one', DEADLINE), dueChecklist('my-own-two', DEADLINE)],
    packs: [
      {
        id: 'a-pack',
        name: 'A pack',
        fileName: 'a-pack.json',
        importedAt: '2026-11-03T10:00:00.000Z',
        checklists: [dueChecklist('pack-one', DEADLINE), dueChecklist('pack-two', DEADLINE)],
      },
    ],
    firedLog: [
      { key: 'lead:1', checklistId: 'my-own-one', occurrence: 1, firedAt: 1_700_000_000_000 },
      { key: 'lead:2', checklistId: 'my-own-two', occurrence: 2, firedAt: 1_700_000_001_000 },
    ],
    ui: {
      preferredPlatform: 'web',
      welcomeFinishedAt: '2026-01-01T00:00:00.000Z',
      windowBounds: { x: 10, y: 20, width: 800, height: 600 },
    },
    notices: [{ kind: 'zone-unknown', at: '2026-11-04T10:00:00.000Z' }],
  });
}

type Json = Record<string | number, unknown>;

function at(root: unknown, path: DataPath): unknown {
  return path.reduce<unknown>((value, key) => (value as Json | undefined)?.[key], root);
}

/** A copy of `root` with the value at `path` replaced (`undefined` = taken out). */
function withValue(root: unknown, path: DataPath, value: unknown): Json {
  const copy = structuredClone(root) as Json;
  const parent = at(copy, path.slice(0, -1)) as Json;
  const key = path.at(-1) as string | number;
  if (value !== undefined) parent[key] = value;
  else if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else delete parent[key];
  return copy;
}

/** Every place in `value` below the root. */
function pathsIn(value: unknown, prefix: DataPath = []): DataPath[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    return [path, ...pathsIn(child, path)];
  });
}

const isPrefix = (prefix: DataPath, path: DataPath) =>
  prefix.length <= path.length && prefix.every((key, index) => path[index] === key);

describe('salvageStoreData', () => {
  it('keeps a valid file as it is, with no changes', () => {
    const data = richData();
    expect(salvageStoreData(data)).toEqual({ kind: 'salvaged', data, changes: [] });
  });

  it('resets a setting with a wrong value to its default and keeps everything else', () => {
    const data = richData();
    const result = salvageStoreData(withValue(data, ['settings', 'leadTimesMinutes'], '14 days'));
    expect(result).toEqual({
      kind: 'salvaged',
      data: {
        ...data,
        settings: {
          ...data.settings,
          leadTimesMinutes: defaultStoreData().settings.leadTimesMinutes,
        },
      },
      changes: [{ path: ['settings', 'leadTimesMinutes'], action: 'reset' }],
    });
  });

  it('takes out one tick whose time is not a time, keeping the other tick', () => {
    const data = richData();
    const tick = ['progress', 'linkedin-ai-training', 'steps', 'web', 'switch-off'];
    const result = salvageStoreData(withValue(data, tick, 'yesterday'));
    expect(result).toEqual({
      kind: 'salvaged',
      data: withValue(data, tick, undefined),
      changes: [{ path: tick, action: 'removed' }],
    });
    expect(
      result.kind === 'salvaged' &&
        result.data.progress['linkedin-ai-training']?.steps.web?.['open-settings'],
    ).toBe('2026-11-01T10:00:00.000Z');
  });

  it('drops an unknown top-level key', () => {
    const data = richData();
    expect(salvageStoreData({ ...data, myNote: 'hello' })).toEqual({
      kind: 'salvaged',
      data,
      changes: [{ path: ['myNote'], action: 'removed' }],
    });
  });

  it('drops unknown keys deeper down', () => {
    const data = richData();
    const damaged = withValue(data, ['settings', 'colour'], 'blue');
    expect(salvageStoreData(damaged)).toEqual({
      kind: 'salvaged',
      data,
      changes: [{ path: ['settings', 'colour'], action: 'removed' }],
    });
  });

  it('takes out the one custom checklist that lacks a required field, as a whole', () => {
    const data = richData();
    const result = salvageStoreData(withValue(data, ['customChecklists', 0, 'title'], undefined));
    expect(result).toEqual({
      kind: 'salvaged',
      data: { ...data, customChecklists: [data.customChecklists[1]] },
      changes: [{ path: ['customChecklists', 0], action: 'removed' }],
    });
  });

  it('takes out one broken reminder log entry as a whole, not just its bad field', () => {
    const data = richData();
    const result = salvageStoreData(withValue(data, ['firedLog', 1, 'occurrence'], 'often'));
    expect(result).toEqual({
      kind: 'salvaged',
      data: { ...data, firedLog: [data.firedLog[0]] },
      changes: [{ path: ['firedLog', 1], action: 'removed' }],
    });
  });

  it('resets a whole section of the wrong type to its default', () => {
    const data = richData();
    const result = salvageStoreData({ ...data, ui: 'wide' });
    expect(result).toEqual({
      kind: 'salvaged',
      data: { ...data, ui: defaultStoreData().ui },
      changes: [{ path: ['ui'], action: 'reset' }],
    });
  });

  it('mends several independent problems at once', () => {
    const data = richData();
    let damaged = withValue(data, ['settings', 'leadTimesMinutes'], '14 days');
    damaged = withValue(damaged, ['settings', 'overdueEveryDays'], -3);
    damaged = { ...damaged, myNote: 'hello' };
    const result = salvageStoreData(damaged);
    expect(result.kind === 'salvaged' && result.changes.map((change) => change.path)).toEqual(
      expect.arrayContaining([
        ['myNote'],
        ['settings', 'leadTimesMinutes'],
        ['settings', 'overdueEveryDays'],
      ]),
    );
    expect(result.kind === 'salvaged' && result.data.progress).toEqual(data.progress);
    expect(result.kind === 'salvaged' && result.data.settings.country).toBe('NL');
  });

  it('mends every bad entry of a long list at once, and names each', () => {
    const data = richData();
    const extra = Object.fromEntries(Array.from({ length: 300 }, (_, n) => [`k${n}`, n]));
    // 300 bad ticks beside the good ones: all taken out, the good ones kept.
    const ticks = Object.fromEntries(Array.from({ length: 300 }, (_, n) => [`s${n}`, 'never']));
    const web = ['progress', 'linkedin-ai-training', 'steps', 'web'];
    const good = at(data, web) as Record<string, string>;
    const damaged = withValue(data, web, { ...good, ...ticks });
    const result = salvageStoreData(damaged);
    expect(result.kind === 'salvaged' && at(result.data as unknown as Json, web)).toEqual(good);
    expect(result.kind === 'salvaged' && result.changes).toHaveLength(300);
    // 250 reminder-log entries with a bad time: each one out, in the right places.
    const log = Array.from({ length: 250 }, (_, n) => ({
      checklistId: 'linkedin-ai-training',
      key: `k${n}`,
      occurrence: 0,
      firedAt: 1.5,
    }));
    const withLog = salvageStoreData({ ...data, firedLog: log } as unknown as Record<
      string,
      unknown
    >);
    expect(withLog.kind === 'salvaged' && withLog.data.firedLog).toEqual([]);
    expect(withLog.kind === 'salvaged' && withLog.changes).toHaveLength(250);
    // Unknown keys go in one round, however many there are.
    expect(salvageStoreData({ ...data, ...extra }).kind).toBe('salvaged');
  });

  it('cuts words that are too long instead of taking out the checklist they belong to', () => {
    const data = richData();
    const title = ['customChecklists', 0, 'title', 'en'];
    const long = `${'Object to training on my posts '.repeat(5)}🚀`;
    const result = salvageStoreData(withValue(data, title, long));
    expect(result.kind).toBe('salvaged');
    if (result.kind !== 'salvaged') return;
    const kept = at(result.data as unknown as Json, title) as string;
    expect(kept).toBe(long.slice(0, 120));
    expect(result.changes).toEqual([{ path: title, action: 'shortened' }]);
    expect(result.data.customChecklists).toHaveLength((data.customChecklists as unknown[]).length);
  });

  it('does not change the document it is given', () => {
    const damaged = { ...richData(), myNote: 'hello' };
    const before = structuredClone(damaged);
    salvageStoreData(damaged);
    expect(damaged).toEqual(before);
  });

  it('property: one field corrupted anywhere → valid data, equal to the original outside the corrupted place', () => {
    const original = richData();
    const places = pathsIn(original);
    const corruptions = fc.oneof(
      fc.constantFrom<unknown>(
        'yesterday',
        '14 days',
        -1,
        0.5,
        null,
        true,
        {},
        [],
        'x'.repeat(5000),
      ),
      fc.constant(undefined),
      fc.string(),
      fc.integer(),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...places),
        corruptions,
        fc.boolean(),
        (place, bad, isExtraKey) => {
          const target = at(original, place);
          const addsKey =
            isExtraKey && typeof target === 'object' && target !== null && !Array.isArray(target);
          const corruptedPath = addsKey ? [...place, 'myNote'] : place;
          const damaged = withValue(original, corruptedPath, addsKey ? 'hello' : bad);
          const result = salvageStoreData(damaged);
          expect(result.kind).toBe('salvaged');
          if (result.kind !== 'salvaged') return;
          expect(storeSchema.safeParse(result.data).success).toBe(true);
          const damagedIsValid = storeSchema.safeParse(damaged);
          if (damagedIsValid.success) {
            expect(result).toEqual({ kind: 'salvaged', data: damagedIsValid.data, changes: [] });
            return;
          }
          expect(result.changes.length).toBeGreaterThan(0);
          // At the corrupted place, above it (its entry) or inside it (quietHours {} gets
          // its start and end back).
          for (const change of result.changes)
            expect(
              isPrefix(change.path, corruptedPath) || isPrefix(corruptedPath, change.path),
            ).toBe(true);
          // The same changes made to the undamaged original give the result: nothing else moved.
          const expected = result.changes.reduce<Json>(
            (data, change) =>
              withValue(
                data,
                change.path,
                change.action === 'reset'
                  ? at(defaultStoreData(), change.path)
                  : change.action === 'shortened'
                    ? at(result.data, change.path)
                    : undefined,
              ),
            structuredClone(original) as Json,
          );
          expect(result.data).toEqual(storeSchema.parse(expected));
        },
      ),
      { numRuns: 300 },
    );
  });
});
