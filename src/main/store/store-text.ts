/**
 * The data file's text as JSON. A byte order mark at the start (Notepad
 * and some editors add one when a user edits the file by hand) is not part
 * of the JSON: without this, a file that is fine would be moved aside as
 * damaged. Used by every reader of the file, so they agree on what it holds;
 * the next save writes it without the mark.
 */
export function parseStoreText(text: string): unknown {
  return JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
}

/** What electron-store (and conf under it) is given, so it reads the file as the repository does. */
export const storeFileOptions = {
  clearInvalidConfig: false,
  accessPropertiesByDotNotation: false,
  deserialize: (text: string) => parseStoreText(text) as Record<string, unknown>,
} as const;
