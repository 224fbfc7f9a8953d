import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinCatalog } from '../../src/shared/catalog/index.ts';
import type { AppDriver } from '../support/app-driver.ts';
import { disposeAppsAfterEachTest, launchApp } from '../support/launch.ts';
import { seedProfile } from '../support/profile.ts';

disposeAppsAfterEachTest();

const outMain = resolve(import.meta.dirname, '../../out/main');

/** The chunks a built file loads before it runs: its static imports, transitively. */
function staticChunks(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(outMain, file), 'utf8');
  for (const [, imported] of code.matchAll(/^import\s[^'"]*?["']\.\/([^'"]+)["']/gm))
    if (imported) staticChunks(imported, seen);
  return seen;
}

/** The tray's menu and tooltip as they were first drawn, and as they are once the app runs. */
async function firstAndSettledTray(app: AppDriver) {
  // Once the app has started (as launchApp waits for), the first wake-up has drawn the tray
  // again from the open store (src/main/app.ts).
  const snapshot = await app.snapshot();
  const drawn = (method: string) =>
    app.calls.filter((c) => c.api === 'Tray' && c.method === method);
  return {
    firstMenu: ((drawn('setContextMenu')[0]?.args[0] ?? []) as string[]).filter(
      (label) => label !== '---',
    ),
    firstTooltip: drawn('setToolTip')[0]?.args[0],
    settledMenu: snapshot.tray?.menu
      .filter((item) => item.type !== 'separator')
      .map((i) => i.label),
    settledTooltip: snapshot.tray?.tooltip,
  };
}

describe('start-up: the tray before the rest of the app', () => {
  it('loads no zod, Temporal, store library or logger before the tray stands', () => {
    const entry = readFileSync(join(outMain, 'index.js'), 'utf8');
    const trayChunk = /import\("\.\/([^"]+)"\)/.exec(entry)?.[1];
    expect(trayChunk).toBeDefined();
    const beforeTray = [...staticChunks('index.js'), ...staticChunks(trayChunk as string)];
    const code = beforeTray.map((file) => readFileSync(join(outMain, file), 'utf8')).join('\n');
    // The bundle keeps a `// node_modules/<package>/…` line before each module.
    for (const library of [
      'zod',
      'temporal-polyfill',
      'electron-store',
      'conf',
      'ajv',
      'electron-log',
    ])
      expect(code).not.toContain(`// node_modules/${library}/`);
    expect(code).toContain('// src/main/tray/tray-service.ts');
  });

  it('draws the first tray from the saved file: language, and what the user has done', async () => {
    const userDataDir = seedProfile((data) => ({
      ...data,
      settings: { ...data.settings, language: 'nl' },
      // All but one checklist put aside: the tray lists that one.
      progress: Object.fromEntries(
        builtinCatalog
          .slice(1)
          .map((checklist) => [
            checklist.id,
            { steps: {}, dismissedAt: '2026-01-01T00:00:00.000Z' },
          ]),
      ),
    }));
    const app = await launchApp({ userDataDir });
    const tray = await firstAndSettledTray(app);
    expect(tray.firstMenu).toEqual(tray.settledMenu);
    expect(tray.firstTooltip).toBe(tray.settledTooltip);
    expect(tray.firstTooltip).toContain(builtinCatalog[0]?.organisation);
    expect(tray.firstMenu).toContain('Afsluiten');
  });

  it('draws the first tray from the defaults when the file is damaged, then the store moves it aside', async () => {
    const userDataDir = seedProfile((data) => ({
      ...data,
      settings: { ...data.settings, language: 'nl' },
    }));
    writeFileSync(
      join(userDataDir, 'config.json'),
      '{"schemaVersion": 1, "settings": {"language": "nl"',
    );
    const app = await launchApp({ userDataDir });
    const tray = await firstAndSettledTray(app);
    // Defaults: the system's language (English here), every built-in listed.
    expect(tray.firstMenu).toContain('Quit');
    expect(tray.settledMenu).toContain('Quit');
    expect(tray.settledTooltip).not.toBe(tray.firstTooltip);
    expect(readdirSync(userDataDir).some((name) => name.startsWith('config.corrupt-'))).toBe(true);
  });
});
