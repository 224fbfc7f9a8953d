import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkHttpsUrl } from '../../shared/catalog/https-url.ts';
import { parsePublicKey } from './signature.ts';

/** package.json → "catalogFeed": where the project's feed lives and the key it is signed with. */
export interface CatalogFeedConfig {
  url: string;
  /** Base64 of the DER SubjectPublicKeyInfo of the Ed25519 key. */
  publicKey: string;
}

/**
 * Reads "catalogFeed" from the app's package.json (inside app.asar when
 * packaged, so a build pins it). Null when it is missing or not an https
 * URL with an Ed25519 key: then there is no project feed to check.
 */
export function readCatalogFeedConfig(appPath: string): CatalogFeedConfig | null {
  try {
    const pkg = JSON.parse(readFileSync(join(appPath, 'package.json'), 'utf8')) as {
      catalogFeed?: { url?: unknown; publicKey?: unknown };
    };
    const { url, publicKey } = pkg.catalogFeed ?? {};
    if (typeof url !== 'string' || typeof publicKey !== 'string') return null;
    if (checkHttpsUrl(url) !== null || parsePublicKey(publicKey) === null) return null;
    return { url, publicKey };
  } catch {
    return null;
  }
}
