/** English messages of the window (src/renderer). */
export const uiEn = {
  'app.loadingView': 'Loading…',
  'common.dismiss': 'Dismiss',
  'common.yes': 'Yes',
  'common.no': 'No',
  'common.cancel': 'Cancel',

  'nav.label': 'Main',
  'nav.checklists': 'Checklists',
  'nav.yours': 'Your checklists',
  'nav.settings': 'Settings',

  'list.heading': 'Your opt-out checklists',
  'list.loading': 'Loading checklists…',
  'list.empty': 'No checklists yet.',
  'list.nothingOpen': 'Nothing open right now. Well done.',
  'list.filters': 'Also show',
  'list.showDone': 'Done ({count})',
  'list.showNotRelevant': 'Not relevant ({count})',
  'list.otherRegions': 'Other regions ({count})',
  'list.otherRegionsHint':
    'These checklists are meant for people elsewhere: they are not in the tray and send no reminders, unless you choose "Remind me anyway" in one.',

  'allSet.heading': 'All set',
  'allSet.body':
    'Nothing that concerns you is open. Opt-out Reminder keeps running in the tray and tells you when a re-check is due.',
  'allSet.doneOn': '{title}: done on {platform}, {date}',
  'allSet.doneElsewhere': '{title}: done, {date}',
  'allSet.notForMe':
    '{count, plural, one {1 checklist marked not for you.} other {# checklists marked not for you.}}',
  'allSet.nextRecheck': 'Next re-check: {date} ({title}).',
  'allSet.noRecheck': 'Re-checks are off.',

  'state.open': 'Open',
  'state.soon': 'Due soon',
  'state.overdue': 'Overdue',
  'state.worthDoing': 'Still worth doing',
  'state.done': 'Done',
  'state.dismissed': 'Not relevant',
  'state.otherRegion': 'Other region',
  'state.recheck': 'Check again',
  'state.snoozedUntil': 'Snoozed until {when}',
  'state.snoozedUntilDeadline': 'Snoozed until {when} — not past the deadline',

  'deadline.upcoming': 'Deadline {when}',
  'deadline.passed': 'Deadline passed {when}',
  'deadline.none': 'No deadline',
  'deadline.worthDoing': 'Deadline was {date} — switching it off now still stops future use',

  'progress.steps': '{done} of {total, plural, one {# step} other {# steps}} done',
  'progress.stepsOn': '{done} of {total, plural, one {# step} other {# steps}} ({platform})',
  'progress.allDone':
    '{total, plural, one {The step is done} =2 {Both steps done} other {All # steps done}}',

  'platform.web': 'Web',
  'platform.ios': 'iPhone',
  'platform.android': 'Android',
  'platform.desktop-app': 'Desktop app',
  'platform.other': 'Other',

  'origin.custom': 'You made this checklist yourself.',
  'origin.customShort': 'Your own',
  'origin.pack':
    'Imported from the pack "{name}" ({file}) on {date}. Not reviewed by Opt-out Reminder.',
  'origin.packShort': 'Imported',

  'detail.back': '← All checklists',
  'detail.missing': 'This checklist no longer exists.',
  'detail.deadlineAt': 'Deadline {date} ({when})',
  'detail.deadlineZone': 'Announced as {date} in the time zone {zone}.',
  'detail.steps': 'Steps',
  'detail.whatYouCanDo': 'What you can do',
  'detail.noOptOut':
    'There is no switch to opt out of this. The steps below are what you can do instead.',
  'card.noOptOut': 'No opt-out',
  'detail.platforms': 'Where you use it',
  'detail.openLink': 'Open {host}',
  'detail.actions': 'Actions',
  'detail.openSettingsPage': 'Open the settings page',
  'detail.settingsUrlUncertain':
    'This address comes from a single secondary source; if it does not work, follow the steps.',
  'detail.doneElsewhere': 'Done elsewhere',
  'detail.notRelevant': 'Not relevant to me',
  'detail.passed':
    'The deadline has passed. Opting out now still protects your future data: it stops new use from today, though it cannot undo what was already used.',
  'detail.otherRegion':
    'This checklist is meant for people in other regions, so it sends you no reminders.',
  'detail.follow': 'Remind me anyway',
  'detail.doneOn': 'Done on {platform}, {date}.',
  'detail.doneElsewhereOn': 'Marked as done elsewhere, {date}.',
  'detail.dismissedOn': 'Marked as not relevant to you, {date}.',
  'detail.reopen': 'Reopen',
  'announce.doneElsewhere': '{title}: marked as done elsewhere.',
  'announce.dismissed': '{title}: marked as not relevant to you.',
  'announce.reopened': '{title}: reopened.',
  'announce.stillDone': '{title}: confirmed as still switched off.',
  'announce.followed': '{title}: you will get reminders for it.',

  'snooze.toggle': 'Snooze ▸',
  'snooze.1h': 'For 1 hour',
  'snooze.tomorrow-9': 'Until tomorrow 09:00',
  'snooze.1w': 'For 1 week',
  'snooze.off': 'End the snooze',

  'recheck.heading': 'Is it still switched off?',
  'recheck.body':
    'Platforms have been known to reset settings. Take a minute to look whether your choice is still in place.',
  'recheck.confirm': 'Yes, still off',
  'recheck.reopen': 'No, walk me through it again',

  'facts.heading': 'Why this matters',
  'facts.used': 'What is used',
  'facts.notUsed': 'What is not used',
  'facts.caveats': 'Good to know',
  'facts.uncertain': 'reported, not confirmed',
  'facts.sourceRefs': '{count, plural, one {(source {numbers})} other {(sources {numbers})}}',

  'sources.heading': 'Sources',
  'sources.open': 'Open',
  'sources.openNamed': 'Open {title}',
  'sources.reviewedOn': 'Last reviewed {date}.',

  'notice.label': 'Notices',
  'notice.storeQuarantined':
    'Your data file could not be read. It was kept, renamed, and the app started with a fresh one.',
  'notice.storeReadOnly':
    'Opt-out Reminder cannot write to its data folder, so it runs read-only: you can read everything, but changes are not saved. Reminders still come, but which ones were shown cannot be saved either, so after a restart they may come again. Make the folder writable, then start the app again.',
  'notice.storeNewerVersion':
    'Your data was saved by a newer version of Opt-out Reminder. This version leaves it untouched and runs read-only: update the app to make changes. Reminders this version shows cannot be saved as shown, so after a restart they may come again.',
  'notice.zoneUnknown':
    'Your system’s time zone is not set or not known, so Opt-out Reminder uses UTC: reminder times and deadlines may be off by some hours. Set the time zone in your system settings, then start the app again.',
  'notice.storeWriteFailed': 'Your last change could not be saved to disk.',
  'notice.notificationFailed':
    'A reminder could not be shown as a notification. The tray icon and this window still show what is due.',
  'notice.notificationsUnsupported':
    'This system does not show notifications from Opt-out Reminder. Watch the tray icon and this window for what is due.',
  'notice.loginItemMissing':
    'Start at login is on, but your system will not start Opt-out Reminder when you log in: it was switched off or removed outside the app.',
  'notice.loginItemUnexpected':
    'Your system starts Opt-out Reminder when you log in, although start at login is off here.',
  'notice.loginItemRestore': 'Start at login again',
  'notice.loginItemLeaveOff': 'Leave it off',
  'notice.loginItemKeep': 'Keep starting at login',
  'notice.loginItemSwitchOff': 'Stop starting at login',
  'notice.keptAt': 'The old file is kept at',
  'notice.detail': 'Details:',

  'settings.heading': 'Settings',
  'settings.appliesAtOnce': 'Changes apply at once.',
  'settings.reminders': 'Reminders',
  'settings.leadTimes': 'Remind me before a deadline',
  'settings.leadTime': '{duration} before',
  'settings.quietHours': 'Quiet hours',
  'settings.quietHoursOn': 'No reminders during quiet hours',
  'settings.quietFrom': 'From',
  'settings.quietUntil': 'Until',
  'settings.overdue': 'After a missed deadline, remind me',
  'settings.overdueNever': 'Never again',
  'settings.overdueAfter':
    '{count, plural, one {After 1 and 2 days} other {After # and {twice} days}}',
  'settings.worthDoing': 'For a deadline long past that is still worth doing, remind me',
  'settings.worthDoingTimes':
    '{count, plural, one {Once, a month later} other {Once a month, # times}}',
  'settings.worthDoingNever': 'Never',
  'settings.recheck': 'Ask me to check a finished opt-out again',
  'settings.recheckOff': 'Never',
  'settings.afterDays': 'After {days}',
  'settings.paused': 'Pause all reminders',
  'settings.notifications': 'Notifications',
  'settings.notificationsEnabled': 'Show notifications',
  'settings.testNotification': 'Send a test notification',
  'settings.testDelivered': 'The test notification was delivered.',
  'settings.testNotDelivered':
    'The test notification could not be shown. Reminders will still appear in the tray and in this window.',
  'settings.general': 'General',
  'settings.language': 'Language',
  'settings.country': 'Country you live in',
  'settings.countryUnset': 'Not set: show every checklist',
  'settings.includeOtherRegions': 'Also remind me of checklists for other regions',
  'settings.startAtLogin': 'Start at login',
  'settings.dataFile': 'Your data is stored in',

  'language.auto': 'Follow the system',
  'language.en': 'English',
  'language.nl': 'Nederlands',

  'yours.heading': 'Your checklists',
  'yours.custom': 'Checklists you made',
  'yours.noCustom': 'You have not made any checklists yet.',
  'yours.add': 'Add a checklist',
  'yours.edit': 'Edit',
  'yours.editNamed': 'Edit {title}',
  'yours.delete': 'Delete',
  'yours.deleteQuestion': 'Delete "{title}" and its progress?',
  'yours.packs': 'Imported packs',
  'yours.noPacks': 'No packs imported.',
  'yours.packLine': '{name} — {file}, checklists: {count}',
  'yours.removePack': 'Remove',
  'yours.removePackQuestion': 'Remove the pack "{name}" and its checklists?',

  'files.heading': 'Import and export',
  'files.importPack': 'Import a checklist pack…',
  'files.exportData': 'Export my data…',
  'files.importData': 'Import my data…',
  'files.exportCalendar': 'Add deadlines to my calendar…',
  'files.cancelled': 'Cancelled; nothing changed.',
  'files.importedPack': 'Imported checklists: {count}, from {path}.',
  'files.exported': 'Saved to {path}.',
  'files.importedData': 'Imported your data from {path}.',
  'files.exportedCalendar': 'Calendar file saved to {path}. Open it with your calendar app.',

  'editor.back': '← Your checklists',
  'editor.addHeading': 'Add a checklist',
  'editor.editHeading': 'Edit checklist',
  'editor.intro': 'Fields marked * are required. Write in one language; it is shown in both.',
  'editor.title': 'Title',
  'editor.organisation': 'Organisation',
  'editor.summary': 'Summary',
  'editor.deadline': 'Deadline (optional)',
  'editor.deadlineHint': 'Date and time in your time zone ({zone}).',
  'editor.date': 'Date',
  'editor.time': 'Time',
  'editor.settingsUrl': 'Settings page (optional)',
  'editor.httpsHint': 'A web address starting with https://',
  'editor.steps': 'Steps',
  'editor.stepText': 'Step {number}',
  'editor.stepLink': 'Link for step {number} (optional, https)',
  'editor.stepPlatform': 'Platform of step {number}',
  'editor.removeStep': 'Remove step {number}',
  'editor.addStep': 'Add a step',
  'editor.save': 'Save',

  'custom.tooLong': 'Too long: at most {max} characters (this has {count}).',
  'custom.required': 'Please fill this in.',
  'custom.invalidDate': 'This is not a valid date.',
  'custom.invalidTime': 'Please give a time as hours and minutes.',
  'custom.notHttps': 'Links must be full web addresses starting with https://',
  'custom.invisibleOnly':
    'This shows nothing: it has only invisible characters. Type a visible name.',
  'custom.punycode':
    'This link uses an international (punycode) host name, which can imitate a real site. Opt-out Reminder never opens such links.',
  'custom.needsStep': 'Add at least one step.',
  'custom.stepText': 'Describe this step, or remove it.',

  'welcome.heading': 'Welcome to Opt-out Reminder',
  'welcome.what':
    'Platforms switch on AI training over your data by default and give you a window to say no. This app knows the deadlines, reminds you before they pass, and walks you through the steps on the device you use.',
  'welcome.tray':
    'It lives in the system tray (the menu bar on a Mac). Use the tray menu to open this window again; closing the window keeps the reminders running.',
  'welcome.privacy':
    'It never asks for your passwords and never touches your accounts: it reminds, guides and records what you ticked.',
  'welcome.setup': 'A few choices',
  'welcome.platform': 'Where do you mostly use these services?',
  'welcome.due': 'Past deadlines, still worth doing',
  'welcome.dueIntro':
    'These deadlines have passed, but switching the setting off now still stops future use of your data. Answer each in one click; you can change your mind later.',
  'welcome.doNow': 'Do it now',
  'welcome.alreadyDone': 'Already done',
  'welcome.notForMe': 'Not for me',
  'welcome.startAtLogin': 'Start when I log in (recommended)',
  'welcome.nothingDue': 'Nothing is due right now.',
  'welcome.start': 'Get started',

  'consent.legend': 'Internet',
  'consent.checkNewDeadlines': 'Check for new deadlines once a day',
  'consent.checkNewDeadlinesSent':
    'An ordinary download of a public file (the signed list of checklists). No account data and no identifiers are sent.',
  'feeds.heading': 'New deadlines',
  'feeds.project': 'Opt-out Reminder catalog ({host})',
  'feeds.signed': 'signed, from {host}',
  'feeds.unsigned': 'unsigned, from {host}',
  'feeds.never': 'Not checked yet.',
  'feeds.lastChecked': 'Last checked {when}: {result}',
  'feeds.checkNow': 'Check now',
  'feeds.checking': 'Checking…',
  'feeds.needsConsent': 'Nothing is downloaded until you turn on the check above.',
  'feeds.outcome.updated': '{added} new, {changed} changed, {withdrawn} no longer listed.',
  'feeds.outcome.skipped': '{count} left out: their ids belong to other checklists.',
  'feeds.outcome.up-to-date': 'no new deadlines.',
  'feeds.outcome.offline': 'could not connect. Nothing changed; the app tries again later.',
  'feeds.outcome.timeout':
    'the server did not answer in time. Nothing changed; the app tries again later.',
  'feeds.outcome.not-found': 'the feed was not found. Nothing changed.',
  'feeds.outcome.http-error': 'the download failed. Nothing changed; the app tries again later.',
  'feeds.outcome.too-large': 'the file is too large (over 4 MB) and was not read. Nothing changed.',
  'feeds.outcome.invalid-json': 'the file is not a readable feed. Nothing changed.',
  'feeds.outcome.invalid-feed':
    'the feed holds checklists that are not valid, so it was not used. Nothing changed.',
  'feeds.outcome.bad-signature':
    'the signature is missing or wrong, so the feed was not trusted. Nothing changed.',
  'feeds.outcome.older':
    'the server offered an older catalog than the one you have; it was ignored.',
  'feeds.organisations': 'Feeds of organisations',
  'feeds.organisationsHint':
    'A privacy officer can publish checklists for colleagues as a feed. It is checked with the same rules, only while the check above is on.',
  'feeds.url': 'Feed address (https://…)',
  'feeds.key': 'Public key (base64), for a signed feed',
  'feeds.keyHint': 'Leave empty for an unsigned feed: it will be marked as unsigned.',
  'feeds.add': 'Follow this feed',
  'feeds.remove': 'Stop following',
  'origin.projectFeed':
    'Added by the Opt-out Reminder catalog feed after this version of the app was released.',
  'origin.feed': 'From a feed ({trust}). Not reviewed by Opt-out Reminder.',
  'origin.feedShort': 'From a feed',
  'origin.withdrawn': 'No longer in the catalog',
  'origin.withdrawnNote':
    'No longer in the catalog: its feed withdrew it. It stays here because you made progress on it; it no longer reminds you.',
} as const;

export type UiMessageKey = keyof typeof uiEn;
