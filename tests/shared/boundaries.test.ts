import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The process boundaries of style.md #1 are kept by the lint rule in
 * biome.json. This runs the project's own Biome config over small files
 * placed where the rule applies, so removing or loosening the rule fails here.
 */
const root = join(import.meta.dirname, '..', '..');
const biome = join(root, 'node_modules', '.bin', 'biome');

const cases: Record<string, string> = {
  'src/shared/electron.ts': "import { app } from 'electron';\n\nexport const x = app;\n",
  'src/shared/node.ts': "import { join } from 'node:path';\n\nexport const x = join;\n",
  'src/shared/bare-node.ts':
    "import { readFileSync } from 'fs';\n\nexport const x = readFileSync;\n",
  'src/shared/react.ts': "import { useState } from 'react';\n\nexport const x = useState;\n",
  'src/shared/upward.ts':
    "import { x as y } from '../main/state/snooze.ts';\n\nexport const x = y;\n",
  'src/renderer/electron.ts':
    "import { ipcRenderer } from 'electron';\n\nexport const x = ipcRenderer;\n",
  'src/renderer/node.ts': "import { join } from 'node:path';\n\nexport const x = join;\n",
  'src/renderer/main-import.ts':
    "import { x as y } from '../main/state/snooze.ts';\n\nexport const x = y;\n",
  // Allowed: these must stay silent.
  'src/renderer/allowed.ts':
    "import { x as a } from '../shared/ipc.ts';\nimport { x as b } from './main.tsx';\n\nexport const x = [a, b];\n",
  'src/shared/allowed.ts': "import { x as a } from './ipc-channels.ts';\n\nexport const x = a;\n",
  'src/main/allowed.ts':
    "import { join } from 'node:path';\nimport { app } from 'electron';\n\nexport const x = [app, join];\n",
};

let flagged: Set<string>;
let directory: string;

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'optout-boundaries-'));
  const config = JSON.parse(readFileSync(join(root, 'biome.json'), 'utf8'));
  delete config.$schema;
  writeFileSync(join(directory, 'biome.json'), JSON.stringify(config));
  for (const [path, text] of Object.entries(cases)) {
    mkdirSync(dirname(join(directory, path)), { recursive: true });
    writeFileSync(join(directory, path), text);
  }
  const run = spawnSync(biome, ['lint', '--reporter=json', 'src'], {
    cwd: directory,
    encoding: 'utf8',
  });
  const report = JSON.parse(run.stdout) as {
    diagnostics: { category: string; location: { path: string } }[];
  };
  flagged = new Set(
    report.diagnostics
      .filter((d) => /noRestrictedImports|noNodejsModules/.test(d.category))
      .map((d) => d.location.path),
  );
});

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

describe('process boundaries (biome.json)', () => {
  it.each(Object.keys(cases).filter((path) => !path.includes('allowed')))('rejects %s', (path) => {
    expect(flagged).toContain(path);
  });

  it('accepts shared and sibling imports in the renderer, and electron in main', () => {
    expect([...flagged].filter((path) => path.includes('allowed'))).toEqual([]);
  });
});
