/**
 * The one https rule for links, free of zod so the window can check a link
 * as the user types it: the catalog schema, the custom-checklist form and
 * main's `openExternalSafely` all ask this.
 */

/** Why a link is refused, or null when it is an absolute `https:` URL without credentials. */
export function checkHttpsUrl(
  value: string,
): 'invalid_url' | 'not_https' | 'url_credentials' | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'invalid_url';
  }
  if (url.protocol !== 'https:') return 'not_https';
  if (url.username !== '' || url.password !== '') return 'url_credentials';
  if (url.hostname === '') return 'invalid_url';
  return null;
}
