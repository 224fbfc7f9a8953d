import { describe, expect, it } from 'vitest';
import { storeProblemNotice } from '../../../src/main/state/store-notice.ts';
import { decodeSalvageDetail, encodeSalvageDetail } from '../../../src/shared/store-salvage.ts';

describe('store problems as notices', () => {
  it('saves a quarantine with the path the bad file was moved to', () => {
    expect(
      storeProblemNotice({
        path: '/data/config.json',
        problem: {
          kind: 'quarantined',
          movedTo: '/data/config.corrupt-2026-11-24.json',
          reason: 'invalid-json',
        },
      } as never),
    ).toEqual({
      kind: 'store-quarantined',
      detail: '/data/config.corrupt-2026-11-24.json',
      isSaved: true,
    });
  });

  it('saves a salvage with what was reset and where the file as it was is kept', () => {
    const changes = [{ path: ['settings', 'leadTimesMinutes'], action: 'reset' }];
    const notice = storeProblemNotice({
      path: '/data/config.json',
      problem: { kind: 'salvaged', changes, keptAt: '/data/config.before-repair-1.json' },
    } as never);
    expect(notice).toMatchObject({ kind: 'store-salvaged', isSaved: true });
    expect(decodeSalvageDetail(notice?.detail ?? '')).toEqual({
      keptAt: '/data/config.before-repair-1.json',
      changes,
      more: 0,
    });
  });

  it('keeps a salvage notice short enough to be saved, however much was reset', () => {
    const changes = Array.from({ length: 500 }, (_, n) => ({
      path: ['progress', `checklist-${'x'.repeat(200)}-${n}`],
      action: 'removed' as const,
    }));
    const detail = encodeSalvageDetail(`/${'d'.repeat(300)}/config.before-repair-1.json`, changes);
    expect(detail.length).toBeLessThanOrEqual(4096);
    const decoded = decodeSalvageDetail(detail);
    expect((decoded?.changes.length ?? 0) + (decoded?.more ?? 0)).toBe(500);
  });

  it('tells read-only mode for this run only, naming the file', () => {
    const readOnly = (reason: string) =>
      storeProblemNotice({
        path: '/data/config.json',
        problem: { kind: 'read-only', reason },
      } as never);
    expect(readOnly('newer-version')).toEqual({
      kind: 'store-newer-version',
      detail: '/data/config.json',
      isSaved: false,
    });
    expect(readOnly('cannot-write')?.kind).toBe('store-read-only');
  });

  it('has nothing to tell when the file was fine', () => {
    expect(storeProblemNotice({ path: '/data/config.json', problem: null } as never)).toBeNull();
  });
});
