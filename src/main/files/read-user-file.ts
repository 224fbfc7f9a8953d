import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { UserFacingError } from '../state/errors.ts';

/**
 * Opening a FIFO for reading waits for a writer unless the open does not
 * block. Windows has no such flag (nor FIFOs at a path), so there it is 0.
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
const CHUNK_BYTES = 64 * 1024;

const tooLarge = (maxBytes: number) =>
  new UserFacingError('invalid-file', 'error.fileTooLarge', {
    params: { maximum: Math.round(maxBytes / 1024 / 1024) },
  });

/**
 * Reads a file the user chose (or double-clicked) as UTF-8, refusing what
 * would stall the main process: anything but a regular file after links
 * are followed (a FIFO blocks the read, a link to /dev/zero never ends it)
 * and more than `maxBytes`. The type and size are taken from the opened
 * file, not the path, and the read stops after `maxBytes`, so a file that
 * is swapped or grows meanwhile cannot get past the cap either.
 */
export function readUserFile(path: string, maxBytes: number): string {
  let fd: number | undefined;
  try {
    fd = openSync(path, OPEN_FLAGS);
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new UserFacingError('invalid-file', 'error.fileNotRegular');
    if (stats.size > maxBytes) throw tooLarge(maxBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, maxBytes + 1 - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (total > maxBytes) throw tooLarge(maxBytes);
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } catch (error) {
    if (error instanceof UserFacingError) throw error;
    throw new UserFacingError('invalid-file', 'error.fileUnreadable', { cause: error });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
