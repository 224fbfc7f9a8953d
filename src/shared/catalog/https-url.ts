/**
 * The one https rule for links, free of zod so the window can check a link
 * as the user types it: the catalog schema, the custom-checklist form and
 * main's `openExternalSafely` all ask this.
 */

/** Why a link is not an absolute `https:` URL without credentials. */
export type HttpsUrlProblem = 'invalid_url' | 'not_https' | 'url_credentials';

/** Why a link is refused, or null when it is an absolute `https:` URL without credentials. */
export function checkHttpsUrl(value: string): HttpsUrlProblem | null {
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

/**
 * The opener's rule: what main's `openExternalSafely` opens, and so what an
 * import, a custom checklist and the catalog may hold. On top of
 * {@link checkHttpsUrl}: no punycode (`xn--`) host labels, since an
 * internationalised look-alike of a real domain (`linkedіn.com` with a
 * Cyrillic і) is a classic phishing trick and none of the services we link
 * to uses one. The URL parser turns a non-ASCII or mixed-script host into
 * punycode, so this catches both.
 */
export function checkOpenableUrl(value: string): HttpsUrlProblem | 'punycode_host' | null {
  const problem = checkHttpsUrl(value);
  if (problem !== null) return problem;
  const { hostname } = new URL(value);
  return hostname.split('.').some((label) => label.startsWith('xn--')) ? 'punycode_host' : null;
}
