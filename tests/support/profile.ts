import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultStoreData, type StoreData } from '../../src/main/store/schema.ts';
import { builtinCatalog } from '../../src/shared/catalog/index.ts';

/**
 * A userData folder as a returning user has it: the welcome already seen,
 * plus whatever `change` adds. Returns the folder.
 */
export function seedProfile(change: (data: StoreData) => StoreData = (data) => data): string {
  const dir = mkdtempSync(join(tmpdir(), 'optout-profile-'));
  const base = defaultStoreData();
  const data = change({
    ...base,
    ui: { ...base.ui, welcomeFinishedAt: '2026-01-01T00:00:00.000Z' },
  });
  writeFileSync(join(dir, 'config.json'), JSON.stringify(data));
  return dir;
}

/** Progress with every built-in checklist dismissed (on 1 November 2026), so only a test's own can remind. */
export function builtinsDismissed(): StoreData['progress'] {
  return Object.fromEntries(
    builtinCatalog.map((checklist) => [
      checklist.id,
      { steps: {}, dismissedAt: '2026-11-01T00:00:00.000Z' },
    ]),
  );
}
