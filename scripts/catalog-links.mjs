// `npm run catalog:links`: checks every address the built-in catalog shows —
// settings pages, step links and sources. First offline (https, no punycode
// or look-alike host, written in docs/catalog-facts.md; `npm test` runs the
// same rules in tests/shared/catalog/addresses.test.ts), then online: the
// status of each address and every redirect on the way. Without internet it
// says so and exits with code 2 after a few seconds, not a stack trace.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  addressProblems,
  catalogAddresses,
  factsAddresses,
} from '../src/shared/catalog/addresses.ts';
import { builtinCatalog } from '../src/shared/catalog/builtin/index.ts';
import { checkLinks } from '../src/shared/catalog/link-check.ts';

const root = join(import.meta.dirname, '..');
const factsUrls = factsAddresses(readFileSync(join(root, 'docs', 'catalog-facts.md'), 'utf8'));
const addresses = catalogAddresses(builtinCatalog);

let failed = false;
console.log(`Offline checks: ${addresses.length} addresses in ${builtinCatalog.length} checklists`);
for (const { checklistId, where, url } of addresses) {
  const problems = addressProblems(url, factsUrls);
  if (problems.length > 0) {
    failed = true;
    console.log(`  ✗ ${checklistId} ${where}: ${url} — ${problems.join(', ')}`);
  }
}
if (failed) {
  console.log('Offline checks failed; fix these before checking online.');
  process.exit(1);
}
console.log('  ✓ every address is https, has no look-alike host and is in docs/catalog-facts.md');

const urls = [...new Set(addresses.map((address) => address.url))];
console.log(`\nOnline checks: ${urls.length} distinct addresses`);
const { offline, results } = await checkLinks(urls, {
  fetch: globalThis.fetch,
  timeoutMs: Number(process.env.CATALOG_LINKS_TIMEOUT_MS ?? 10_000),
  maxRedirects: 5,
  concurrency: 4,
  probeCount: 2,
});
if (offline) {
  const reasons = [...new Set(results.map((result) => result.reason))].join('; ');
  console.log(
    `  ✗ No internet connection: none of the first ${results.length} addresses could be reached (${reasons}).`,
  );
  console.log(
    '    The offline checks passed. Run `npm run catalog:links` on a machine with internet.',
  );
  process.exit(2);
}
for (const result of results) {
  const chain = (result.hops ?? []).map((hop) => `${hop.status} ${hop.url}`).join(' → ');
  if (result.kind === 'ok') console.log(`  ✓ ${chain}`);
  else if (result.kind === 'redirected')
    console.log(`  ↪ ${chain}\n      now at ${result.finalUrl}`);
  else {
    failed = true;
    console.log(`  ✗ ${result.url}: ${result.reason}${chain ? `\n      ${chain}` : ''}`);
  }
}
const count = (kinds) => results.filter((result) => kinds.includes(result.kind)).length;
console.log(
  `\n${count(['ok'])} ok, ${count(['redirected'])} redirected (update the address if the move is permanent), ${count(['broken', 'unreachable'])} failed`,
);
process.exit(failed ? 1 : 0);
