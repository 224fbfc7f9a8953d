import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const required = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).engines.node;

function runWith(script: string, version: string) {
  return spawnSync(process.execPath, [script], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, OPTOUT_PRETEND_NODE_VERSION: version },
    // A safety net should the check ever stop working: never run a whole build from here.
    timeout: 30_000,
  });
}

describe('the Node.js version check before npm start and npm test', () => {
  it('asks for the version package.json names', () => {
    expect(required).toBe('>=22.12');
  });

  it.each([
    ['scripts/check-node.mjs'],
    ['scripts/test.mjs'],
    ['scripts/start.mjs'],
    ['bench/run.mjs'],
  ])('%s on Node 20 stops with one line naming both versions', (script) => {
    const result = runWith(script, 'v20.20.0');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([
      'Opt-out Reminder needs Node.js 22.12 or newer; this is Node.js 20.20.0. Install a current Node.js (see README, "Run the app") and try again.',
    ]);
  });

  it.each([['22.11.9'], ['21.7.3'], ['8.0.0']])('refuses %s', (version) => {
    expect(runWith('scripts/check-node.mjs', version).status).toBe(1);
  });

  it.each([['22.12.0'], ['22.15.1'], ['24.0.0'], ['v30.1.0']])(
    'lets %s through silently',
    (version) => {
      const result = runWith('scripts/check-node.mjs', version);
      expect(result.status).toBe(0);
      expect(result.stderr).toBe('');
    },
  );
});
