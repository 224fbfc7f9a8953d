// `npm run bench [-- --json]`: builds the app, measures, prints a table;
// with --json the last line is one object { name: { value, unit, target } }.
// First, before anything that needs a newer Node is loaded.
import '../scripts/check-node.mjs';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
const asJson = process.argv.includes('--json');
// `--only app,store` runs just those bench files (bench/app.bench.ts, bench/store.bench.ts).
const onlyArgument = process.argv.find((argument) => argument.startsWith('--only='));
const only = onlyArgument ? new Set(onlyArgument.slice('--only='.length).split(',')) : null;

const build = spawnSync(
  process.execPath,
  [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
  {
    cwd: root,
    encoding: 'utf8',
  },
);
if (build.status !== 0) {
  process.stderr.write(build.stdout + build.stderr);
  process.exit(1);
}

// Every bench/*.bench.ts exports `cases`: { name, unit, target, measure(): Promise<number> | number }.
const files = readdirSync(join(root, 'bench'))
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => only === null || only.has(name.replace('.bench.ts', '')))
  .sort();
const results = {};
for (const file of files) {
  const { cases } = await import(pathToFileURL(join(root, 'bench', file)).href);
  for (const benchCase of cases) {
    if (!asJson) process.stderr.write(`measuring ${benchCase.name}…\n`);
    const value = await benchCase.measure();
    results[benchCase.name] = { value, unit: benchCase.unit, target: benchCase.target ?? null };
  }
}

const rows = Object.entries(results).map(([name, { value, unit, target }]) => {
  const verdict = target === null ? '' : value <= target ? 'ok' : 'OVER TARGET';
  return [
    name,
    `${Number.isInteger(value) ? value : value.toFixed(2)} ${unit}`,
    target === null ? '—' : `≤ ${target} ${unit}`,
    verdict,
  ];
});
const header = ['benchmark', 'value', 'target', ''];
const widths = header.map((_, column) =>
  Math.max(...[header, ...rows].map((row) => row[column].length)),
);
const line = (row) =>
  row
    .map((cell, column) => cell.padEnd(widths[column]))
    .join('  ')
    .trimEnd();
console.log(line(header));
console.log(widths.map((width) => '-'.repeat(width)).join('  '));
for (const row of rows) console.log(line(row));
if (asJson) console.log(JSON.stringify(results));
process.exit(0);
