import type { MessageKey } from './en.ts';

/** Dutch messages; the type makes a missing or extra key a compile error. */
export const nl: Record<MessageKey, string> = {
  'app.name': 'Opt-out Reminder',
  'tray.open': 'Checklist openen…',
  'tray.quit': 'Afsluiten',
  'tray.tooltip.idle': 'Opt-out Reminder',
  'window.title': 'Opt-out Reminder',
  'list.heading': 'Je opt-out-checklists',
  'list.loading': 'Checklists laden…',
  'list.empty': 'Nog geen checklists.',
  'error.forbiddenSender':
    'Dit verzoek kwam niet uit het venster van Opt-out Reminder en is geweigerd.',
  'error.invalidPayload': 'Het verzoek was ongeldig en is geweigerd; er is niets gewijzigd.',
  'error.internal': 'Er ging iets mis in Opt-out Reminder; er is niets gewijzigd.',
  'error.unavailable': 'Opt-out Reminder is vanaf deze pagina niet bereikbaar.',
};
