import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parsePublicKey, verifyFeedSignature } from '../../../src/main/feed/signature.ts';

function throwawayKeys() {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const base64 = publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
  const key = parsePublicKey(base64);
  if (!key) throw new Error('the generated key did not parse');
  return { privateKey, base64, key };
}

const bytes = new TextEncoder().encode('{"format":"optout-reminder/catalog-feed"}\n');

describe('feed signatures', () => {
  it('accepts a base64 Ed25519 signature over the exact bytes, with a trailing newline', () => {
    const { privateKey, key } = throwawayKeys();
    const signature = sign(null, bytes, privateKey).toString('base64');
    expect(verifyFeedSignature(bytes, signature, key)).toBe(true);
    expect(verifyFeedSignature(bytes, `${signature}\n`, key)).toBe(true);
  });

  it('refuses a signature over other bytes, by another key, or malformed', () => {
    const { privateKey, key } = throwawayKeys();
    const other = throwawayKeys();
    const signature = sign(null, bytes, privateKey).toString('base64');
    const changed = new Uint8Array(bytes);
    changed[2] = 0x20;
    expect(verifyFeedSignature(changed, signature, key)).toBe(false);
    expect(verifyFeedSignature(bytes, signature, other.key)).toBe(false);
    expect(verifyFeedSignature(bytes, '', key)).toBe(false);
    expect(verifyFeedSignature(bytes, 'not base64!', key)).toBe(false);
    expect(verifyFeedSignature(bytes, Buffer.alloc(63).toString('base64'), key)).toBe(false);
    expect(verifyFeedSignature(bytes, Buffer.alloc(64).toString('base64'), key)).toBe(false);
  });

  it('reads only Ed25519 public keys in base64 DER SPKI', () => {
    expect(parsePublicKey(throwawayKeys().base64)?.asymmetricKeyType).toBe('ed25519');
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey;
    expect(parsePublicKey(rsa.export({ format: 'der', type: 'spki' }).toString('base64'))).toBe(
      null,
    );
    expect(parsePublicKey('')).toBe(null);
    expect(parsePublicKey('MCowBQYDK2VwAyEA')).toBe(null);
    expect(parsePublicKey('-----BEGIN PUBLIC KEY-----')).toBe(null);
  });
});
