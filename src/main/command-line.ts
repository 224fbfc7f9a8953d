/** The extension of a checklist pack a privacy officer hands out (registered by the installers). */
export const PACK_EXTENSION = '.optout-pack';

/** What a launch of the app asks for, from its command line. */
export interface LaunchRequest {
  /** `--open` or `--open=<id>`: show the window. */
  open: boolean;
  /** `--open=<checklist-id>`: show that checklist. */
  checklistId: string | null;
  /** Pack files passed by the OS after a double-click (Windows, Linux). */
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
