// `npm run test:security`: Doyensec's Electronegativity over the built app.
// Fails on any finding not listed, with a reason, in
// security/electronegativity-accepted.json.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'rolldown';

const root = join(import.meta.dirname, '..');
const toolDir = join(root, 'tools', 'electronegativity');
const scanDir = join(root, 'out', 'security-scan');
const report = join(scanDir, 'report.csv');

if (!existsSync(join(root, 'out', 'main', 'index.js'))) {
  console.error('security scan: build the app first (npm run build).');
  process.exit(1);
}

// Electronegativity brings TypeScript 4 and ESLint 7, so it lives in a folder of its own.
if (!existsSync(join(toolDir, 'node_modules', '@doyensec', 'electronegativity'))) {
  const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--prefix', toolDir], {
    stdio: 'inherit',
  });
  if (install.status !== 0) process.exit(install.status ?? 1);
}

// Its parser stops at class private fields (#x), which would hide the whole
// main bundle from it; it scans a copy of the bundles lowered to ES2021.
rmSync(scanDir, { recursive: true, force: true });
mkdirSync(scanDir, { recursive: true });
for (const [from, to, format] of [
  ['main/index.js', 'main/index.js', 'esm'],
  ['preload/index.cjs', 'preload/index.js', 'cjs'],
]) {
  await build({
    input: join(root, 'out', from),
    external: (id) => !id.startsWith('.') && !id.startsWith('/'),
    transform: { target: 'es2021' },
    // Main loads its window, IPC, file and feed code with import(): scan it as one file.
    output: { file: join(scanDir, to), format, codeSplitting: false },
    logLevel: 'silent',
  });
}
cpSync(join(root, 'out', 'renderer'), join(scanDir, 'renderer'), { recursive: true });

const electronVersion = JSON.parse(
  readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
).version;
const scan = spawnSync(
  process.execPath,
  [
    '--require',
    join(toolDir, 'offline.cjs'),
    join(toolDir, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js'),
    '--input',
    scanDir,
    '--relative',
    '--verbose',
    'false',
    '--electron-version',
    electronVersion,
    // Needs Electron's release list from the network; `npm audit` and upgrades cover it.
    '--exclude-checks',
    'AvailableSecurityFixesGlobalCheck',
    '--output',
    report,
  ],
  { encoding: 'utf8' },
);
if (scan.status !== 0 || !existsSync(report)) {
  console.error(scan.stdout, scan.stderr);
  console.error('security scan: Electronegativity did not finish.');
  process.exit(1);
}
if (/Error parsing/.test(scan.stdout)) {
  console.error(
    scan.stdout
      .split('\n')
      .filter((line) => line.includes('Error parsing'))
      .join('\n'),
  );
  console.error('security scan: some files could not be parsed, so they were not checked.');
  process.exit(1);
}

/** Minimal CSV reader for Electronegativity's report (quoted fields, no embedded newlines). */
function parseCsvLine(line) {
  const cells = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted && char === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (char === '"') quoted = !quoted;
    else if (char === ',' && !quoted) {
      cells.push(cell.trim());
      cell = '';
    } else cell += char;
  }
  cells.push(cell.trim());
  return cells;
}

const findings = readFileSync(report, 'utf8')
  .split('\n')
  .slice(1)
  .filter((line) => line.trim() !== '')
  .map(parseCsvLine)
  .map(([check, severity, confidence, file, location, sample, description]) => ({
    check,
    severity,
    confidence,
    file,
    location,
    sample,
    description,
  }));
const accepted = JSON.parse(
  readFileSync(join(root, 'security', 'electronegativity-accepted.json'), 'utf8'),
);
const matches = (entry, finding) =>
  entry.check === finding.check &&
  finding.file.includes(entry.file) &&
  (entry.sample === undefined || finding.sample.includes(entry.sample));
const unaccepted = findings.filter((finding) => !accepted.some((entry) => matches(entry, finding)));
const stale = accepted.filter((entry) => !findings.some((finding) => matches(entry, finding)));

for (const finding of findings) {
  const entry = accepted.find((candidate) => matches(candidate, finding));
  console.log(
    `${entry ? 'accepted' : 'FINDING '}  ${finding.check} (${finding.severity}/${finding.confidence}) ${finding.file}:${finding.location}${entry ? ` — ${entry.reason}` : `\n          ${finding.description}: ${finding.sample.slice(0, 300)}`}`,
  );
}
for (const entry of stale)
  console.log(`note: accepted finding no longer reported, remove it: ${entry.check} ${entry.file}`);
console.log(
  `electronegativity: ${findings.length} findings, ${findings.length - unaccepted.length} accepted, ${unaccepted.length} not accepted`,
);
process.exit(unaccepted.length === 0 ? 0 : 1);
