import * as nodeFs from 'node:fs';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreWriteError } from '../../../src/main/store/repository.ts';
import { defaultStoreData, type StoreData, storeSchema } from '../../../src/main/store/schema.ts';
import { openTestStore, temporaryDir } from '../../support/store.ts';

const ticked = {
  'linkedin-ai-training': { steps: { web: { 'open-settings': '2025-10-01T10:00:00.000Z' } } },
};

const twoTicks = {
  'linkedin-ai-training': {
    steps: {
      web: {
        'open-settings': '2025-10-01T10:00:00.000Z',
        'switch-off': '2025-10-01T10:01:00.000Z',
      },
    },
  },
};

function filesIn(dir: string): string[] {
  return readdirSync(dir).sort();
}

describe('the store repository', () => {
  it('starts from defaults without a file and writes one on the first change', () => {
    const dir = temporaryDir();
    const store = openTestStore(dir);
    expect(store.problem).toBeNull();
    expect(store.read()).toEqual(defaultStoreData());
    store.update((data) => ({ ...data, progress: ticked }));
    const onDisk = storeSchema.parse(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')));
    expect(onDisk.progress).toEqual(ticked);
    expect(openTestStore(dir).read().progress).toEqual(ticked);
  });

  it('rejects a change that would break the schema, leaving memory and disk as they were', () => {
    const dir = temporaryDir();
    const store = openTestStore(dir);
    store.update((data) => ({ ...data, progress: ticked }));
    const before = readFileSync(join(dir, 'config.json'), 'utf8');
    expect(() =>
      store.update((data) => ({ ...data, settings: { ...data.settings, overdueEveryDays: -3 } })),
    ).toThrow(StoreWriteError);
    expect(store.read().progress).toEqual(ticked);
    expect(store.read().settings.overdueEveryDays).toBe(7);
    expect(readFileSync(join(dir, 'config.json'), 'utf8')).toBe(before);
  });

  it('keeps memory unchanged when a change mutates its argument and then fails', () => {
    const store = openTestStore(temporaryDir());
    expect(() =>
      store.update((data) => {
        data.progress['meta-ai-training'] = { steps: {} };
        throw new Error('half-way');
      }),
    ).toThrow('half-way');
    expect(store.read().progress).toEqual({});
  });

  const badFiles: Array<[string, (path: string) => void, string]> = [
    [
      'truncated JSON',
      (path) => writeFileSync(path, '{"schemaVersion":1,"progress":{"linked'),
      'not-json',
    ],
    ['an empty file', (path) => writeFileSync(path, ''), 'not-json'],
    [
      'binary garbage',
      (path) => writeFileSync(path, Buffer.from([0, 159, 146, 150, 255, 1, 2])),
      'not-json',
    ],
    ['JSON that is not an object', (path) => writeFileSync(path, '[1,2,3]'), 'invalid'],
    [
      'a schema version that is not a number',
      (path) =>
        writeFileSync(path, JSON.stringify({ ...defaultStoreData(), schemaVersion: 'one' })),
      'invalid',
    ],
    ['a directory', (path) => mkdirSync(path), 'not-a-file'],
  ];

  it.each(badFiles)(
    'quarantines %s: moved aside under a dated name, defaults, a notice',
    (_name, make, reason) => {
      const dir = temporaryDir();
      const path = join(dir, 'config.json');
      make(path);
      const original =
        existsSync(path) && nodeFs.statSync(path).isFile() ? readFileSync(path) : null;
      const store = openTestStore(dir);
      const movedTo = join(dir, 'config.corrupt-2026-11-23T12-00-00Z.json');
      expect(store.problem).toEqual({ kind: 'quarantined', reason, movedTo });
      expect(store.isReadOnly).toBe(false);
      expect(store.read()).toEqual(defaultStoreData());
      if (original) expect(readFileSync(movedTo)).toEqual(original);
      else expect(nodeFs.statSync(movedTo).isDirectory()).toBe(true);
      // The app carries on and saves normally.
      store.update((data) => ({ ...data, progress: ticked }));
      expect(openTestStore(dir).read().progress).toEqual(ticked);
    },
  );

  const partlyBad: Array<
    [string, Record<string, unknown>, (data: StoreData) => StoreData, unknown]
  > = [
    [
      'a setting of the wrong type',
      { settings: { ...defaultStoreData().settings, country: 'NL', leadTimesMinutes: '14 days' } },
      (data) => ({ ...data, settings: { ...data.settings, country: 'NL' } }),
      [{ path: ['settings', 'leadTimesMinutes'], action: 'reset' }],
    ],
    [
      'an unknown top-level key',
      { settings: { ...defaultStoreData().settings, country: 'NL' }, myNote: 'hello' },
      (data) => ({ ...data, settings: { ...data.settings, country: 'NL' } }),
      [{ path: ['myNote'], action: 'removed' }],
    ],
    [
      'a step time that is not a time',
      {
        progress: {
          ...twoTicks,
          'meta-ai-training': { steps: { web: { 'open-settings': 'yesterday' } } },
        },
      },
      (data) => ({
        ...data,
        progress: { ...twoTicks, 'meta-ai-training': { steps: { web: {} } } },
      }),
      [
        {
          path: ['progress', 'meta-ai-training', 'steps', 'web', 'open-settings'],
          action: 'removed',
        },
      ],
    ],
  ];

  it.each(partlyBad)(
    'salvages a file with %s: copies it aside, resets only that, keeps the rest, saves it',
    (_name, damage, expected, changes) => {
      const dir = temporaryDir();
      const path = join(dir, 'config.json');
      const original = JSON.stringify({ ...defaultStoreData(), progress: twoTicks, ...damage });
      writeFileSync(path, original);
      const store = openTestStore(dir);
      const keptAt = join(dir, 'config.before-repair-2026-11-23T12-00-00Z.json');
      expect(store.problem).toEqual({ kind: 'salvaged', changes, keptAt });
      expect(store.isReadOnly).toBe(false);
      const salvaged = expected({ ...defaultStoreData(), progress: twoTicks });
      expect(store.read()).toEqual(salvaged);
      expect(readFileSync(keptAt, 'utf8')).toBe(original);
      // The repaired data is on disk: the next start finds nothing wrong.
      expect(storeSchema.parse(JSON.parse(readFileSync(path, 'utf8')))).toEqual(salvaged);
      const again = openTestStore(dir);
      expect(again.problem).toBeNull();
      expect(again.read()).toEqual(salvaged);
    },
  );

  it('runs read-only with the salvaged data when the file as it was cannot be copied aside', () => {
    const dir = temporaryDir();
    const path = join(dir, 'config.json');
    const original = JSON.stringify({ ...defaultStoreData(), progress: twoTicks, myNote: 'hi' });
    writeFileSync(path, original);
    const store = openTestStore(dir, {
      fs: {
        ...nodeFs,
        copyFileSync: () => {
          throw new Error('EROFS');
        },
      },
    });
    expect(store.problem).toEqual({ kind: 'read-only', reason: 'cannot-move-aside' });
    expect(store.isReadOnly).toBe(true);
    expect(store.read().progress).toEqual(twoTicks);
    expect(readFileSync(path, 'utf8')).toBe(original);
  });

  it('reads a file saved by hand with a byte order mark, keeps it, and saves it without', () => {
    const dir = temporaryDir();
    const path = join(dir, 'config.json');
    // Notepad and other editors may start a UTF-8 file with U+FEFF.
    writeFileSync(
      path,
      `\uFEFF${JSON.stringify({ ...defaultStoreData(), progress: ticked }, null, 2)}`,
    );
    const store = openTestStore(dir);
    expect(store.problem).toBeNull();
    expect(store.isReadOnly).toBe(false);
    expect(store.read().progress).toEqual(ticked);
    expect(filesIn(dir)).toEqual(['config.json']);
    store.update((data) => ({ ...data, settings: { ...data.settings, country: 'NL' } }));
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith('{')).toBe(true);
    expect(JSON.parse(text)).toMatchObject({ progress: ticked, settings: { country: 'NL' } });
  });

  it('quarantines a file it cannot read (permissions)', () => {
    const dir = temporaryDir();
    const path = join(dir, 'config.json');
    writeFileSync(path, JSON.stringify(defaultStoreData()));
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    // Root reads any file whatever its mode, so the denial is also injected.
    chmodSync(path, 0o000);
    const store = openTestStore(dir, {
      fs: {
        ...nodeFs,
        readFileSync: (() => {
          throw denied;
        }) as typeof nodeFs.readFileSync,
      },
    });
    expect(store.problem).toMatchObject({ kind: 'quarantined', reason: 'unreadable' });
    expect(filesIn(dir)).toContain('config.corrupt-2026-11-23T12-00-00Z.json');
  });

  it('leaves a file from a newer version untouched and runs read-only', () => {
    const dir = temporaryDir();
    const path = join(dir, 'config.json');
    const newer = JSON.stringify({ schemaVersion: 99, progress: ticked, somethingNew: true });
    writeFileSync(path, newer);
    const store = openTestStore(dir);
    expect(store.problem).toEqual({ kind: 'read-only', reason: 'newer-version', version: 99 });
    expect(store.isReadOnly).toBe(true);
    // What this version understands of it is shown.
    expect(store.read().progress).toEqual(ticked);
    expect(() => store.update((data) => data)).toThrow(
      expect.objectContaining({ reason: 'read-only' }),
    );
    expect(readFileSync(path, 'utf8')).toBe(newer);
    expect(filesIn(dir)).toEqual(['config.json']);
  });

  it('runs read-only when a bad file cannot even be moved aside', () => {
    const dir = temporaryDir();
    writeFileSync(join(dir, 'config.json'), 'garbage');
    const store = openTestStore(dir, {
      fs: {
        ...nodeFs,
        renameSync: () => {
          throw new Error('EROFS');
        },
      },
    });
    expect(store.problem).toEqual({ kind: 'read-only', reason: 'cannot-move-aside' });
    expect(readFileSync(join(dir, 'config.json'), 'utf8')).toBe('garbage');
  });

  it('migrates an old file in place and keeps what it held', () => {
    const dir = temporaryDir();
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ progress: ticked, fired: [] }));
    const store = openTestStore(dir);
    expect(store.problem).toBeNull();
    expect(store.read().progress).toEqual(ticked);
    const onDisk = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'));
    expect(onDisk.schemaVersion).toBe(1);
    // The file as the older version wrote it is kept.
    expect(
      JSON.parse(
        readFileSync(join(dir, 'config.before-migration-2026-11-23T12-00-00Z.json'), 'utf8'),
      ),
    ).toEqual({ progress: ticked, fired: [] });
  });

  it('runs read-only, showing what it read, when the folder cannot be written', () => {
    const dir = temporaryDir();
    writeFileSync(
      join(dir, 'config.json'),
      JSON.stringify({ ...defaultStoreData(), progress: ticked }),
    );
    const store = openTestStore(dir, {
      createBackingStore: () => {
        throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      },
    });
    expect(store.problem).toEqual({ kind: 'read-only', reason: 'cannot-write' });
    expect(store.isReadOnly).toBe(true);
    expect(store.read().progress).toEqual(ticked);
  });

  it('backs the current file up under a dated name', () => {
    const dir = temporaryDir();
    const store = openTestStore(dir);
    store.update((data) => ({ ...data, progress: ticked }));
    const copy = store.backup('before-import');
    expect(copy).toBe(join(dir, 'config.before-import-2026-11-23T12-00-00Z.json'));
    expect(readFileSync(copy ?? '', 'utf8')).toBe(readFileSync(join(dir, 'config.json'), 'utf8'));
  });
});
