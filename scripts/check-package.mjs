// `npm run test:package`: packages the app for Linux (unpacked) against a
// stand-in Electron folder and checks what went into app.asar: only the
// built output, the icons, package.json and production dependencies.
// The real Electron runtime is not needed to see the file list; fuses are
// flipped on the real binary at `npm run package` and are left out here.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { listPackage } from '@electron/asar';
import { build, Platform } from 'electron-builder';
import { load } from 'js-yaml';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const work = mkdtempSync(join(tmpdir(), 'optout-package-'));
const fakeElectron = join(work, 'electron-dist');
mkdirSync(fakeElectron);
writeFileSync(join(fakeElectron, 'electron'), '#!/bin/sh\n');
chmodSync(join(fakeElectron, 'electron'), 0o755);
const electronVersion = JSON.parse(
  readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
).version;
writeFileSync(join(fakeElectron, 'version'), `v${electronVersion}`);

const config = load(readFileSync(join(root, 'electron-builder.yml'), 'utf8'));
await build({
  projectDir: root,
  targets: Platform.LINUX.createTarget('dir'),
  config: {
    ...config,
    electronFuses: null,
    electronDist: fakeElectron,
    electronVersion,
    directories: { ...config.directories, output: join(work, 'dist') },
  },
});
const asar = join(work, 'dist', 'linux-unpacked', 'resources', 'app.asar');
if (!existsSync(asar)) {
  console.error('package check: no app.asar was produced');
  process.exit(1);
}

const productionPackages = new Set(
  execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes('node_modules'))
    .map((line) => line.slice(line.lastIndexOf('node_modules/') + 'node_modules/'.length)),
);
const allowedRoots = [
  '/package.json',
  '/out/main/',
  '/out/preload/',
  '/out/renderer/',
  '/resources/',
];
const files = listPackage(asar, { isPack: false });
const unexpected = files.filter((file) => {
  if (file === '/out' || file === '/node_modules' || allowedRoots.some((r) => `${file}/` === r))
    return false;
  if (allowedRoots.some((allowed) => file === allowed || file.startsWith(allowed))) return false;
  const match = file.match(/^\/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  return !(match && productionPackages.has(match[1]));
});
const required = [
  '/out/main/index.js',
  '/out/preload/index.cjs',
  '/out/renderer/index.html',
  '/resources/icons/tray-open.png',
];
const missing = required.filter((file) => !files.includes(file));
const packaged = [
  ...new Set(
    files.map((file) => file.match(/^\/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1]).filter(Boolean),
  ),
];
console.log(
  `package check: ${files.length} entries in app.asar; production packages: ${packaged.sort().join(', ')}`,
);
for (const file of unexpected) console.log(`unexpected in the package: ${file}`);
for (const file of missing) console.log(`missing from the package: ${file}`);
process.exit(unexpected.length === 0 && missing.length === 0 ? 0 : 1);
