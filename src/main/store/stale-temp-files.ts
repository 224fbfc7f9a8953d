import * as nodeFs from 'node:fs';
import { join } from 'node:path';

/** How old a temporary file must be before it counts as left behind. */
export const STALE_AFTER_MS = 10 * 60_000;

/**
 * Removes the temporary files (`config.json.tmp-<stamp>`) that electron-store's
 * atomic writes leave when the app is killed between writing and renaming;
 * each crash adds one and nothing else ever removes them.
 *
 * Only files that are not in use: the single-instance lock keeps any other
 * copy of the app out of this folder, this process writes synchronously (no
 * write is under way while this runs), and as a last guard a file younger
 * than {@link STALE_AFTER_MS} is left alone. Runs after the tray stands,
 * never on the start path. Returns the names removed; never throws.
 */
export function removeStaleTempFiles(options: {
  dir: string;
  name?: string;
  now: number;
  fs?: Pick<typeof nodeFs, 'readdirSync' | 'lstatSync' | 'rmSync'>;
}): string[] {
  const fs = options.fs ?? nodeFs;
  const prefix = `${options.name ?? 'config'}.json.tmp-`;
  const removed: string[] = [];
  let names: string[];
  try {
    names = fs.readdirSync(options.dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !/^\d{10}[a-f0-9]{6}$/.test(name.slice(prefix.length)))
      continue;
    const path = join(options.dir, name);
    try {
      const stat = fs.lstatSync(path);
      if (!stat.isFile() || options.now - stat.mtimeMs < STALE_AFTER_MS) continue;
      fs.rmSync(path);
      removed.push(name);
    } catch {
      // Gone already, or not ours to remove: leave it.
    }
  }
  return removed;
}
