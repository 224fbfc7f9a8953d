import type { UiMessageKey } from './ui.en.ts';

/** Dutch messages of the window; the type makes a missing or extra key a compile error. */
export const uiNl: Record<UiMessageKey, string> = {
  'list.heading': 'Je opt-out-checklists',
  'list.loading': 'Checklists laden…',
  'list.empty': 'Nog geen checklists.',
};
