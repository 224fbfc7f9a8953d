import { describe, expect, it } from 'vitest';
import { builtinCatalog, checklistSchema } from '../../../src/shared/catalog/index.ts';

describe('builtinCatalog', () => {
  it.each(builtinCatalog.map((c) => [c.id, c] as const))('%s passes the checklist schema', (_id, checklist) => {
    const result = checklistSchema.safeParse(checklist);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });
});
