import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultStoreData, type StoreData } from '../../../src/main/store/schema.ts';
import { readTrayPreview } from '../../../src/main/store/tray-preview.ts';

describe('readTrayPreview (the tray before the store opens)', () => {
  let dir: string;
  const file = () => join(dir, 'config.json');
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'optout-preview-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a saved file as it is, the feeds of a file from before 0.2 as none', () => {
    const saved: StoreData = {
      ...defaultStoreData(),
      progress: {
        'linkedin-ai-training': { steps: { web: { 'step-1': '2025-10-01T10:00:00.000Z' } } },
      },
      settings: { ...defaultStoreData().settings, country: 'NL', language: 'nl' },
    };
    writeFileSync(file(), JSON.stringify(saved));
    expect(readTrayPreview(dir)).toEqual(saved);
    const { catalogFeeds: _, ...before02 } = saved;
    writeFileSync(file(), JSON.stringify(before02));
    expect(readTrayPreview(dir)?.catalogFeeds).toEqual({
      feeds: [],
      pendingAnnouncements: [],
      announced: [],
    });
  });

  it('reads a file saved by hand with a byte order mark, as the store does', () => {
    const saved = {
      ...defaultStoreData(),
      settings: { ...defaultStoreData().settings, country: 'BE' },
    };
    writeFileSync(file(), `\uFEFF${JSON.stringify(saved, null, 2)}`);
    expect(readTrayPreview(dir)?.settings.country).toBe('BE');
  });

  it.each([
    ['not JSON', '{"schemaVersion": 1,'],
    ['not an object', '[1, 2]'],
    ['a newer version', JSON.stringify({ ...defaultStoreData(), schemaVersion: 2 })],
    ['an older version', JSON.stringify({ ...defaultStoreData(), schemaVersion: 0 })],
    ['no settings', JSON.stringify({ ...defaultStoreData(), settings: null })],
    ['progress as a list', JSON.stringify({ ...defaultStoreData(), progress: [] })],
    ['packs as an object', JSON.stringify({ ...defaultStoreData(), packs: {} })],
    ['feeds of the wrong shape', JSON.stringify({ ...defaultStoreData(), catalogFeeds: [] })],
  ])('leaves %s to the store (null: the tray starts from the defaults)', (_, text) => {
    writeFileSync(file(), text);
    expect(readTrayPreview(dir)).toBeNull();
  });

  it('gives null without a file, for a folder named like it, and without the data folder', () => {
    expect(readTrayPreview(dir)).toBeNull();
    mkdirSync(file());
    expect(readTrayPreview(dir)).toBeNull();
    rmSync(dir, { recursive: true });
    expect(readTrayPreview(dir)).toBeNull();
  });

  it('writes, moves and creates nothing', () => {
    writeFileSync(file(), '{"schemaVersion": 1, "broken": ');
    const before = statSync(file()).mtimeMs;
    readTrayPreview(dir);
    expect(readdirSync(dir)).toEqual(['config.json']);
    expect(statSync(file()).mtimeMs).toBe(before);
  });
});

describe('readTrayPreview and files that are not files', () => {
  it.runIf(process.platform !== 'win32')('never waits on a FIFO or reads a device', () => {
    const dir = mkdtempSync(join(tmpdir(), 'optout-preview-'));
    try {
      execFileSync('mkfifo', [join(dir, 'config.json')]);
      // Opening a FIFO with no writer would block this test for good.
      expect(readTrayPreview(dir)).toBeNull();
      rmSync(join(dir, 'config.json'));
      symlinkSync('/dev/zero', join(dir, 'config.json'));
      expect(readTrayPreview(dir)).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
