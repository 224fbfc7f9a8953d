import { describe, expect, it } from 'vitest';
import { storeProblemNotice } from '../../../src/main/state/store-notice.ts';

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
