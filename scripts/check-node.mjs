// Stops `npm start`, `npm test` and `npm run bench` at once on a Node.js older than the one
// package.json's "engines" asks for, with one line instead of a stack trace
// from deep inside vitest or electron-store. Imported first by
// scripts/start.mjs, scripts/test.mjs and bench/run.mjs; runs on any Node from 12 on, so
// it must stay plain: node:fs and node:url only, no newer syntax.
import { readFileSync } from 'node:fs';

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const required = String(packageJson.engines.node).replace(/^>=\s*/, '');
// OPTOUT_PRETEND_NODE_VERSION lets a test see the message without an old Node.
const found = (process.env.OPTOUT_PRETEND_NODE_VERSION || process.versions.node).replace(/^v/, '');

function parts(version) {
  return version.split('.').map((part) => Number.parseInt(part, 10) || 0);
}

function isAtLeast(version, minimum) {
  const have = parts(version);
  const need = parts(minimum);
  for (let i = 0; i < need.length; i++) {
    if ((have[i] || 0) !== need[i]) return (have[i] || 0) > need[i];
  }
  return true;
}

if (!isAtLeast(found, required)) {
  console.error(
    `Opt-out Reminder needs Node.js ${required} or newer; this is Node.js ${found}. Install a current Node.js (see README, "Run the app") and try again.`,
  );
  process.exit(1);
}
