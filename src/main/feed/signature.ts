import { createPublicKey, type KeyObject, verify } from 'node:crypto';

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const SIGNATURE_BYTES = 64;

/**
 * Reads a public key given as base64 of its DER SubjectPublicKeyInfo (the
 * form package.json pins and organisations publish). Null unless it is a
 * well-formed Ed25519 key.
 */
export function parsePublicKey(base64: string): KeyObject | null {
  const text = base64.trim();
  if (!BASE64.test(text)) return null;
  try {
    const key = createPublicKey({ key: Buffer.from(text, 'base64'), format: 'der', type: 'spki' });
    return key.asymmetricKeyType === 'ed25519' ? key : null;
  } catch {
    return null;
  }
}

/**
 * True when `signature` (the text of `feed.json.sig`: base64, surrounding
 * white space allowed) is a valid Ed25519 signature by `publicKey` over
 * exactly `bytes`. Never throws.
 */
export function verifyFeedSignature(
  bytes: Uint8Array,
  signature: string,
  publicKey: KeyObject,
): boolean {
  const text = signature.trim();
  if (!BASE64.test(text)) return false;
  const raw = Buffer.from(text, 'base64');
  if (raw.length !== SIGNATURE_BYTES) return false;
  try {
    return verify(null, bytes, publicKey, raw);
  } catch {
    return false;
  }
}
