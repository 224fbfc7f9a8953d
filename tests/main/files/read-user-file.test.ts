import { execFileSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readUserFile } from '../../../src/main/files/read-user-file.ts';
import { temporaryDir } from '../../support/store.ts';

const MAX = 1024;

function linkTo(target: string): string {
  const path = join(temporaryDir('optout-read-'), 'x.optout-pack');
  symlinkSync(target, path);
  return path;
}

describe('readUserFile (POSIX special files)', () => {
  it('refuses a FIFO without waiting for a writer', () => {
    const path = join(temporaryDir('optout-read-'), 'x.optout-pack');
    execFileSync('mkfifo', [path]);
    expect(() => readUserFile(path, MAX)).toThrow(
      expect.objectContaining({ code: 'invalid-file', messageKey: 'error.fileNotRegular' }),
    );
  });

  it('refuses devices behind a link: /dev/zero never ends, /dev/null reads as empty', () => {
    for (const device of ['/dev/zero', '/dev/null'])
      expect(() => readUserFile(linkTo(device), MAX), device).toThrow(
        expect.objectContaining({ messageKey: 'error.fileNotRegular' }),
      );
  });

  it('stops reading at the cap even when the file claims to be smaller', () => {
    // A regular file that says it is empty and is not: a growing file looks the same.
    const status = linkTo('/proc/self/status');
    expect(() => readUserFile(status, 64)).toThrow(
      expect.objectContaining({ messageKey: 'error.fileTooLarge' }),
    );
    expect(readUserFile(status, 64 * 1024)).toMatch(/^Name:/);
  });

  it('reads a regular file through a link, and says a missing one could not be read', () => {
    const dir = temporaryDir('optout-read-');
    writeFileSync(join(dir, 'real.json'), '{"ok":true}');
    symlinkSync(join(dir, 'real.json'), join(dir, 'link.optout-pack'));
    expect(readUserFile(join(dir, 'link.optout-pack'), MAX)).toBe('{"ok":true}');
    expect(() => readUserFile(join(dir, 'missing.optout-pack'), MAX)).toThrow(
      expect.objectContaining({ messageKey: 'error.fileUnreadable' }),
    );
  });
});
