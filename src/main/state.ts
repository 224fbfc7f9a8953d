import { builtinCatalog } from '../shared/catalog/index.ts';
import type { Locale } from '../shared/i18n/index.ts';
import type { StateSnapshot } from '../shared/ipc.ts';

/** Builds the snapshot every surface renders from. */
export function buildSnapshot(locale: Locale): StateSnapshot {
  return {
    locale,
    checklists: builtinCatalog.map(({ id, organisation, title }) => ({
      id,
      organisation,
      title: { en: title.en, nl: title.nl },
    })),
  };
}
