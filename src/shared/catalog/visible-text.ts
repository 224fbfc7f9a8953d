/**
 * Characters that take no room on screen: white space, zero-width spaces
 * and joiners, the byte order mark, bidi marks and other format characters,
 * variation selectors — everything Unicode calls default-ignorable.
 */
const INVISIBLE = /[\s\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

/**
 * True when `text` shows nothing: empty, or only invisible characters
 * (`"\u200b"`, `" \u2060 "`). A checklist titled so would have no name on
 * its card, in the tray or in a notification.
 */
export function isBlankText(text: string): boolean {
  return text.replace(INVISIBLE, '').length === 0;
}
