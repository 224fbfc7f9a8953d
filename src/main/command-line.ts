import { fileURLToPath } from 'node:url';

/** The extension of a checklist pack a privacy officer hands out (registered by the installers). */
export const PACK_EXTENSION = '.optout-pack';

/** What a launch of the app asks for, from its command line. */
export interface LaunchRequest {
  /** `--open` or `--open=<id>`: show the window. */
  open: boolean;
  /** `--open=<checklist-id>`: show that checklist. */
  checklistId: string | null;
  /**
   * Pack files passed by the OS after a double-click (Windows, Linux), as
   * it names them: a path, or a `file:` URI; see {@link packFilePath}.
   */
  packFiles: string[];
}

/**
 * Reads `--open`, `--open=<checklist-id>` and pack file paths from argv.
 * Everything else (Electron's and Chromium's own switches, the app path in
 * development) is ignored, so argv can be passed whole: the first
 * instance's `process.argv` or what `second-instance` forwards.
 */
export function parseCommandLine(argv: readonly string[]): LaunchRequest {
  let open = false;
  let checklistId: string | null = null;
  const packFiles: string[] = [];
  for (const arg of argv) {
    if (arg === '--open') open = true;
    else if (arg.startsWith('--open=')) {
      open = true;
      checklistId = arg.slice('--open='.length).trim() || null;
    } else if (!arg.startsWith('-') && arg.toLowerCase().endsWith(PACK_EXTENSION))
      packFiles.push(arg);
  }
  return { open, checklistId, packFiles };
}

/**
 * A URI rather than a path: `file:` or `<scheme>://`. A scheme needs two
 * letters or more, so `C:\Users\…` stays a Windows path.
 */
const URI = /^(?:file:|[a-z][a-z0-9+.-]+:\/\/)/i;

/**
 * The local path of a pack file the OS handed over. Linux desktops pass URIs
 * (electron-builder's .desktop entry says `Exec=… %U`), e.g.
 * `file:///home/me/My%20Packs/team.optout-pack`: percent-decoded into a
 * path. `null` for what names no file on this computer: another scheme
 * (`sftp://…`), another host (`file://server/…`) or a malformed URI.
 * Plain paths (Windows, macOS, a shell) are returned as they are.
 */
export function packFilePath(location: string): string | null {
  if (!URI.test(location)) return location;
  try {
    const url = new URL(location);
    // The URL parser already turns `file://localhost/` into an empty host.
    if (url.protocol !== 'file:' || url.hostname !== '') return null;
    return fileURLToPath(url);
  } catch {
    return null;
  }
}
