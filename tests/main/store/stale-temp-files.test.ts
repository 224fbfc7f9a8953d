import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeStaleTempFiles, STALE_AFTER_MS } from '../../../src/main/store/stale-temp-files.ts';
import { temporaryDir } from '../../support/store.ts';

const NOW = Date.parse('2026-11-24T10:00:00Z');

function file(dir: string, name: string, ageMs: number): string {
  const path = join(dir, name);
  writeFileSync(path, '{"half": ');
  const at = (NOW - ageMs) / 1000;
  utimesSync(path, at, at);
  return path;
}

describe('removeStaleTempFiles', () => {
  it('removes the temporary files crashed writes left, and nothing else', () => {
    const dir = temporaryDir('optout-temp-');
    file(dir, 'config.json', STALE_AFTER_MS * 10);
    file(dir, 'config.json.tmp-1764000000123abc', STALE_AFTER_MS * 3);
    file(dir, 'config.json.tmp-1764000000999fff', STALE_AFTER_MS + 1);
    file(dir, 'config.corrupt-2026-11-01T10-00-00Z.json', STALE_AFTER_MS * 10);
    file(dir, 'notes.json.tmp-1764000000123abc', STALE_AFTER_MS * 10);
    file(dir, 'config.json.tmp-not-ours', STALE_AFTER_MS * 10);
    expect(removeStaleTempFiles({ dir, now: NOW }).sort()).toEqual([
      'config.json.tmp-1764000000123abc',
      'config.json.tmp-1764000000999fff',
    ]);
    expect(readdirSync(dir).sort()).toEqual([
      'config.corrupt-2026-11-01T10-00-00Z.json',
      'config.json',
      'config.json.tmp-not-ours',
      'notes.json.tmp-1764000000123abc',
    ]);
  });

  it('leaves a temporary file that may still be in use (younger than the limit) and folders', () => {
    const dir = temporaryDir('optout-temp-');
    const young = file(dir, 'config.json.tmp-1764000000123abc', STALE_AFTER_MS - 1000);
    mkdirSync(join(dir, 'config.json.tmp-1764000000456abc'));
    expect(removeStaleTempFiles({ dir, now: NOW })).toEqual([]);
    expect(existsSync(young)).toBe(true);
  });

  it('never throws, also when the folder is gone', () => {
    expect(
      removeStaleTempFiles({ dir: join(temporaryDir('optout-temp-'), 'gone'), now: NOW }),
    ).toEqual([]);
  });
});
