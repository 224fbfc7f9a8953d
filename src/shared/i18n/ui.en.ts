/** English messages of the window (src/renderer). */
export const uiEn = {
  'list.heading': 'Your opt-out checklists',
  'list.loading': 'Loading checklists…',
  'list.empty': 'No checklists yet.',
} as const;

export type UiMessageKey = keyof typeof uiEn;
