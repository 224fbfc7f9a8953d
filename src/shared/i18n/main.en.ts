/** English messages. The key set of this object is the contract every language must meet. */
export const en = {
  'app.name': 'Opt-out Reminder',
  'tray.open': 'Open checklist…',
  'tray.quit': 'Quit',
  'tray.tooltip.idle': 'Opt-out Reminder',
  'window.title': 'Opt-out Reminder',
  'list.heading': 'Your opt-out checklists',
  'list.loading': 'Loading checklists…',
  'list.empty': 'No checklists yet.',
  'error.forbiddenSender':
    'This request did not come from the Opt-out Reminder window and was refused.',
  'error.invalidPayload': 'The request was malformed and was refused; nothing was changed.',
  'error.internal': 'Something went wrong inside Opt-out Reminder; nothing was changed.',
  'error.unavailable': 'Opt-out Reminder is not reachable from this page.',
} as const;

export type MessageKey = keyof typeof en;
