// The maintainer side of the catalog feed (README "The catalog feed"):
//
//   node scripts/catalog-feed.mjs build [--out feed/feed.json] [--pack pack.json]
//   node scripts/catalog-feed.mjs sign [--key private.pem] [--out feed/feed.json]
//   node scripts/catalog-feed.mjs keygen --key private.pem
//
// `build` writes the unsigned feed from the built-in catalog (or from a pack,
// for an organisation's own feed) and prints its path; the sequence goes up
// by one whenever the checklists change. `sign` writes feed.json.sig beside
// it. The private key comes from --key, CATALOG_FEED_PRIVATE_KEY (the PEM
// text), CATALOG_FEED_PRIVATE_KEY_FILE, or a `.keys/catalog-feed-private.pem`
// in a folder above the repository — never from the repository itself.
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const KEY_NAME = 'catalog-feed-private.pem';

function fail(message) {
  console.error(`catalog feed: ${message}`);
  process.exit(1);
}

function packageFeedConfig() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return pkg.catalogFeed ?? {};
}

async function feedModule() {
  return import(new URL('../src/shared/feed/format.ts', import.meta.url).href);
}

function describe(issues) {
  return issues
    .slice(0, 10)
    .map((issue) => `  ${issue.path.join('.') || '(document)'}: ${issue.code}`)
    .join('\n');
}

async function build(options) {
  const { buildFeed, parseFeedText, serializeFeed } = await feedModule();
  let checklists;
  if (options.pack) {
    const { parseChecklistPackText } = await import(
      new URL('../src/shared/catalog/parse.ts', import.meta.url).href
    );
    const parsed = parseChecklistPackText(readFileSync(resolve(options.pack), 'utf8'));
    if (!parsed.ok) fail(`${options.pack} is not a valid pack:\n${describe(parsed.issues)}`);
    checklists = parsed.pack.checklists;
  } else {
    const { builtinCatalog } = await import(
      new URL('../src/shared/catalog/builtin/index.ts', import.meta.url).href
    );
    checklists = builtinCatalog;
  }
  const out = resolve(options.out);
  let previous = null;
  let previousText = null;
  if (existsSync(out)) {
    previousText = readFileSync(out, 'utf8');
    const parsed = parseFeedText(previousText);
    if (parsed.ok) previous = parsed.value;
  }
  // Same checklists, same bytes: the sequence and the signature stay as they are.
  const unchanged =
    previous !== null &&
    serializeFeed(buildFeed(checklists, previous.sequence, previous.issuedAt)) === previousText;
  const feed = unchanged
    ? previous
    : buildFeed(checklists, (previous?.sequence ?? 0) + 1, new Date().toISOString());
  const text = unchanged
    ? previousText
    : serializeFeed(buildFeed(checklists, feed.sequence, feed.issuedAt));
  const check = parseFeedText(text);
  if (!check.ok) fail(`the feed would not pass the schema:\n${describe(check.issues)}`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  console.error(
    unchanged
      ? `Checklists unchanged: sequence ${feed.sequence} kept (${feed.checklists.length} checklists).`
      : `Wrote sequence ${feed.sequence} (${feed.checklists.length} checklists). Sign it next: npm run catalog:sign`,
  );
  console.log(out);
}

function findKeyAbove(start) {
  for (let dir = dirname(start); ; dir = dirname(dir)) {
    const candidate = join(dir, '.keys', KEY_NAME);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

function privateKeyText(option) {
  if (option) return readFileSync(resolve(option), 'utf8');
  if (process.env.CATALOG_FEED_PRIVATE_KEY) return process.env.CATALOG_FEED_PRIVATE_KEY;
  if (process.env.CATALOG_FEED_PRIVATE_KEY_FILE)
    return readFileSync(process.env.CATALOG_FEED_PRIVATE_KEY_FILE, 'utf8');
  const found = findKeyAbove(root);
  if (found) return readFileSync(found, 'utf8');
  return fail(
    `no private key: pass --key FILE or set CATALOG_FEED_PRIVATE_KEY(_FILE), or keep it at ../.keys/${KEY_NAME}`,
  );
}

function publicKeyBase64(key) {
  const publicKey = key.type === 'public' ? key : createPublicKey(key);
  return publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
}

function signFeed(options) {
  const out = resolve(options.out);
  if (!existsSync(out)) fail(`${out} does not exist: run npm run catalog:build first`);
  const key = createPrivateKey(privateKeyText(options.key));
  if (key.asymmetricKeyType !== 'ed25519') fail('the private key is not an Ed25519 key');
  const expected = options['public-key'] ?? packageFeedConfig().publicKey;
  const actual = publicKeyBase64(key);
  if (expected && expected !== actual)
    fail(`this key does not match the public key the app pins (${expected}); not signed`);
  const bytes = readFileSync(out);
  const signature = sign(null, bytes, key).toString('base64');
  if (!verify(null, bytes, createPublicKey(key), Buffer.from(signature, 'base64')))
    fail('the signature did not verify');
  writeFileSync(`${out}.sig`, `${signature}\n`);
  console.error(`Signed with the key ${actual}.`);
  console.log(`${out}.sig`);
}

function keygen(options) {
  if (!options.key)
    fail('pass --key FILE: where to write the new private key (outside the repository)');
  const path = resolve(options.key);
  if (existsSync(path)) fail(`${path} exists; not overwritten`);
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  writeFileSync(path, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600 });
  console.error(`Private key written to ${path}. Public key (for "catalogFeed.publicKey"):`);
  console.log(publicKeyBase64(publicKey));
}

const [command, ...rest] = process.argv.slice(2);
const { values } = parseArgs({
  args: rest,
  options: {
    out: { type: 'string', default: join(root, 'feed', 'feed.json') },
    pack: { type: 'string' },
    key: { type: 'string' },
    'public-key': { type: 'string' },
  },
});
if (command === 'build') await build(values);
else if (command === 'sign') signFeed(values);
else if (command === 'keygen') keygen(values);
else fail('usage: catalog-feed.mjs build|sign|keygen [--out FILE] [--key FILE] [--pack FILE]');
