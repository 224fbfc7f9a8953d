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
    'Checklists in this pack: {count}. File: {file}. Imported packs are marked and can be removed under “{section}”.',
  'pack.import': 'Import',
  'restore.confirm': 'Replace your data with the backup “{file}”?',
  'restore.confirmDetail':
    'This replaces your progress, your own checklists, your packs and your settings (including whether the app may look online for new deadlines and new versions) with those in {file} from {date}: {steps, plural, one {# ticked step} other {# ticked steps}}, {own, plural, one {# checklist of your own} other {# checklists of your own}} and {packs, plural, one {# pack} other {# packs}}. What you have now is kept in a copy first.',
  'restore.replace': 'Replace my data',
  'consent.checkAppUpdates': 'Tell me when a new version of the app is out (checks once a day)',
  'consent.checkAppUpdatesSent':
    'Asks the project’s releases which version is the latest: a public file, nothing about you is sent. A new version is downloaded only when you choose.',
  'update.off': 'Checking for new versions is off.',
  'update.idle': 'Not checked for a new version yet.',
  'update.checking': 'Looking for a new version…',
  'update.upToDate': 'You have the latest version (checked {when}).',
  'update.available': 'Version {version} is available.',
  'update.availableElsewhere':
    'Version {version} is available. This copy was installed as a system package: get the new version from the release page.',
  'update.downloading': 'Downloading version {version}: {percent}%',
  'update.downloaded':
    'Version {version} is ready. Restart now to install it, or it is installed the next time you quit.',
  'update.installFailed':
    'Version {version} is available, but this copy could not install it itself. Get it from the release page.',
  'update.failed':
    'The last look for a new version did not work ({when}). It is tried again a day later.',
  'update.unsupported':
    'This copy cannot update itself (a development build or an unpacked folder).',
  'update.checkNow': 'Check for a new version',
  'update.download': 'Download and install',
  'update.restart': 'Restart now',
  'update.releasePage': 'Open the release page',
  'update.notificationTitle': 'Version {version} is available',
  'update.notificationBody': 'Choose “About Opt-out Reminder” in the tray menu to install it.',
  'update.notificationBodyElsewhere':
    'Choose “About Opt-out Reminder” in the tray menu to get it from the release page.',
  'tray.updateAvailable': 'Version {version} is available',
  'tray.updateReady': 'Restart to update to version {version}',
  'error.noUpdate': 'There is no update to install right now.',
  'error.updateDownload':
    'The update could not be downloaded. Try again later, or get it from the release page.',
  'error.noReleasePage': 'This copy names no release page.',
  'notice.notificationFailedMacos':
    'macOS did not show a reminder. Allow notifications for Opt-out Reminder in System Settings › Notifications. If the app is not listed there, this copy is unsigned and macOS will not show its notifications: install a signed release.',
} as const;

export type SupportMessageKey = keyof typeof supportEn;
