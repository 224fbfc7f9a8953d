// `npm run test:package`: packages the app for Linux (unpacked) against a
// stand-in Electron folder and checks what went into app.asar: only the
// built output, the icons and package.json. Main, preload and renderer are
// bundled with their dependencies, so no node_modules go in; the check also
// makes sure the built main imports nothing but electron and Node built-ins
// (anything else would be missing from the package at run time).
// The real Electron runtime is not needed to see the file list; fuses are
// flipped on the real binary at `npm run package` and are left out here.
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listPackage } from '@electron/asar';
import { build, Platform } from 'electron-builder';
import { load } from 'js-yaml';

const root = join(import.meta.dirname, '..');
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

const allowedRoots = [
  '/package.json',
  '/out/main/',
  '/out/preload/',
  '/out/renderer/',
  '/resources/',
];
const files = listPackage(asar, { isPack: false });
const unexpected = files.filter((file) => {
  if (file === '/out' || allowedRoots.some((r) => `${file}/` === r)) return false;
  return !allowedRoots.some((allowed) => file === allowed || file.startsWith(allowed));
});
const required = [
  '/out/main/index.js',
  '/out/preload/index.cjs',
  '/out/renderer/index.html',
  '/resources/icons/tray-open.png',
];
const missing = required.filter((file) => !files.includes(file));
// The chunks' import statements (rolldown writes each on a line of its own)
// and import() calls; specifiers inside strings of generated code do not match.
const mainDir = join(root, 'out', 'main');
const unresolvable = readdirSync(mainDir)
  .filter((name) => name.endsWith('.js'))
  .flatMap((name) => {
    const code = readFileSync(join(mainDir, name), 'utf8');
    const specifiers = [
      ...code.matchAll(/^(?:import|export)\b[^;]*?["']([^"']+)["'];?$/gm),
      ...code.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g),
    ].map((match) => match[1]);
    return specifiers
      .filter((specifier) => !specifier.startsWith('.') && specifier !== 'electron')
      .filter((specifier) => !isBuiltin(specifier))
      .map((specifier) => `${name}: ${specifier}`);
  });
console.log(`package check: ${files.length} entries in app.asar`);
for (const file of unexpected) console.log(`unexpected in the package: ${file}`);
for (const file of missing) console.log(`missing from the package: ${file}`);
for (const entry of unresolvable) console.log(`built main imports a package: ${entry}`);
process.exit(unexpected.length + missing.length + unresolvable.length === 0 ? 0 : 1);
