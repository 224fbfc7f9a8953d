import { describe, expect, it } from 'vitest';
import { migrate, migrations } from '../../../src/main/store/migrations.ts';
import { CURRENT_SCHEMA_VERSION, storeSchema } from '../../../src/main/store/schema.ts';

const now = Date.UTC(2026, 10, 23, 12);

describe('store migrations', () => {
  it('has one migration per version below the current one', () => {
    expect(Object.keys(migrations).map(Number)).toEqual(
      Array.from({ length: CURRENT_SCHEMA_VERSION }, (_, version) => version),
    );
  });

  it('v0 → v1: keeps progress and settings, turns fired keys into per-checklist watermarks', () => {
    const v0 = {
      progress: {
        'linkedin-ai-training': { steps: { web: { 'open-settings': '2025-10-01T10:00:00.000Z' } } },
      },
      settings: { language: 'nl' },
      fired: [
        'linkedin-ai-training:lead:10080:x',
        'linkedin-ai-training:lead:4320:y',
        'meta-ai-training:deadline:z',
      ],
    };
    const outcome = migrate(v0, now);
    expect(outcome.kind).toBe('migrated');
    const v1 = storeSchema.parse(outcome.kind === 'migrated' ? outcome.data : null);
    expect(v1.schemaVersion).toBe(1);
    expect(v1.progress).toEqual(v0.progress);
    expect(v1.settings.language).toBe('nl');
    expect(v1.firedLog).toEqual([
      {
        key: 'linkedin-ai-training:migrated',
        checklistId: 'linkedin-ai-training',
        occurrence: now,
        firedAt: now,
      },
      {
        key: 'meta-ai-training:migrated',
        checklistId: 'meta-ai-training',
        occurrence: now,
        firedAt: now,
      },
    ]);
    // A v0 user has seen the app before: no welcome again.
    expect(v1.ui.welcomeFinishedAt).toBe(new Date(now).toISOString());
  });

  it('v0 → v1 of an empty file gives a valid v1 store', () => {
    const outcome = migrate({}, now);
    expect(outcome.kind === 'migrated' && storeSchema.safeParse(outcome.data).success).toBe(true);
  });

  it('leaves a current document alone and reports a newer or nonsense version', () => {
    expect(migrate({ schemaVersion: CURRENT_SCHEMA_VERSION }, now).kind).toBe('current');
    expect(migrate({ schemaVersion: CURRENT_SCHEMA_VERSION + 1 }, now)).toEqual({
      kind: 'newer',
      version: CURRENT_SCHEMA_VERSION + 1,
    });
    expect(migrate({ schemaVersion: 'one' }, now).kind).toBe('unknown-version');
    expect(migrate({ schemaVersion: -1 }, now).kind).toBe('unknown-version');
  });
});
