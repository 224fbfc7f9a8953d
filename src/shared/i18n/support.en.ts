/** English messages for supporting the app: About, diagnostics, updates, logs, files from outside. */
export const supportEn = {
  'tray.about': 'About Opt-out Reminder',
  'about.heading': 'About',
  'about.version': 'Opt-out Reminder version {version}',
  'about.runtime': 'Electron {electron}, Chromium {chromium}',
  'about.dataFolder': 'Data folder',
  'about.logFolder': 'Log folder',
  'about.openFolder': 'Open folder',
  'about.noLog': 'No log is being written.',
  'error.folderMissing': 'The folder could not be opened.',
  'about.copyDiagnostics': 'Copy diagnostics',
  'about.copied':
    'Diagnostics copied to the clipboard: version, system, language, time zone, notification support and the next reminder — nothing from your checklists.',
  'pack.confirm': 'Import the checklist pack “{name}”?',
  'pack.confirmDetail':
    'Checklists in this pack: {count}. File: {file}. Imported packs are marked and can be removed under “Your checklists”.',
  'pack.import': 'Import',
  'notice.notificationFailedMacos':
    'macOS did not show a reminder. Allow notifications for Opt-out Reminder in System Settings › Notifications. If the app is not listed there, this copy is unsigned and macOS will not show its notifications: install a signed release.',
} as const;

export type SupportMessageKey = keyof typeof supportEn;
