// `npm start`: build, find the Electron runtime, run the app. Where the
// runtime cannot be had (no download possible), say so in two lines instead
// of a stack trace.
// First, before anything that needs a newer Node is loaded.
import './check-node.mjs';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const build = spawnSync(
  process.execPath,
  [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
if (build.status !== 0) process.exit(build.status ?? 1);

// Resolving `electron` downloads the runtime on first use; do it in a child
// so its output and failure can be summarised.
const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
  cwd: root,
  encoding: 'utf8',
});
if (probe.status !== 0) {
  const cause = /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT/.test(probe.stderr)
    ? 'the download of the Electron runtime failed (no connection to its release host)'
    : 'the Electron runtime is not installed and could not be installed';
  console.error(`Opt-out Reminder cannot start: ${cause}.`);
  console.error(
    'Connect to the internet and run `npm start` again, or set ELECTRON_OVERRIDE_DIST_PATH to the folder of an installed Electron 45.',
  );
  process.exit(1);
}

const child = spawn(probe.stdout.trim(), [root], { cwd: root, stdio: 'inherit' });
child.on('error', (error) => {
  console.error(`Opt-out Reminder cannot start: ${error.message}.`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
