import type { MainMessageKey } from './main.en.ts';

/** Dutch messages of the main process; the type makes a missing or extra key a compile error. */
export const mainNl: Record<MainMessageKey, string> = {
  'app.name': 'Opt-out Reminder',
  'tray.open': 'Checklist openen…',
  'tray.quit': 'Afsluiten',
  'window.title': 'Opt-out Reminder',
  'notification.recheck': 'tijd om te controleren of het nog uit staat',
  'notification.noDeadline': 'nog open',
  'notification.nextStep': 'Volgende stap: {step}',
  'notification.more':
    '{count, plural, one {Nog # vraagt aandacht.} other {Nog # vragen aandacht.}}',
  'notification.openSettings': 'Instellingenpagina openen',
  'notification.remindTomorrow': 'Herinner me morgen',
  'notification.testTitle': 'Opt-out Reminder',
  'notification.testBody': 'Meldingen werken. Zo zien herinneringen eruit.',
  'tray.snoozeAll': 'Alles uitstellen',
  'tray.snooze.1h': '1 uur',
  'tray.snooze.tomorrow-9': 'Tot morgen 09:00',
  'tray.snooze.1w': '1 week',
  'tray.snooze.off': 'Herinneringen hervatten',
  'tray.pause': 'Herinneringen pauzeren',
  'tray.startAtLogin': 'Starten bij inloggen',
  'tray.tooltip.attention': 'Meldingen konden niet worden getoond — open het venster voor details.',
  'tray.tooltip.paused': 'Herinneringen gepauzeerd',
  'tray.tooltip.storeProblem':
    'Je opgeslagen gegevens vragen aandacht — open het venster voor details.',
  'tray.allDone': 'Alles gedaan',
  'tray.moreOpen': '{count, plural, one {nog # open} other {nog # open}}',
  'distance.daysLeft': '{count, plural, one {nog # dag} other {nog # dagen}}',
  'distance.hoursLeft': '{count, plural, one {nog # uur} other {nog # uur}}',
  'distance.daysOverdue': '{count, plural, one {# dag te laat} other {# dagen te laat}}',
  'distance.hoursOverdue': '{count, plural, one {# uur te laat} other {# uur te laat}}',
  'distance.reached': 'deadline bereikt',
  'distance.none': 'geen deadline',
  'distance.worthDoing': 'nog steeds zinvol',
  'error.fileTooLarge': 'Het bestand is te groot (meer dan {maximum} MB) en is niet gelezen.',
  'error.fileUnreadable': 'Het bestand kon niet worden gelezen.',
  'error.fileNotWritten': 'Het bestand kon niet worden geschreven. Kies een andere plek.',
  'error.backupInvalid': 'Dit is geen geldige back-up van Opt-out Reminder; er is niets gewijzigd.',
  'error.backupClash':
    'Deze back-up geeft twee checklists of pakketten dezelfde id, of gebruikt de id van een ingebouwde checklist; er is niets gewijzigd.',
  'error.packInvalid': 'Dit checklistpakket is niet geldig; er is niets geïmporteerd.',
  'error.packClash': 'Dit pakket bevat checklists die je al hebt; er is niets geïmporteerd.',
  'error.tooManyPacks': 'Je kunt hoogstens {maximum} pakketten importeren. Verwijder er eerst een.',
  'calendar.summary': 'Opt-out-deadline: {name}',
  'calendar.alarm': 'Zet het uit vóór de deadline: {name}',
  'calendar.settingsPage': 'Instellingenpagina',
  'calendar.platform.web': 'Op het web',
  'calendar.platform.ios': 'iPhone-app',
  'calendar.platform.android': 'Android-app',
  'calendar.platform.desktop-app': 'Desktop-app',
  'calendar.platform.other': 'Overig',
  'error.loginItem':
    'Starten bij inloggen kon niet worden gewijzigd; de instelling is gebleven zoals ze was.',
  'error.startFailed':
    'Opt-out Reminder kon niet starten: de gegevensmap kon niet worden geopend of beschreven. Controleer of je gebruikersmap beschrijfbaar is en start de app opnieuw.',
  'error.backupFailed':
    'Er kon eerst geen back-up van je huidige gegevens worden gemaakt; er is daarom niets geïmporteerd.',
  'error.forbiddenSender':
    'Dit verzoek kwam niet uit het venster van Opt-out Reminder en is geweigerd.',
  'error.invalidPayload': 'Het verzoek was ongeldig en is geweigerd; er is niets gewijzigd.',
  'error.settingsRefused':
    'Deze wijziging zou de instellingen ongeldig maken (bijvoorbeeld meer dan 10 herinneringstijden), dus ze is niet opgeslagen.',
  'error.internal': 'Er ging iets mis in Opt-out Reminder; er is niets gewijzigd.',
  'error.checklistNotFound': 'Deze checklist bestaat niet meer.',
  'error.stepNotFound': 'Deze stap hoort niet bij de checklist.',
  'error.packNotFound': 'Dit checklistpakket is niet meer geïmporteerd.',
  'error.idTaken': 'Een andere checklist gebruikt de id "{id}" al.',
  'error.tooManyChecklists': 'Je kunt hoogstens {maximum} eigen checklists bewaren.',
  'error.readOnly':
    'Je gegevens zijn opgeslagen door een nieuwere versie van Opt-out Reminder; deze versie verandert ze daarom niet. Werk de app bij om iets te wijzigen.',
  'error.writeFailed':
    'Je wijziging kon niet op schijf worden opgeslagen en is daarom niet doorgevoerd. Controleer of de schijf niet vol of alleen-lezen is.',
  'error.unsafeLink':
    'Deze link is niet geopend: alleen https-links uit een checklist worden geopend.',
  'error.noSettingsPage': 'Deze checklist heeft geen link naar een instellingenpagina.',
  'error.noSourcePage': 'Deze bron heeft geen adres om te openen.',
  'error.unavailable': 'Opt-out Reminder is vanaf deze pagina niet bereikbaar.',
  'notification.new': 'Nieuw: {name} — zet het uit vóór {date}',
  'error.feedUrl':
    'Vul het volledige https://-adres van de feed in (bijvoorbeeld https://example.org/feed.json).',
  'error.feedKey':
    'Dit is geen openbare Ed25519-sleutel (base64 van de DER SubjectPublicKeyInfo). Laat het leeg voor een niet-ondertekende feed.',
  'error.feedTwice': 'Je volgt deze feed al.',
  'error.tooManyFeeds':
    'Je kunt hoogstens {maximum} feeds van organisaties volgen. Verwijder er eerst een.',
  'error.feedNotFound': 'Deze feed wordt niet meer gevolgd.',
};
