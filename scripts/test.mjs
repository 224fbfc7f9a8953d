// `npm test`: typecheck, lint, unit tests, build, end-to-end tests — every
// step runs even if an earlier one failed (except that e2e needs the build),
// then one summary line per test runner and a closing total.
// First, before anything that needs a newer Node is loaded.
import './check-node.mjs';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const resultsDir = join(root, 'out', 'test-results');
const bin = (name) => join(root, 'node_modules', '.bin', name);
// Tests write figures here (tests/support/figures.ts); the summary prints them.
const figuresDir = mkdtempSync(join(tmpdir(), 'optout-figures-'));
process.env.OPTOUT_FIGURES_DIR = figuresDir;

function run(label, command, args) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  return result.status === 0;
}

function vitest(label, projects) {
  const outputFile = join(resultsDir, `${label}.json`);
  rmSync(outputFile, { force: true });
  const ok = run(label, bin('vitest'), [
    'run',
    ...projects.flatMap((project) => ['--project', project]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${outputFile}`,
  ]);
  let counts = { passed: 0, failed: 0, skipped: 0 };
  try {
    const report = JSON.parse(readFileSync(outputFile, 'utf8'));
    counts = {
      passed: report.numPassedTests,
      failed: report.numFailedTests,
      skipped: report.numPendingTests + report.numTodoTests,
    };
  } catch {
    // No report: the runner itself failed (e.g. no Chromium); count it as a failure.
  }
  if (!ok && counts.failed === 0) counts.failed = 1;
  return { label, ok, ...counts };
}

const checks = [];
const runners = [];
checks.push({ label: 'typecheck', ok: run('typecheck', 'npm', ['run', '--silent', 'typecheck']) });
checks.push({ label: 'lint', ok: run('lint', 'npm', ['run', '--silent', 'lint']) });
rmSync(resultsDir, { recursive: true, force: true });
runners.push(vitest('unit', ['unit', 'renderer']));
const built = run('build', bin('electron-vite'), ['build']);
mkdirSync(resultsDir, { recursive: true });
checks.push({ label: 'build', ok: built });
checks.push({
  label: 'security scan',
  ok:
    built &&
    run('security scan (Electronegativity)', process.execPath, ['scripts/security-scan.mjs']),
});
checks.push({
  label: 'package contents',
  ok:
    built &&
    run('package contents (app.asar file list)', process.execPath, ['scripts/check-package.mjs']),
});
if (built) runners.push(vitest('e2e', ['e2e', 'electron']));
else runners.push({ label: 'e2e', ok: false, passed: 0, failed: 1, skipped: 0 });

console.log('\nSummary');
for (const check of checks) console.log(`${check.label}: ${check.ok ? 'ok' : 'FAILED'}`);
for (const r of runners)
  console.log(`${r.label}: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`);
const figures = join(figuresDir, 'figures.txt');
if (existsSync(figures)) console.log(readFileSync(figures, 'utf8').trim());
rmSync(figuresDir, { recursive: true, force: true });
const total = runners.reduce(
  (sum, r) => ({
    passed: sum.passed + r.passed,
    failed: sum.failed + r.failed,
    skipped: sum.skipped + r.skipped,
  }),
  { passed: 0, failed: 0, skipped: 0 },
);
const failedChecks = checks.filter((check) => !check.ok).length;
console.log(
  `total: ${total.passed} passed, ${total.failed + failedChecks} failed, ${total.skipped} skipped`,
);
process.exit(total.failed + failedChecks === 0 ? 0 : 1);
