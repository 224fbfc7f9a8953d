/**
 * The maintainer scripts (`npm run catalog:build`, `catalog:sign`) with
 * throwaway keys, and the feed this repository publishes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parsePublicKey, verifyFeedSignature } from '../../../src/main/feed/signature.ts';
import { builtinCatalog, PACK_FORMAT } from '../../../src/shared/catalog/index.ts';
import { parseFeedText } from '../../../src/shared/feed/format.ts';

// Each test starts Node a few times; on a busy 2-core machine that takes seconds.
vi.setConfig({ testTimeout: 60_000 });

const root = resolve(import.meta.dirname, '../../..');
const script = join(root, 'scripts/catalog-feed.mjs');
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      CATALOG_FEED_PRIVATE_KEY_FILE: '',
      CATALOG_FEED_PRIVATE_KEY: '',
      ...env,
    },
  });
  return { status: result.status, stdout: result.stdout.trim(), stderr: result.stderr };
}

function throwawayKey(dir: string): { path: string; publicKey: string } {
  const path = join(dir, 'keys', 'private.pem');
  const publicKey = execFileSync(process.execPath, [script, 'keygen', '--key', path], {
    encoding: 'utf8',
  }).trim();
  return { path, publicKey };
}

function verifies(feedPath: string, publicKey: string): boolean {
  const key = parsePublicKey(publicKey);
  if (!key) throw new Error('bad public key');
  return verifyFeedSignature(readFileSync(feedPath), readFileSync(`${feedPath}.sig`, 'utf8'), key);
}

describe('npm run catalog:build / catalog:sign', () => {
  it('builds the feed from the built-in catalog, prints its path, and keeps the sequence while nothing changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'feed-build-'));
    const out = join(dir, 'feed.json');
    const first = run(['build', '--out', out]);
    expect(first.status).toBe(0);
    expect(first.stdout).toBe(out);
    const text = readFileSync(out, 'utf8');
    const parsed = parseFeedText(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.value.sequence).toBe(1);
    expect(parsed.value.checklists.map((c) => c.id)).toEqual(builtinCatalog.map((c) => c.id));
    expect(run(['build', '--out', out]).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(text);
  });

  it('raises the sequence when the checklists change (here: built from a pack)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'feed-build-'));
    const out = join(dir, 'feed.json');
    run(['build', '--out', out]);
    const pack = join(dir, 'pack.json');
    writeFileSync(
      pack,
      JSON.stringify({ format: PACK_FORMAT, formatVersion: 1, checklists: [builtinCatalog[0]] }),
    );
    expect(run(['build', '--out', out, '--pack', pack]).status).toBe(0);
    const parsed = parseFeedText(readFileSync(out, 'utf8'));
    expect(parsed.ok && parsed.value.sequence).toBe(2);
    expect(parsed.ok && parsed.value.checklists).toHaveLength(1);
  });

  it('signs with a key from a file, --key or the environment; the signature verifies with its public key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'feed-sign-'));
    const out = join(dir, 'feed.json');
    const { path, publicKey } = throwawayKey(dir);
    run(['build', '--out', out]);
    const signed = run(['sign', '--out', out, '--key', path, '--public-key', publicKey]);
    expect(signed.status).toBe(0);
    expect(signed.stdout).toBe(`${out}.sig`);
    expect(verifies(out, publicKey)).toBe(true);

    const fromEnv = run(['sign', '--out', out, '--public-key', publicKey], {
      CATALOG_FEED_PRIVATE_KEY: readFileSync(path, 'utf8'),
    });
    expect(fromEnv.status).toBe(0);
    expect(verifies(out, publicKey)).toBe(true);
  });

  it('refuses to sign with a key that is not the one package.json pins', () => {
    const dir = mkdtempSync(join(tmpdir(), 'feed-sign-'));
    const out = join(dir, 'feed.json');
    const { path } = throwawayKey(dir);
    run(['build', '--out', out]);
    const result = run(['sign', '--out', out, '--key', path]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/does not match the public key the app pins/);
  });
});

describe('the published feed (feed/feed.json)', () => {
  const feedPath = join(root, 'feed/feed.json');

  it('names the project URL and an Ed25519 key in package.json', () => {
    expect(packageJson.catalogFeed.url).toBe(
      'https://raw.githubusercontent.com/optout-reminder/optout-reminder/main/feed/feed.json',
    );
    expect(parsePublicKey(packageJson.catalogFeed.publicKey)).not.toBe(null);
  });

  it('is signed with the key package.json pins, and its checklists pass the schema', () => {
    expect(verifies(feedPath, packageJson.catalogFeed.publicKey)).toBe(true);
    const parsed = parseFeedText(readFileSync(feedPath, 'utf8'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.value.checklists.length).toBeGreaterThan(0);
  });
});
