/**
 * Characters that take no room on screen and are no white space: zero-width
 * spaces, the byte order mark, bidi controls (U+202A–U+202E, U+2066–U+2069,
 * U+200E, U+200F, U+061C) and other format characters, variation selectors —
 * everything Unicode calls a format character or default-ignorable.
 */
const INVISIBLE_FORMATTING = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

/**
 * What emoji are built from: the zero-width joiner (👩‍💻) and the variation
 * selectors (❤️). Kept between visible characters; they cannot reorder text.
 */
const EMOJI_GLUE = /[\u200d\ufe00-\ufe0f]/u;

/**
 * `text` without the characters that change how text shows but not what it
 * shows: bidi overrides, isolates and marks, zero-width spaces, soft hyphens
 * and the like. For text from a file (a pack's name) shown where it is not
 * escaped or isolated, e.g. a native dialog:
 * after `"Safe\u202E"` everything shows right to left, so a name can pose as
 * another file type.
 * Emoji joiners and variation selectors stay.
 *
 * @example withoutInvisibleFormatting('Safe\u202Ekcap') // 'Safekcap'
 */
export function withoutInvisibleFormatting(text: string): string {
  return text.replace(INVISIBLE_FORMATTING, (character) =>
    EMOJI_GLUE.test(character) ? character : '',
  );
}

/** C0 and C1 control characters: NUL, BEL, ESC, line breaks, tabs. */
const CONTROL = /\p{Cc}+/gu;

/**
 * `text` for a place that shows one line and isolates nothing (a tray menu
 * line, a tooltip, a notification title, a calendar summary): without
 * invisible formatting, and each run of control characters (a line break, a
 * NUL, an escape) as one space.
 *
 * @example oneLine('Tax\u0000\nrefund\u202E') // 'Tax refund'
 */
export function oneLine(text: string): string {
  return withoutInvisibleFormatting(text).replace(CONTROL, ' ');
}

/**
 * True when `text` shows nothing: empty, or only white space and invisible
 * characters (`"\u200b"`, `" \u2060 "`, a lone joiner). A checklist titled so
 * would have no name on its card, in the tray or in a notification.
 */
export function isBlankText(text: string): boolean {
  return text.replace(INVISIBLE_FORMATTING, '').trim().length === 0;
}
